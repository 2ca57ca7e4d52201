/** Helpers both engines share: item validation, default options, scrolling a rect into view. */
import type { HighlightItem, HighlighterOptions } from './types.ts';

export const DEFAULT_FLASH_MS = 1200;

/** Items with sane offsets inside [0, length], the first of each id kept, sorted by start then end. */
export function validItems(items: readonly HighlightItem[], length: number): HighlightItem[] {
  const seen = new Set<string>();
  const out: HighlightItem[] = [];
  for (const item of items) {
    const { id, start, end } = item;
    if (seen.has(id)) continue;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) continue;
    seen.add(id);
    out.push({ id, kind: item.kind, start, end });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function resolveOptions(win: Window | null, options: Omit<HighlighterOptions, 'css' | 'scope'>): Required<Omit<HighlighterOptions, 'css' | 'scope'>> {
  const reduced = win?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  return {
    flashMs: options.flashMs ?? DEFAULT_FLASH_MS,
    scrollBehavior: options.scrollBehavior ?? (reduced ? 'instant' : 'smooth'),
  };
}

/** Non-empty boxes only: a range also reports zero-width boxes at element edges. */
export function visibleRects(list: Iterable<DOMRect>): DOMRect[] {
  return [...list].filter((r) => r.width > 0 && r.height > 0);
}

export function rectContains(r: DOMRect, x: number, y: number): boolean {
  return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
}

const SCROLLS = /^(auto|scroll|overlay)$/;

/**
 * Centres a rect (re-read after every step, as each scroll moves it) vertically in each
 * scrollable ancestor of `anchor`, then in the viewport; horizontally it only scrolls as
 * far as needed. Inner containers scroll instantly so the outer steps read settled positions.
 */
export function scrollRectIntoView(anchor: Element, rectOf: () => DOMRect | null, behavior: ScrollBehavior, atY?: number): void {
  const doc = anchor.ownerDocument;
  const win = doc.defaultView;
  if (!win) return;
  for (let el = anchor.parentElement; el && el !== doc.body && el !== doc.documentElement; el = el.parentElement) {
    const style = win.getComputedStyle(el);
    const canY = SCROLLS.test(style.overflowY) && el.scrollHeight > el.clientHeight;
    const canX = SCROLLS.test(style.overflowX) && el.scrollWidth > el.clientWidth;
    if (!canY && !canX) continue;
    const r = rectOf();
    if (!r) return;
    const box = el.getBoundingClientRect();
    el.scrollBy({
      top: canY ? r.top + r.height / 2 - (box.top + el.clientTop + el.clientHeight / 2) : 0,
      left: canX ? nearest(r.left - box.left - el.clientLeft, r.right - box.left - el.clientLeft, el.clientWidth) : 0,
      behavior: 'instant',
    });
  }
  const r = rectOf();
  if (!r) return;
  const view = doc.documentElement;
  win.scrollBy({
    top: r.top + r.height / 2 - (atY ?? view.clientHeight / 2),
    left: nearest(r.left, r.right, view.clientWidth),
    behavior,
  });
}

/** The horizontal scroll that brings [left, right] into [0, width] with the least movement. */
function nearest(left: number, right: number, width: number): number {
  if (left >= 0 && right <= width) return 0;
  if (left < 0 || right - left > width) return left;
  return right - width;
}
