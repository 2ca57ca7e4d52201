/**
 * The reader's pointer and keys on the page, and in the same-origin frames it reads, turned into
 * what the reader state takes. Only events the browser made (`isTrusted`): a page cannot drive
 * our UI with synthetic ones. Coordinates from a frame are moved into the top page's viewport.
 */
import { frameOffset } from '@/lib/highlight/frames.ts';

export interface PageInput {
  /** The pointer rests at x, y (the latest position of a frame), over our UI or not, while selecting words or not. */
  hover(x: number, y: number, overUi: boolean, selecting: boolean): void;
  /** A click on the page at x, y; `selecting` when it ends (or stands in) a selection. */
  click(x: number, y: number, selecting: boolean): void;
  /** A mouse or keyboard selection may have changed in `doc`. */
  selection(doc: Document): void;
  key(e: KeyboardEvent): void;
  /** `doc` scrolled (the top page, or a frame). */
  scroll(doc: Document): void;
}

export function listenTo(doc: Document, top: Document, uiHost: Element, input: PageInput, signal: AbortSignal): void {
  const isTop = doc === top;
  const shift = (x: number, y: number): { x: number; y: number } => {
    if (isTop) return { x, y };
    const o = frameOffset(doc);
    return { x: x + o.x, y: y + o.y };
  };
  const selecting = (): boolean => doc.getSelection()?.isCollapsed === false;
  // One reading per frame, of the latest position (not the first of the frame: the pointer
  // may have moved on into the card since).
  let frame = 0;
  let latest: { x: number; y: number; overUi: boolean; selecting: boolean } | null = null;
  doc.addEventListener('pointermove', (e) => {
    if (!e.isTrusted || e.pointerType === 'touch') return;
    // While the reader selects words (a button held, or words selected), hovering opens no
    // card: the note button the selection brings wins.
    latest = { x: e.clientX, y: e.clientY, overUi: isTop && e.composedPath().includes(uiHost), selecting: e.buttons !== 0 || selecting() };
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!latest) return;
      const p = shift(latest.x, latest.y);
      input.hover(p.x, p.y, latest.overUi, latest.selecting);
    });
  }, { signal, passive: true });
  doc.addEventListener('mouseup', (e) => {
    if (e.isTrusted && !e.composedPath().includes(uiHost)) setTimeout(() => input.selection(doc), 0);
  }, { signal });
  doc.addEventListener('keyup', (e) => {
    if (e.isTrusted && (e.shiftKey || e.key === 'Shift')) input.selection(doc);
  }, { signal });
  doc.addEventListener('click', (e) => {
    if (!e.isTrusted || e.composedPath().includes(uiHost)) return;
    const p = shift(e.clientX, e.clientY);
    input.click(p.x, p.y, selecting());
  }, { signal });
  doc.addEventListener('keydown', (e) => {
    if (e.isTrusted) input.key(e);
  }, { signal });
  doc.defaultView?.addEventListener('scroll', () => input.scroll(doc), { signal, passive: true });
}
