/**
 * Geometry across same-origin frames: a page may put its article in an <iframe>, whose ranges
 * report rectangles in the frame's own viewport. These give them in the top page's viewport,
 * where our UI is drawn and where the pointer events we listen to are reported.
 */

/** The offset of a document's viewport inside the top page's viewport (0,0 for the top page). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let win: Window | null = doc.defaultView;
  while (win) {
    let frame: Element | null = null;
    try {
      frame = win.frameElement;
    } catch {
      frame = null; // a cross-origin parent: we are as far up as we can see
    }
    if (!frame) break;
    const r = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    const px = (v: string | undefined): number => Number.parseFloat(v ?? '0') || 0;
    x += r.left + (frame as HTMLElement).clientLeft + px(style?.paddingLeft);
    y += r.top + (frame as HTMLElement).clientTop + px(style?.paddingTop);
    win = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** The range's visible boxes in the top page's viewport. */
export function topRects(range: AbstractRange & { getClientRects(): DOMRectList }): DOMRect[] {
  const doc = range.startContainer.ownerDocument ?? (range.startContainer as Document);
  const { x, y } = frameOffset(doc);
  const out: DOMRect[] = [];
  for (const r of range.getClientRects()) {
    if (r.width <= 0 || r.height <= 0) continue;
    out.push(x || y ? new DOMRect(r.left + x, r.top + y, r.width, r.height) : r);
  }
  return out;
}

/** A point of the top page's viewport in a document's own viewport. */
export function toFramePoint(doc: Document, x: number, y: number): { x: number; y: number } {
  const o = frameOffset(doc);
  return { x: x - o.x, y: y - o.y };
}
