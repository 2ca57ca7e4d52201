/**
 * What stands over what in the reader's UI, pure: which layer Esc closes, and where a card goes
 * so that it never covers the outline drawer and always fits the viewport.
 */

export type Layer = 'card' | 'note' | 'outline';

/** Esc closes the topmost open layer: a card over a note's UI over the outline. */
export function topmost(open: Readonly<Record<Layer, boolean>>): Layer | null {
  if (open.card) return 'card';
  if (open.note) return 'note';
  if (open.outline) return 'outline';
  return null;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const CARD_WIDTH = 340;
export const CARD_HEIGHT = 260;
const MARGIN = 12;
const GAP = 8;

/**
 * The card's top-left corner for a highlight at `anchor` in a viewport of `width` × `height`:
 * below the highlight, or above it when there is no room below; never over the outline drawer
 * (`outline`, when open); always inside the viewport. Null when the drawer leaves no room for
 * a card beside it (a narrow screen): the caller then closes the drawer first.
 */
export function placeCard(width: number, height: number, anchor: Box | null, outline: Box | null): { left: number; top: number } | null {
  const cardWidth = Math.min(CARD_WIDTH, width - 2 * MARGIN);
  // The part of the viewport the drawer leaves: from the left edge to the drawer's left.
  const right = outline ? Math.min(width, outline.left) - MARGIN : width - MARGIN;
  if (right - MARGIN < cardWidth) return null;
  if (!anchor) return { left: MARGIN, top: MARGIN };
  const left = Math.max(MARGIN, Math.min(anchor.left, right - cardWidth));
  const below = anchor.bottom + GAP;
  const top = below + CARD_HEIGHT > height && anchor.top > CARD_HEIGHT + 2 * GAP + MARGIN ? anchor.top - GAP - CARD_HEIGHT : below;
  return { left, top: Math.max(MARGIN, Math.min(top, height - CARD_HEIGHT - MARGIN)) };
}

/**
 * The height a card placed at `top` may take before the window's bottom edge (a short window, or
 * 200 % zoom): the card scrolls inside that, never past the edge.
 */
export function cardRoom(viewportHeight: number, top: number): number {
  return Math.max(120, viewportHeight - top - MARGIN);
}
