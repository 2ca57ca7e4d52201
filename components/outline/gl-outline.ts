/**
 * `<gl-outline>`: the outline of a page's documents (facts and validity, a timeline of deadlines,
 * the units index with the 我的单位 filter, the citations) as a custom element. The template is
 * outline.ts's renderOutline, the content script's own.
 */
import { LitElement, nothing, unsafeCSS, type TemplateResult } from 'lit';
import type { PageView } from '../../lib/view/page-view.ts';
import { renderOutline, type OutlineState } from './outline.ts';
import { outlineStyles } from './outline.styles.ts';
import { darkStyles, forcedStyles } from '../theme.styles.ts';
import { emit } from '../events.ts';

export const defaultOutlineState: OutlineState = {
  lang: 'zh',
  visible: { docnum: true, deadline: true, unit: true },
  unitFilter: '',
  known: {},
  counts: { docnum: 0, deadline: 0, unit: 0 },
  openUnits: new Set(),
  notes: { anchored: [], orphans: [] },
};

/**
 * @customElement gl-outline
 * @summary The documents of a page, their deadlines, units and citations.
 * @event gl-close - The reader closed the outline.
 * @event gl-select - `{ id }`: an entry was chosen (its highlight should be shown).
 * @event gl-toggle-kind - `{ kind, visible }`: a kind was shown or hidden.
 * @event gl-filter-units - `{ query }`: the 我的单位 filter changed.
 * @event gl-toggle-unit - `{ key, open }`: a unit's entry was opened or closed.
 * @event gl-select-note - `{ id }`: a note was chosen.
 * @event gl-copy-note - `{ id }`: copy the words of a note that could not be placed.
 * @event gl-delete-note - `{ id }`: delete a note that could not be placed.
 * @csspart outline - The drawer.
 * @cssproperty --gl-outline-width - The drawer's width (default 380px).
 */
export class GlOutline extends LitElement {
  static override properties = {
    view: { attribute: false },
    state: { attribute: false },
  };

  static override styles = unsafeCSS(`${outlineStyles}
    .outline { width: var(--gl-outline-width, 380px); }
    ${darkStyles}${forcedStyles}`);

  declare view: PageView | null;
  declare state: OutlineState;

  constructor() {
    super();
    this.view = null;
    this.state = defaultOutlineState;
  }

  override render(): TemplateResult | typeof nothing {
    if (!this.view) return nothing;
    return renderOutline(this.view, this.state, {
      close: () => emit(this, 'gl-close', {}),
      select: (id) => emit(this, 'gl-select', { id }),
      toggleKind: (kind, visible) => emit(this, 'gl-toggle-kind', { kind, visible }),
      filterUnits: (query) => emit(this, 'gl-filter-units', { query }),
      toggleUnit: (key, open) => emit(this, 'gl-toggle-unit', { key, open }),
      selectNote: (id) => emit(this, 'gl-select-note', { id }),
      copyOrphan: (id) => emit(this, 'gl-copy-note', { id }),
      deleteOrphan: (id) => emit(this, 'gl-delete-note', { id }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gl-outline': GlOutline;
  }
}
