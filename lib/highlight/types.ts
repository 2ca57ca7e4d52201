/**
 * The one interface both highlight engines implement: annotations (offsets into a
 * DomTextModel's text) in, painted ranges out, and the queries the UI needs (what is under
 * the pointer, where an item is, scroll to it, flash it).
 */
import { KIND_ORDER, type Kind } from '../kinds.ts';
import type { DomTextModel } from '../text/dom.ts';

export type HighlightKind = Kind;

/** Every kind, in the registry's order (lib/kinds.ts). */
export const HIGHLIGHT_KINDS: readonly HighlightKind[] = KIND_ORDER;

export interface HighlightItem {
  /** Unique within one apply(); a repeated id is ignored. */
  id: string;
  kind: HighlightKind;
  /** [start, end) offsets into the model's `text`. */
  start: number;
  end: number;
}

export interface Highlighter {
  readonly name: 'css' | 'mark';
  /** Paints the items; replaces whatever an earlier apply() painted (never duplicates). */
  apply(model: DomTextModel, items: readonly HighlightItem[]): void;
  /** Removes every highlight; the page is left exactly as it was before apply(). */
  clear(): void;
  /** Hides or shows one kind; the choice outlives clear() and applies to later apply() calls. */
  setKindVisible(kind: HighlightKind, visible: boolean): void;
  /** The visible highlight under a viewport point (for hover and tap); null on plain text. */
  idAt(x: number, y: number): string | null;
  /** A new Range over the item's text; null for an unknown id. */
  rangeOf(id: string): Range | null;
  /** The item's boxes in viewport coordinates (empty boxes left out). */
  rectsOf(id: string): DOMRect[];
  /** A brief focus effect (the `gl-flash` style), e.g. when the outline scrolls to the item. */
  flash(id: string): void;
  /**
   * Scrolls the item to the middle of its scroll containers and of the viewport, or to `atY` px
   * from the viewport's top (the part of the page the outline leaves visible).
   */
  scrollTo(id: string, atY?: number): void;
  /** clear() and stop every timer; the highlighter cannot be used afterwards. */
  destroy(): void;
}

export interface HighlighterOptions {
  /** How long flash() lasts, in ms; default 1200. */
  flashMs?: number;
  /** Scroll behaviour of scrollTo(); default 'smooth', or 'instant' when the user prefers reduced motion. */
  scrollBehavior?: ScrollBehavior;
  /** The highlight styles, for the frames and shadow roots the page's own styles do not reach. */
  css?: string;
  /** CSS engine: a scope for the registry names (see highlightNamesFor), when several highlighters share a document. */
  scope?: string;
}

/** Thrown by apply() on a highlighter after destroy(). */
export class HighlighterDestroyedError extends Error {
  constructor(name: string) {
    super(`the ${name} highlighter was destroyed`);
    this.name = 'HighlighterDestroyedError';
  }
}
