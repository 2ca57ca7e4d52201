/**
 * `<gl-popup>`: the extension's popup (what was found on this tab, the watches coming up, the
 * switch for a site that is not a government host) as a custom element. The template is
 * popup.ts's renderPopup; the popup page sets the state and does what the events ask.
 */
import { LitElement, html, unsafeCSS, type TemplateResult } from 'lit';
import { renderPopup, type PopupState } from './popup.ts';
import { popupStyles } from './popup.styles.ts';
import { darkStyles, forcedStyles } from '../theme.styles.ts';
import { emit } from '../events.ts';

/**
 * @customElement gl-popup
 * @summary What Gazette Lens found on the current tab, and the watches coming up.
 * @event gl-enable-site - The reader asked to turn Gazette Lens on for this site.
 * @event gl-open-outline - The reader asked for the outline on this tab's page.
 * @event gl-set-paused - `{ paused }`: the reader paused Gazette Lens on this site, or turned it back on.
 * @event gl-open-watch - `{ url, text }`: the reader asked for a watched deadline's page.
 * @event gl-open-library - The reader asked for 「我的资料库」.
 * @event gl-open-options - The reader asked for the settings.
 * @csspart popup - The popup's body.
 * @cssproperty --gl-color-docnum - The colour of document numbers (the reader's, from the settings).
 * @cssproperty --gl-color-deadline - The colour of deadlines.
 * @cssproperty --gl-color-unit - The colour of responsible units.
 */
export class GlPopup extends LitElement {
  static override properties = {
    state: { attribute: false },
  };

  static override styles = unsafeCSS(`${popupStyles}
    :host { display: block; }
    ${darkStyles}${forcedStyles}`);

  /** What to show; nothing until the page has read it. */
  declare state: PopupState | null;

  constructor() {
    super();
    this.state = null;
  }

  override render(): TemplateResult {
    if (!this.state) return html`<div class="gl-root" part="popup"></div>`;
    return html`<div class="gl-root" part="popup">${renderPopup(this.state, {
      enableSite: () => emit(this, 'gl-enable-site', {}),
      openOutline: () => emit(this, 'gl-open-outline', {}),
      setPaused: (paused) => emit(this, 'gl-set-paused', { paused }),
      openWatch: (w) => emit(this, 'gl-open-watch', { url: w.url, text: w.text }),
      openLibrary: () => emit(this, 'gl-open-library', {}),
      openOptions: () => emit(this, 'gl-open-options', {}),
    })}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gl-popup': GlPopup;
  }
}
