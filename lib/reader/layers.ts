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

/** True when the outline is a bottom sheet (a narrow screen): it spans the width from the bottom. */
export function isSheet(outline: Box): boolean {
  return outline.left <= MARGIN && outline.top > 0;
}

/**
 * The part of the viewport the outline leaves for the page and its cards: left of a side drawer,
 * above a bottom sheet, all of it when the outline is closed.
 */
export function freeArea(width: number, height: number, outline: Box | null): Box {
  if (!outline) return { left: 0, top: 0, right: width, bottom: height };
  if (isSheet(outline)) return { left: 0, top: 0, right: width, bottom: Math.min(height, outline.top) };
  return { left: 0, top: 0, right: Math.min(width, outline.left), bottom: height };
}

/** Where a highlight an outline entry points to is scrolled (its middle, px from the viewport top): the middle of the free area, or near its top above a sheet (room for the card under it). */
export function scrollTarget(width: number, height: number, outline: Box | null): number {
  const area = freeArea(width, height, outline);
  return outline && isSheet(outline) ? Math.min(area.bottom / 2, 72) : area.bottom / 2;
}

/** The outline leaves a card room (beside the drawer, above the sheet); false: it must give way first (a narrow or short window). */
export function outlineLeavesRoom(width: number, height: number, outline: Box | null): boolean {
  return !outline || placeCard(width, height, null, outline) !== null;
}

/** The least height a card may have and still be read (it scrolls inside). */
const MIN_ROOM = 120;

/**
 * The card's top-left corner for a highlight at `anchor` in a viewport of `width` × `height`,
 * and the height it may take (`room`: it scrolls inside, never past the edge: a short window, or
 * 200 % zoom): below the highlight, or above it when there is no room below; never over the
 * outline (`outline`, when open: a side drawer or a bottom sheet); always inside the viewport.
 * Null when the outline leaves no room for a card (a narrow screen, a short one): the caller
 * then closes the outline first.
 */
export function placeCard(width: number, height: number, anchor: Box | null, outline: Box | null): { left: number; top: number; room: number } | null {
  const area = freeArea(width, height, outline);
  const cardWidth = Math.min(CARD_WIDTH, width - 2 * MARGIN);
  const right = area.right - MARGIN;
  const bottom = area.bottom - MARGIN;
  if (right - MARGIN < cardWidth || (outline && bottom - MARGIN < MIN_ROOM)) return null;
  const room = (top: number): number => Math.max(MIN_ROOM, bottom - top);
  if (!anchor) return { left: MARGIN, top: MARGIN, room: room(MARGIN) };
  const left = Math.max(MARGIN, Math.min(anchor.left, right - cardWidth));
  // Below the highlight, or above it; where neither has a whole card's room, the side with more
  // (the card scrolls inside), so that the card never covers its own highlight while it can help it.
  const below = anchor.bottom + GAP;
  const spaceBelow = bottom - below;
  const spaceAbove = anchor.top - GAP - MARGIN;
  const onScreen = anchor.bottom > 0 && anchor.top < bottom;
  if (onScreen && spaceBelow >= CARD_HEIGHT) return { left, top: below, room: spaceBelow };
  if (onScreen && spaceAbove >= CARD_HEIGHT) {
    const top = anchor.top - GAP - CARD_HEIGHT;
    return { left, top, room: anchor.top - GAP - top };
  }
  if (onScreen && Math.max(spaceBelow, spaceAbove) >= MIN_ROOM) {
    return spaceBelow >= spaceAbove ? { left, top: below, room: spaceBelow } : { left, top: MARGIN, room: spaceAbove };
  }
  // The highlight is off screen (above it: the card at the top), or the window too short for any of that: inside the window.
  const at = Math.max(MARGIN, Math.min(below, bottom - Math.min(CARD_HEIGHT, bottom - MARGIN)));
  return { left, top: at, room: room(at) };
}
