/**
 * The mark.js engine: wraps each item's text in `<mark class="gl-mark gl-<kind>"
 * data-gl-id="…">` elements with `markRanges`, for browsers without the CSS Custom
 * Highlight API. Slower than that engine: markRanges rescans the context's text for every
 * range (≈ 30 ms for 300 items, ≈ 0.6 s for 6000 items on a 77k-character page, Chromium).
 *
 * Only the page's own document: text the model read in frames and shadow roots is left to
 * the CSS engine (mark.js walks one tree).
 *
 * Offsets. mark.js counts over every text node under its context whose parent is not
 * script/style/title/head/html; our model skips hidden and excluded elements and adds
 * separators. Each item is therefore cut into one segment per model text node and each
 * segment moved into mark.js's count by walking the text nodes with mark.js's own filter.
 * Segments never cross hidden text or a separator, so nothing invisible is ever wrapped.
 *
 * Restoring. mark.js's unmark() merges adjacent text nodes (normalize()), which changes a
 * page whose text nodes were split to begin with. Instead, apply() records every text node
 * mark.js splits (it keeps the node as the first piece and inserts the rest after it);
 * clear() removes the pieces and gives the node its old data: the same Text objects, the
 * same structure, nothing else touched.
 */
import Mark from 'mark.js';
import type { DomTextModel } from '../text/dom.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import { FLASH_CLASS, MARK_CLASS, OFF_CLASS } from './names.ts';
import { resolveOptions, scrollRectIntoView, validItems, visibleRects } from './common.ts';
import {
  HighlighterDestroyedError,
  type HighlightItem,
  type HighlightKind,
  type Highlighter,
  type HighlighterOptions,
} from './types.ts';

/** The parents whose text mark.js never counts (Mark#matchesExclude in mark.js 8.11). */
const MARKJS_SKIPPED = 'script, style, title, head, html';

/** mark.js did not mark what we asked for: its text-node count no longer matches ours. */
export class MarkOffsetsError extends Error {
  constructor(detail: string) {
    super(`mark.js offsets disagree with the text model: ${detail}`);
    this.name = 'MarkOffsetsError';
  }
}

/** A piece of one item inside one text node, in mark.js offsets (extra keys survive markRanges). */
interface Segment extends Mark.Range {
  id: string;
  kind: HighlightKind;
  text: string;
}

/** A text node mark.js split, its data before, and what now follows it in its place. */
interface Split {
  node: Text;
  data: string;
  pieces: Node[];
}

/** The text nodes mark.js counts under root, each with its offset in mark.js's string. */
function markjsTextNodes(root: Node): { nodes: Text[]; starts: number[] } {
  // A TreeWalker, not a NodeIterator: live NodeIterators slow down every later node removal.
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let n = root.nodeType === 3 ? root : walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode;
    if (parent && parent.nodeType === 1 && (parent as Element).matches(MARKJS_SKIPPED)) continue;
    nodes.push(n as Text);
    starts.push(at);
    at += (n as Text).data.length;
  }
  return { nodes, starts };
}

function byDocumentOrder(a: Node, b: Node): number {
  return a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export class MarkHighlighter implements Highlighter {
  readonly name = 'mark' as const;
  private readonly doc: Document;
  private readonly options: Required<Omit<HighlighterOptions, 'css' | 'scope'>>;
  private readonly hidden = new Set<HighlightKind>();
  /** Each applied id's kind and marks, in document order. */
  private readonly byId = new Map<string, { kind: HighlightKind; marks: HTMLElement[] }>();
  private readonly idOfMark = new Map<Element, string>();
  private splits: Split[] = [];
  private flashed: HTMLElement[] = [];
  private flashTimer: number | undefined;
  private destroyed = false;

  constructor(doc: Document, options: HighlighterOptions = {}) {
    this.doc = doc;
    this.options = resolveOptions(doc.defaultView, options);
  }

  apply(model: DomTextModel, items: readonly HighlightItem[]): void {
    if (this.destroyed) throw new HighlighterDestroyedError(this.name);
    // Segments are computed before clear(): mark.js's count is the same with or without our
    // marks (they only split and wrap), so a model built before or over earlier marks works.
    const segments = this.segments(model, validItems(items, model.text.length));
    this.clear();
    const { nodes, starts } = markjsTextNodes(model.root);
    const original = new Map<Text, { data: string; after: Node | null }>();
    for (const seg of segments) {
      const i = lastAtOrBefore(starts.length, (k) => starts[k]!, seg.start);
      const node = nodes[i];
      if (!node || seg.start + seg.length > starts[i]! + node.data.length) throw new MarkOffsetsError(`segment ${seg.id} crosses text nodes`);
      original.set(node, { data: node.data, after: node.nextSibling });
    }

    const mismatches: string[] = [];
    const each = (el: Element, range: Mark.Range): void => {
      const seg = range as Segment;
      const mark = el as HTMLElement;
      if (mark.textContent !== seg.text) mismatches.push(`${seg.id}: ${JSON.stringify(mark.textContent)} ≠ ${JSON.stringify(seg.text)}`);
      mark.className = `${MARK_CLASS} gl-${seg.kind}${this.hidden.has(seg.kind) ? ` ${OFF_CLASS}` : ''}`;
      mark.dataset.glId = seg.id;
      this.idOfMark.set(mark, seg.id);
      const entry = this.byId.get(seg.id);
      if (entry) entry.marks.push(mark);
      else this.byId.set(seg.id, { kind: seg.kind, marks: [mark] });
    };
    // One call per layer over the whole root. (Calls per parent element were tried: each
    // Mark call leaves a live NodeIterator behind, and thousands of them made every later
    // node removal, and so clear(), slower than the one big call.)
    const marker = new Mark(model.root as HTMLElement);
    for (const layer of this.layers(segments)) marker.markRanges(layer, { each });
    // What mark.js put between each node it split and that node's old next sibling: the
    // rest of its old data, as text nodes (some empty) and marks. mark.js never removes the
    // original nodes, only splits them, so the old next sibling is still there.
    for (const [node, { data, after }] of original) {
      const pieces: Node[] = [];
      for (let n = node.nextSibling; n && n !== after; n = n.nextSibling) pieces.push(n);
      this.splits.push({ node, data, pieces });
    }
    for (const entry of this.byId.values()) entry.marks.sort(byDocumentOrder);
    if (mismatches.length) {
      this.clear();
      throw new MarkOffsetsError(mismatches.slice(0, 3).join('; '));
    }
  }

  clear(): void {
    this.stopFlash();
    for (const { node, data, pieces } of this.splits) {
      for (const p of pieces) p.parentNode?.removeChild(p);
      if (node.data !== data) node.data = data;
    }
    this.splits = [];
    this.byId.clear();
    this.idOfMark.clear();
  }

  setKindVisible(kind: HighlightKind, visible: boolean): void {
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
    for (const entry of this.byId.values()) {
      if (entry.kind !== kind) continue;
      for (const m of entry.marks) m.classList.toggle(OFF_CLASS, !visible);
    }
  }

  idAt(x: number, y: number): string | null {
    let el: Element | null | undefined = this.doc.elementFromPoint(x, y)?.closest(`mark.${MARK_CLASS}`);
    for (; el; el = el.parentElement?.closest(`mark.${MARK_CLASS}`)) {
      const id = this.idOfMark.get(el);
      if (id !== undefined && !el.classList.contains(OFF_CLASS)) return id;
    }
    return null;
  }

  rangeOf(id: string): Range | null {
    const marks = this.byId.get(id)?.marks;
    if (!marks?.length) return null;
    const range = this.doc.createRange();
    range.setStartBefore(marks[0]!);
    range.setEndAfter(marks[marks.length - 1]!);
    return range;
  }

  rectsOf(id: string): DOMRect[] {
    return (this.byId.get(id)?.marks ?? []).flatMap((m) => visibleRects(m.getClientRects()));
  }

  flash(id: string): void {
    const marks = this.byId.get(id)?.marks;
    const win = this.doc.defaultView;
    if (!marks?.length || !win) return;
    this.stopFlash();
    for (const m of marks) m.classList.add(FLASH_CLASS);
    this.flashed = marks;
    this.flashTimer = win.setTimeout(() => this.stopFlash(), this.options.flashMs);
  }

  scrollTo(id: string, atY?: number): void {
    const first = this.byId.get(id)?.marks[0];
    if (!first) return;
    scrollRectIntoView(first, () => visibleRects(first.getClientRects())[0] ?? null, this.options.scrollBehavior, atY);
  }

  destroy(): void {
    this.clear();
    this.destroyed = true;
  }

  /** Each item cut at the model's text nodes, moved into mark.js offsets. */
  private segments(model: DomTextModel, items: readonly HighlightItem[]): Segment[] {
    const { nodes, starts } = markjsTextNodes(model.root);
    const markStart = new Map<Text, number>();
    nodes.forEach((n, i) => markStart.set(n, starts[i]!));
    // A node we split still starts where it did but holds only its first piece for now: a
    // model built before apply() knew its whole data, a model built over our marks knows
    // the pieces as nodes of their own.
    const ours = new Set<Node>();
    for (const { pieces } of this.splits) {
      for (const p of pieces) {
        ours.add(p);
        const walker = this.doc.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) ours.add(n);
      }
    }
    const overMarks = model.nodes.some((n) => ours.has(n));
    const dataOf = new Map(overMarks ? [] : this.splits.map((s) => [s.node, s.data]));
    const out: Segment[] = [];
    for (const item of items) {
      for (let i = Math.max(0, lastAtOrBefore(model.starts.length, (k) => model.starts[k]!, item.start)); i < model.nodes.length; i++) {
        const node = model.nodes[i]!;
        const data = dataOf.get(node) ?? node.data;
        const from = model.starts[i]!;
        if (from >= item.end) break;
        const s = Math.max(item.start, from);
        const e = Math.min(item.end, from + data.length);
        const base = markStart.get(node);
        // A node mark.js does not count (text straight under <html>) cannot be marked.
        if (s >= e || base === undefined) continue;
        out.push({ start: base + s - from, length: e - s, id: item.id, kind: item.kind, text: data.slice(s - from, e - from) });
      }
    }
    return out;
  }

  /**
   * markRanges drops (or mangles) overlapping ranges, so overlapping items go to separate
   * calls: longer items first, so a shorter one nests inside and paints on top.
   */
  private layers(segments: readonly Segment[]): Segment[][] {
    const sorted = [...segments].sort((a, b) => a.start - b.start || b.length - a.length);
    const layers: Segment[][] = [];
    const ends: number[] = [];
    for (const seg of sorted) {
      let k = ends.findIndex((end) => end <= seg.start);
      if (k < 0) {
        k = layers.length;
        layers.push([]);
        ends.push(0);
      }
      layers[k]!.push(seg);
      ends[k] = seg.start + seg.length;
    }
    return layers;
  }

  private stopFlash(): void {
    if (this.flashTimer !== undefined) this.doc.defaultView?.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    for (const m of this.flashed) m.classList.remove(FLASH_CLASS);
    this.flashed = [];
  }
}
