/**
 * `<gl-card>`: the card that explains one highlight, as a custom element for extension pages and
 * for any page (gazette-lens-document shows it). The template is card.ts's renderCard, the one
 * the content script renders into its shadow root: one implementation of the view.
 */
import { LitElement, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { factsOfItem, type ItemView, type PageView } from '../../lib/view/page-view.ts';
import { renderCard, type CardState } from './card.ts';
import { cardStyles } from './card.styles.ts';
import { darkStyles, forcedStyles } from '../theme.styles.ts';
import { emit } from '../events.ts';

export const defaultCardState: CardState = { lang: 'zh', known: {}, host: '', watched: new Set(), copied: null, watchError: null };

/** The details of a watch request, from the item and the document it belongs to. */
export function watchDetail(item: ItemView, view: PageView): { id: string; text: string; type: string; due: string | null; docnum: string | null; title: string | null } {
  const facts = factsOfItem(view, item);
  return {
    id: item.id, text: item.text, type: item.annotation.kind === 'deadline' ? item.annotation.type : item.kind, due: item.due,
    docnum: facts?.docnum ?? null, title: facts?.title ?? null,
  };
}

/**
 * @customElement gl-card
 * @summary One highlight explained: a deadline's day and days left, a unit's role and tasks, a number's document.
 * @event gl-close - The reader closed the card.
 * @event gl-select - `{ id }`: the reader chose another highlight (a task of the same unit).
 * @event gl-watch - `{ id, text, type, due, docnum, title }`: the reader asked to be reminded of this deadline.
 * @event gl-copy - `{ text }`: the reader copied a document number.
 * @event gl-open - `{ url }`: the reader asked to open a link (a search, a document read before).
 * @csspart card - The card's box.
 * @csspart days - The days left (or past) of a deadline.
 * @cssproperty --gl-card-width - The card's width (default 340px).
 */
export class GlCard extends LitElement {
  static override properties = {
    item: { attribute: false },
    view: { attribute: false },
    state: { attribute: false },
  };

  static override styles = unsafeCSS(`:host { display: block; width: var(--gl-card-width, 340px); max-width: 100%; }
    .card { width: 100%; }
    ${cardStyles}${darkStyles}${forcedStyles}`);

  /** The highlight to explain (an item of `view`); nothing is shown without one. */
  declare item: ItemView | null;
  /** The page's view (documents, items) the item belongs to. */
  declare view: PageView | null;
  /** Language, what the reader already has and has watched. */
  declare state: CardState;

  constructor() {
    super();
    this.item = null;
    this.view = null;
    this.state = defaultCardState;
  }

  override render(): TemplateResult | typeof nothing {
    const { item, view } = this;
    if (!item || !view) return nothing;
    return renderCard(item, view, this.state, {
      close: () => emit(this, 'gl-close', {}),
      select: (id) => emit(this, 'gl-select', { id }),
      watch: (it) => emit(this, 'gl-watch', watchDetail(it, view)),
      copy: (text) => emit(this, 'gl-copy', { text }),
      open: (url) => emit(this, 'gl-open', { url }),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gl-card': GlCard;
  }
}
