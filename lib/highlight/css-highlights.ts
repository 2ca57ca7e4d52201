/**
 * The CSS Custom Highlight API engine: one `Highlight` per kind, registered as `gl-docnum`,
 * `gl-deadline`, `gl-unit` (and `gl-flash` while an item flashes), holding the ranges the
 * text model gives. The page's DOM is never changed; the `::highlight(gl-…)` rules in
 * styles.ts paint them. The registry is shared with the page: only the entries this
 * engine set are ever deleted.
 */
import type { DomTextModel } from '../text/dom.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import { FLASH_NAME, HIGHLIGHT_NAMES } from './names.ts';
import { rectContains, resolveOptions, scrollRectIntoView, validItems, visibleRects } from './common.ts';
import {
  HIGHLIGHT_KINDS,
  HighlighterDestroyedError,
  type HighlightItem,
  type HighlightKind,
  type Highlighter,
  type HighlighterOptions,
} from './types.ts';

/** Where ranges of two kinds overlap, the higher priority paints on top. */
const PRIORITY: Readonly<Record<HighlightKind, number>> = { deadline: 1, unit: 2, docnum: 3 };
const FLASH_PRIORITY = 10;

type HighlightWindow = Window & typeof globalThis;

/** What `highlightsFromPoint` returns now; early Chromium builds returned bare Highlights. */
interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type HitTestingRegistry = HighlightRegistry & {
  highlightsFromPoint?: (x: number, y: number) => ReadonlyArray<HighlightHit | Highlight>;
};

export function supportsCssHighlights(win: Window | null | undefined): boolean {
  const w = win as Partial<HighlightWindow> | null | undefined;
  return typeof w?.Highlight === 'function' && typeof w.CSS?.highlights?.set === 'function';
}

interface Entry {
  item: HighlightItem;
  range: Range;
}

export class CssHighlighter implements Highlighter {
  readonly name = 'css' as const;
  private readonly doc: Document;
  private readonly win: HighlightWindow;
  private readonly registry: HitTestingRegistry;
  private readonly options: Required<HighlighterOptions>;
  private readonly byKind = new Map<HighlightKind, Highlight>();
  private readonly flashing: Highlight;
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
    this.registry = win.CSS.highlights;
    this.options = resolveOptions(win, options);
    for (const kind of HIGHLIGHT_KINDS) {
      const h = new win.Highlight();
      h.priority = PRIORITY[kind];
      this.byKind.set(kind, h);
    }
    this.flashing = new win.Highlight();
    this.flashing.priority = FLASH_PRIORITY;
  }

  apply(model: DomTextModel, items: readonly HighlightItem[]): void {
    if (this.destroyed) throw new HighlighterDestroyedError(this.name);
    this.clear();
    this.model = model;
    for (const item of validItems(items, model.text.length)) {
      const range = model.toRange(item.start, item.end);
      if (!range) continue;
      this.byKind.get(item.kind)!.add(range);
      this.byId.set(item.id, { item, range });
      this.idOfRange.set(range, item.id);
      this.items.push(item);
    }
    let max = -1;
    this.maxEnd = this.items.map((it) => (max = Math.max(max, it.end)));
    for (const kind of HIGHLIGHT_KINDS) if (!this.hidden.has(kind)) this.register(HIGHLIGHT_NAMES[kind], this.byKind.get(kind)!);
  }

  clear(): void {
    this.stopFlash();
    for (const kind of HIGHLIGHT_KINDS) {
      const h = this.byKind.get(kind)!;
      this.unregister(HIGHLIGHT_NAMES[kind], h);
      h.clear();
    }
    this.model = null;
    this.items = [];
    this.maxEnd = [];
    this.byId.clear();
    this.idOfRange.clear();
  }

  setKindVisible(kind: HighlightKind, visible: boolean): void {
    const h = this.byKind.get(kind);
    if (!h) return;
    if (visible) {
      this.hidden.delete(kind);
      if (this.model) this.register(HIGHLIGHT_NAMES[kind], h);
    } else {
      this.hidden.add(kind);
      this.unregister(HIGHLIGHT_NAMES[kind], h);
    }
  }

  idAt(x: number, y: number): string | null {
    if (!this.model || this.items.length === 0) return null;
    const hitTest = this.registry.highlightsFromPoint;
    if (typeof hitTest === 'function') {
      const hits = hitTest.call(this.registry, x, y);
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
    return this.idAtCaret(x, y);
  }

  rangeOf(id: string): Range | null {
    return this.byId.get(id)?.range.cloneRange() ?? null;
  }

  rectsOf(id: string): DOMRect[] {
    const entry = this.byId.get(id);
    return entry ? visibleRects(entry.range.getClientRects()) : [];
  }

  flash(id: string): void {
    const entry = this.byId.get(id);
    if (!entry || this.destroyed) return;
    this.stopFlash();
    this.flashing.add(entry.range);
    this.register(FLASH_NAME, this.flashing);
    this.flashTimer = this.win.setTimeout(() => this.stopFlash(), this.options.flashMs);
  }

  scrollTo(id: string): void {
    const entry = this.byId.get(id);
    if (!entry) return;
    const { range } = entry;
    const start = range.startContainer;
    const anchor = start.nodeType === 1 ? (start as Element) : start.parentElement;
    if (!anchor) return;
    scrollRectIntoView(anchor, () => visibleRects(range.getClientRects())[0] ?? null, this.options.scrollBehavior);
  }

  destroy(): void {
    this.clear();
    this.destroyed = true;
  }

  /** Fallback hit test: the caret position under the point, then the items around that offset. */
  private idAtCaret(x: number, y: number): string | null {
    const model = this.model;
    if (!model) return null;
    let node: Node | null = null;
    let offset = 0;
    if (typeof this.doc.caretPositionFromPoint === 'function') {
      const pos = this.doc.caretPositionFromPoint(x, y);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else if (typeof this.doc.caretRangeFromPoint === 'function') {
      const r = this.doc.caretRangeFromPoint(x, y);
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
      if (this.rectsOf(item.id).some((r) => rectContains(r, x, y))) best = item;
    }
    return best?.id ?? null;
  }

  private register(name: string, h: Highlight): void {
    this.registry.set(name, h);
  }

  /** Deletes the entry only while it still holds our Highlight: the page may have reused the name. */
  private unregister(name: string, h: Highlight): void {
    if (this.registry.get(name) === h) this.registry.delete(name);
  }

  private stopFlash(): void {
    if (this.flashTimer !== undefined) this.win.clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    this.unregister(FLASH_NAME, this.flashing);
    this.flashing.clear();
  }
}
