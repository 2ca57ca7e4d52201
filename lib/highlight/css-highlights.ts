/**
 * The CSS Custom Highlight API engine: one `Highlight` per kind, registered as `gl-docnum`,
 * `gl-deadline`, `gl-unit` (and `gl-flash` while an item flashes), holding the ranges the
 * text model gives. The page's DOM is never changed; the `::highlight(gl-…)` rules in
 * styles.ts paint them. The registry is shared with the page: only the entries this
 * engine set are ever deleted.
 *
 * A model may hold text of same-origin frames and open shadow roots (lib/text/dom.ts): each
 * frame's document has its own registry (its ranges go there), and `::highlight` rules apply
 * only inside the tree that holds them, so the styles (`options.css`) are added once to each
 * frame document and each shadow root that gets a highlight. Geometry is reported in the top
 * page's viewport (frames.ts).
 */
import { KIND } from '../kinds.ts';
import type { DomTextModel } from '../text/dom.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import { highlightNamesFor } from './names.ts';
import { rectContains, resolveOptions, scrollRectIntoView, validItems } from './common.ts';
import { toFramePoint, topRects } from './frames.ts';
import {
  HIGHLIGHT_KINDS,
  HighlighterDestroyedError,
  type HighlightItem,
  type HighlightKind,
  type Highlighter,
  type HighlighterOptions,
} from './types.ts';

/** Where ranges of two kinds overlap, the higher priority paints on top. */
const PRIORITY: Readonly<Record<HighlightKind, number>> = { deadline: KIND.deadline.priority, unit: KIND.unit.priority, docnum: KIND.docnum.priority };
const FLASH_PRIORITY = 10;

type HighlightWindow = Window & typeof globalThis;

/** What `highlightsFromPoint` returns now; early Chromium builds returned bare Highlights. */
interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type HitTestingRegistry = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => ReadonlyArray<HighlightHit | Highlight>;
};

export function supportsCssHighlights(win: Window | null | undefined): boolean {
  const w = win as Partial<HighlightWindow> | null | undefined;
  return typeof w?.Highlight === 'function' && typeof w.CSS?.highlights?.set === 'function';
}

interface Entry {
  item: HighlightItem;
  range: Range;
}

/** One document's registry and our Highlights in it. */
interface Scope {
  doc: Document;
  registry: HitTestingRegistry;
  byKind: Map<HighlightKind, Highlight>;
  flashing: Highlight;
}

export class CssHighlighter implements Highlighter {
  readonly name = 'css' as const;
  private readonly doc: Document;
  private readonly win: HighlightWindow;
  private readonly options: Required<Omit<HighlighterOptions, 'css' | 'scope'>>;
  private readonly css: string | undefined;
  /** The registry names (scoped when several highlighters share the document). */
  private readonly names: ReturnType<typeof highlightNamesFor>;
  private readonly scopes = new Map<Document, Scope>();
  private readonly styled = new WeakSet<Node>();
  private readonly hidden = new Set<HighlightKind>();
  private model: DomTextModel | null = null;
  /** Applied items sorted by start, and the running maximum of their ends (for idAt). */
  private items: HighlightItem[] = [];
  private maxEnd: number[] = [];
  private readonly byId = new Map<string, Entry>();
  private readonly idOfRange = new Map<AbstractRange, string>();
  private flashTimer: number | undefined;
  private destroyed = false;

  constructor(doc: Document, options: HighlighterOptions = {}) {
    const win = doc.defaultView as HighlightWindow | null;
    if (!win || !supportsCssHighlights(win)) throw new Error('CSS Custom Highlight API not available in this document');
    this.doc = doc;
    this.win = win;
    const { css, scope, ...rest } = options;
    this.css = css;
    this.names = highlightNamesFor(scope);
    this.options = resolveOptions(win, rest);
    this.scope(doc);
  }

  /** The registry of a document (the page's, or a same-origin frame's), made on first use. */
  private scope(doc: Document): Scope | null {
    let s = this.scopes.get(doc);
    if (s) return s;
    const win = doc.defaultView as HighlightWindow | null;
    if (!win || !supportsCssHighlights(win)) return null;
    const byKind = new Map<HighlightKind, Highlight>();
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new win.Highlight();
      h.priority = PRIORITY[kind];
      byKind.set(kind, h);
    }
    const flashing = new win.Highlight();
    flashing.priority = FLASH_PRIORITY;
    s = { doc, registry: win.CSS.highlights as HitTestingRegistry, byKind, flashing };
    this.scopes.set(doc, s);
    return s;
  }

  /** Our ::highlight rules in a frame document or a shadow root that holds a range. */
  private styleTree(tree: Node): void {
    if (!this.css || tree === this.doc || this.styled.has(tree)) return;
    this.styled.add(tree);
    const owner = tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument!;
    const style = owner.createElement('style');
    style.setAttribute('data-gazette-lens', '');
    style.textContent = this.css;
    if (tree.nodeType === 9) ((tree as Document).head ?? (tree as Document).documentElement).append(style);
    else (tree as ShadowRoot).append(style);
  }

  apply(model: DomTextModel, items: readonly HighlightItem[]): void {
    if (this.destroyed) throw new HighlighterDestroyedError(this.name);
    this.clear();
    this.model = model;
    for (const item of validItems(items, model.text.length)) {
      const range = model.toRange(item.start, item.end);
      if (!range) continue;
      const node = range.startContainer;
      const scope = this.scope(node.ownerDocument ?? this.doc);
      if (!scope) continue;
      if (model.frames.length || model.shadowRoots.length) {
        const tree = node.getRootNode();
        this.styleTree(tree);
        if (tree.nodeType === 11) this.styleTree(node.ownerDocument!);
      }
      scope.byKind.get(item.kind)!.add(range);
      this.byId.set(item.id, { item, range });
      this.idOfRange.set(range, item.id);
      this.items.push(item);
    }
    let max = -1;
    this.maxEnd = this.items.map((it) => (max = Math.max(max, it.end)));
    for (const s of this.scopes.values()) {
      for (const kind of HIGHLIGHT_KINDS) if (!this.hidden.has(kind)) this.register(s, this.names.kinds[kind], s.byKind.get(kind)!);
    }
  }

  clear(): void {
    this.stopFlash();
    for (const s of this.scopes.values()) {
      for (const kind of HIGHLIGHT_KINDS) {
        const h = s.byKind.get(kind)!;
        this.unregister(s, this.names.kinds[kind], h);
        h.clear();
      }
    }
    this.model = null;
    this.items = [];
    this.maxEnd = [];
    this.byId.clear();
    this.idOfRange.clear();
  }

  setKindVisible(kind: HighlightKind, visible: boolean): void {
    if (visible) this.hidden.delete(kind);
    else this.hidden.add(kind);
    for (const s of this.scopes.values()) {
      const h = s.byKind.get(kind)!;
      if (visible && this.model) this.register(s, this.names.kinds[kind], h);
      else if (!visible) this.unregister(s, this.names.kinds[kind], h);
    }
  }

  /** The document under a point of the top viewport, and the point in its own viewport. */
  private documentAt(x: number, y: number): { doc: Document; x: number; y: number } {
    let doc = this.doc;
    let p = { x, y };
    for (let depth = 0; depth < 5 && this.model?.frames.length; depth++) {
      const el = doc.elementFromPoint(p.x, p.y);
      const inner = el && /^(IFRAME|FRAME)$/i.test(el.tagName) ? this.model.frames.find((f) => f.defaultView?.frameElement === el) : undefined;
      if (!inner) break;
      doc = inner;
      p = toFramePoint(inner, x, y);
    }
    return { doc, ...p };
  }

  idAt(x: number, y: number): string | null {
    if (!this.model || this.items.length === 0) return null;
    const at = this.documentAt(x, y);
    const registry = this.scopes.get(at.doc)?.registry;
    const hitTest = registry?.highlightsFromPoint;
    if (registry && typeof hitTest === 'function') {
      const hits = hitTest.call(registry, at.x, at.y, this.model.shadowRoots.length ? { shadowRoots: [...this.model.shadowRoots] } : undefined);
      if (hits.every((h): h is HighlightHit => 'ranges' in h)) {
        let best: HighlightItem | null = null;
        for (const hit of hits) {
          for (const range of hit.ranges) {
            const id = this.idOfRange.get(range);
            const item = id === undefined ? undefined : this.byId.get(id)?.item;
            if (item && !this.hidden.has(item.kind) && (!best || item.end - item.start < best.end - best.start)) best = item;
          }
        }
        return best?.id ?? null;
      }
    }
    return this.idAtCaret(at.doc, at.x, at.y, x, y);
  }

  rangeOf(id: string): Range | null {
    return this.byId.get(id)?.range.cloneRange() ?? null;
  }

  rectsOf(id: string): DOMRect[] {
    const entry = this.byId.get(id);
    return entry ? topRects(entry.range) : [];
  }

  flash(id: string): void {
    const entry = this.byId.get(id);
    const scope = entry ? this.scopes.get(entry.range.startContainer.ownerDocument!) : undefined;
    if (!entry || !scope || this.destroyed) return;
    this.stopFlash();
    scope.flashing.add(entry.range);
    this.register(scope, this.names.flash, scope.flashing);
    this.flashTimer = this.win.setTimeout(() => this.stopFlash(), this.options.flashMs);
  }

  scrollTo(id: string, atY?: number): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    const { range } = entry;
    const start = range.startContainer;
    const anchor = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!anchor) return;
    // In a frame: bring the frame into view in the page first, then the words in the frame.
    const frame = anchor.ownerDocument !== this.doc ? anchor.ownerDocument.defaultView?.frameElement : null;
    if (frame) scrollRectIntoView(frame, () => topRects(range)[0] ?? frame.getBoundingClientRect(), 'instant');
    scrollRectIntoView(anchor, () => [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0) ?? null, frame ? 'instant' : this.options.scrollBehavior, frame ? undefined : atY);
  }

  destroy(): void {
    this.clear();
    this.destroyed = true;
  }

  /** Fallback hit test: the caret position under the point, then the items around that offset. */
  private idAtCaret(doc: Document, x: number, y: number, topX: number, topY: number): string | null {
    const model = this.model;
    if (!model) return null;
    let node: Node | null = null;
    let offset = 0;
    if (typeof doc.caretPositionFromPoint === 'function') {
      const pos = doc.caretPositionFromPoint(x, y, model.shadowRoots.length ? { shadowRoots: [...model.shadowRoots] } : undefined);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else if (typeof doc.caretRangeFromPoint === 'function') {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    if (!node) return null;
    const at = model.offsetOf(node, offset);
    if (at < 0) return null;
    // The caret sits between two characters: the item may cover the one before or after it.
    // Candidates: start <= at and end >= at; the rects decide which (if any) is under the point.
    const last = lastAtOrBefore(this.items.length, (i) => this.items[i]!.start, at);
    let best: HighlightItem | null = null;
    for (let i = last; i >= 0 && this.maxEnd[i]! >= at; i--) {
      const item = this.items[i]!;
      if (item.end < at || this.hidden.has(item.kind)) continue;
      if (best && item.end - item.start >= best.end - best.start) continue;
      if (this.rectsOf(item.id).some((r) => rectContains(r, topX, topY))) best = item;
    }
    return best?.id ?? null;
  }

  private register(s: Scope, name: string, h: Highlight): void {
    s.registry.set(name, h);
  }

  /** Deletes the entry only while it still holds our Highlight: the page may have reused the name. */
  private unregister(s: Scope, name: string, h: Highlight): void {
    if (s.registry.get(name) === h) s.registry.delete(name);
  }

  private stopFlash(): void {
    if (this.flashTimer !== undefined) this.win.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    for (const s of this.scopes.values()) {
      this.unregister(s, this.names.flash, s.flashing);
      s.flashing.clear();
    }
  }
}
