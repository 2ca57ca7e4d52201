/**
 * The PDF's text model (lib/pdf/text-model.ts: the text of every page) as the DomTextModel the
 * highlighters and the reader read: offsets are the engine's, the same whether a page is drawn or
 * not; a span on a page whose text layer is drawn becomes a Range over that layer's spans (PDF.js
 * TextLayer makes one per text item), a span on a page not drawn yet a collapsed Range at the
 * page's place, so scrolling to it works and the page is drawn when it comes into view.
 */
import type { DomTextModel } from '../../lib/text/dom.ts';
import { pageAt, type PdfText } from '../../lib/pdf/text-model.ts';
import { lastAtOrBefore } from '../../lib/text/bisect.ts';

export interface DrawnPage {
  /** The page's box (the placeholder until it is drawn). */
  box: HTMLElement;
  /** Text node of each item's span, by item index; null where the item has no span. Absent until drawn. */
  nodes?: ReadonlyArray<Text | null>;
}

export function pdfDomText(root: Node, model: PdfText, pages: readonly DrawnPage[]): DomTextModel {
  const nodes: Text[] = [];
  const starts: number[] = [];
  model.pages.forEach((p, i) => {
    const drawn = pages[i]?.nodes;
    if (!drawn) return;
    p.itemStarts.forEach((start, k) => {
      const node = drawn[k];
      if (node && start >= 0) {
        nodes.push(node);
        starts.push(start);
      }
    });
  });
  const index = new Map(nodes.map((n, i) => [n, i]));
  /** The last node starting at or before an offset. */
  const nodeAt = (offset: number): number => lastAtOrBefore(nodes.length, (i) => starts[i]!, offset);
  const placeholder = (page: number): Range | null => {
    const box = pages[page]?.box;
    if (!box) return null;
    const r = box.ownerDocument.createRange();
    r.setStart(box, 0);
    return r;
  };
  return {
    root,
    text: model.text,
    nodes,
    starts,
    toRange(start: number, end: number): Range | null {
      if (!(start < end)) return null;
      const first = pageAt(model, start);
      let last = pageAt(model, end - 1);
      if (first < 0) return null;
      if (last < 0) last = first;
      if (!pages[first]?.nodes) return placeholder(first);
      // A span that runs onto a page not drawn yet is painted up to its own page's end.
      if (!pages[last]?.nodes) end = model.pages[first]!.end;
      const a = nodeAt(start);
      const b = nodeAt(end - 1);
      if (a < 0 || b < 0 || b < a) return placeholder(first);
      const startNode = nodes[a]!;
      const endNode = nodes[b]!;
      const r = startNode.ownerDocument.createRange();
      r.setStart(startNode, Math.min(startNode.data.length, Math.max(0, start - starts[a]!)));
      r.setEnd(endNode, Math.min(endNode.data.length, Math.max(0, end - starts[b]!)));
      return r;
    },
    offsetOf(node: Node, offset: number): number {
      const i = index.get(node as Text);
      return i === undefined ? -1 : starts[i]! + offset;
    },
    frames: [],
    shadowRoots: [],
  };
}
