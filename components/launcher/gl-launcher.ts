/**
 * `<gl-launcher>`: the button that opens the outline and shows the counts of each kind (the
 * content script's launcher.ts template).
 */
import { LitElement, unsafeCSS, type TemplateResult } from 'lit';
import type { AnnotationKind } from '../../lib/schema.ts';
import type { Detection } from '../../lib/platform/messages.ts';
import type { Lang } from '../i18n.ts';
import { renderLauncher } from './launcher.ts';
import { launcherStyles } from './launcher.styles.ts';
import { darkStyles, forcedStyles } from '../theme.styles.ts';
import { emit } from '../events.ts';

/**
 * @customElement gl-launcher
 * @summary Opens the outline; shows how many deadlines, units and numbers the page holds.
 * @event gl-toggle - `{ open }`: the reader asked to open (true) or close (false) the outline.
 * @csspart launcher - The button.
 */
export class GlLauncher extends LitElement {
  static override properties = {
    lang: { type: String },
    counts: { attribute: false },
    open: { type: Boolean, reflect: true },
    detection: { attribute: false },
  };

  /** Inside an element the launcher stands where it is placed, not at the window's corner. */
  static override styles = unsafeCSS(`${launcherStyles}
    :host { display: inline-block; }
    .launcher { position: static; }
    ${darkStyles}${forcedStyles}`);

  declare lang: Lang;
  declare counts: Record<AnnotationKind, number>;
  declare open: boolean;
  /** Why the page was read (shown as the button's title); none for an embedded document. */
  declare detection: Detection;

  constructor() {
    super();
    this.lang = 'zh';
    this.counts = { docnum: 0, deadline: 0, unit: 0 };
    this.open = false;
    this.detection = { score: 0, government: false, reasons: [] };
  }

  override render(): TemplateResult {
    return renderLauncher({ lang: this.lang, counts: this.counts, open: this.open, detection: this.detection }, {
      toggle: () => emit(this, 'gl-toggle', { open: !this.open }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gl-launcher': GlLauncher;
  }
}
