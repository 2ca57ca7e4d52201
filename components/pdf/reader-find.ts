/**
 * Find in the PDF reader (Ctrl+F): the phrase is looked for in the text of the whole issue
 * (lib/text/find.ts: line breaks, widths and traditional forms do not get in the way), not only in
 * the pages drawn so far, which is all the browser's own find could see. Every match on a drawn
 * page is painted (CSS Custom Highlight API, `gl-find`), the one shown in a stronger colour
 * (`gl-find-current`); stepping to a match on a page not drawn yet draws that page and scrolls
 * the match to the middle of the window. Matches follow as pages are drawn and redrawn (zoom).
 */
import { finderOf, type Finder, type Match } from '../../lib/text/find.ts';
import { LIMITS } from '../../lib/limits.ts';
import { PAGE_DRAWN, type PdfPages } from './pdf-pages.ts';
import type { FindState } from './find-bar.ts';

export const FIND_NAME = 'gl-find';
export const FIND_CURRENT_NAME = 'gl-find-current';

/** The find highlights' look: a background only (the text layer's own text stays transparent over the picture). */
export const findStyles = `
  ::highlight(${FIND_NAME}) { background-color: rgba(255, 196, 0, .45); }
  ::highlight(${FIND_CURRENT_NAME}) { background-color: rgba(255, 120, 0, .75); }
  @media (forced-colors: active) {
    ::highlight(${FIND_NAME}) { background-color: Mark; color: MarkText; }
    ::highlight(${FIND_CURRENT_NAME}) { background-color: Highlight; color: HighlightText; }
  }
`;

export class ReaderFind {
  readonly state: FindState = { phrase: '', current: -1, total: 0, more: false };
  private finder: Finder | null = null;
  private finderText = '';
  private matches: Match[] = [];
  private readonly stop = new AbortController();

  /** `changed` is told when the state changes (draw the bar again). */
  constructor(private readonly pages: PdfPages, private readonly changed: () => void) {
    pages.element.addEventListener(PAGE_DRAWN, () => this.paint(), { signal: this.stop.signal });
  }

  /** Looks for a phrase; shows the first match at or after the page in view. */
  search(phrase: string): void {
    const text = this.pages.model().text;
    if (!this.finder || text !== this.finderText) {
      this.finder = finderOf(text);
      this.finderText = text;
    }
    const found = this.finder.find(phrase, LIMITS.findMatches + 1);
    this.matches = found.slice(0, LIMITS.findMatches);
    const from = this.pages.currentPage();
    const next = this.matches.findIndex((m) => this.pages.pageOf(m.start) >= from);
    Object.assign(this.state, { phrase, total: this.matches.length, more: found.length > LIMITS.findMatches, current: this.matches.length ? Math.max(0, next) : -1 });
    this.paint();
    this.changed();
    if (this.state.current >= 0) void this.show();
  }

  /** The next (1) or previous (-1) match, round the end of the issue. */
  step(dir: 1 | -1): void {
    const n = this.matches.length;
    if (!n) return;
    this.state.current = (this.state.current + dir + n) % n;
    this.paint();
    this.changed();
    void this.show();
  }

  /** No phrase, nothing painted. */
  clear(): void {
    this.matches = [];
    Object.assign(this.state, { phrase: '', current: -1, total: 0, more: false });
    this.paint();
    this.changed();
  }

  destroy(): void {
    this.stop.abort();
    this.matches = [];
    this.paint();
  }

  /** Paints the matches on the pages drawn now (a match on a page not drawn has no range yet). */
  private paint(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    if (!this.matches.length) {
      CSS.highlights.delete(FIND_NAME);
      CSS.highlights.delete(FIND_CURRENT_NAME);
      return;
    }
    const model = this.pages.model();
    const all = new Highlight();
    const current = new Highlight();
    current.priority = 1;
    this.matches.forEach((m, i) => {
      const r = model.toRange(m.start, m.end);
      if (!r || r.collapsed) return;
      (i === this.state.current ? current : all).add(r);
    });
    CSS.highlights.set(FIND_NAME, all);
    CSS.highlights.set(FIND_CURRENT_NAME, current);
  }

  /** Draws the current match's page when it is not drawn and brings the match to the window's middle. */
  private async show(): Promise<void> {
    const m = this.matches[this.state.current];
    if (!m) return;
    const page = this.pages.pageOf(m.start);
    if (page < 0) return;
    await this.pages.draw(page);
    if (this.matches[this.state.current] !== m) return;
    const r = this.pages.model().toRange(m.start, m.end);
    if (!r || r.collapsed) {
      this.pages.goTo(page);
      return;
    }
    const rect = r.getBoundingClientRect();
    const top = document.querySelector('header.bar')?.getBoundingClientRect().bottom ?? 0;
    if (rect.top < Math.max(0, top) + 8 || rect.bottom > window.innerHeight - 8) {
      window.scrollBy(0, rect.top - window.innerHeight / 2);
    }
    this.paint();
  }
}
