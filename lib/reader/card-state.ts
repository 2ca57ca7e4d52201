/**
 * Which highlight's card is open, and why: the reader state behind hovering, clicking and
 * stepping with Alt+J / Alt+K. Pure (no DOM, no timers): the page session feeds it what the
 * pointer is over and what the reader pressed, and does what it answers (open, close, start or
 * stop the hide timer, move focus, announce).
 *   - Hover intent: resting on a highlight opens its card; moving from the highlight into its
 *     card keeps it open (the gap between them starts a grace period the card cancels);
 *     leaving both for HIDE_AFTER_MS closes it. A click pins the card: only a click elsewhere,
 *     Esc or its close button closes it then.
 *   - Stepping advances from the current item, wherever focus is, and wraps around; Esc closes
 *     the card but the place is kept, so the next Alt+J goes on from there.
 */

/** How long the pointer may be over neither the highlight nor its card before the card closes. */
export const HIDE_AFTER_MS = 400;

export interface CardState {
  /** The highlight whose card is open, or null. */
  open: string | null;
  /** The card was opened by a click or by the keyboard: hovering away leaves it. */
  pinned: boolean;
  /** The item stepping goes on from (the last one opened), or null before any. */
  current: string | null;
  /** A hide timer is running (the pointer left the highlight and the card). */
  hiding: boolean;
}

export const closed: CardState = { open: null, pinned: false, current: null, hiding: false };

/** What the pointer is over, as the page session sees it. */
export interface PointerAt {
  /** The highlight under the pointer (on the page), or null. */
  highlight: string | null;
  /** The pointer is over our card. */
  overCard: boolean;
}

/** The pointer moved. `hiding` in the answer: start the timer (true) or stop it (false). */
export function pointer(s: CardState, at: PointerAt): CardState {
  if (at.overCard) return s.hiding ? { ...s, hiding: false } : s;
  if (s.pinned) return s.hiding ? { ...s, hiding: false } : s;
  if (at.highlight) {
    if (at.highlight === s.open && !s.hiding) return s;
    return { open: at.highlight, pinned: false, current: at.highlight, hiding: false };
  }
  if (s.open && !s.hiding) return { ...s, hiding: true };
  return s;
}

/** The hide timer ran out: close the hovered card (a pinned one, or one the pointer came back to, stays). */
export function hideTimerFired(s: CardState): CardState {
  if (!s.hiding) return s;
  return s.pinned ? { ...s, hiding: false } : { ...s, open: null, hiding: false };
}

/** A click on the page: on a highlight it pins that highlight's card; elsewhere it closes a pinned one. */
export function click(s: CardState, highlight: string | null): CardState {
  if (highlight) return { open: highlight, pinned: true, current: highlight, hiding: false };
  return s.open ? { ...s, open: null, pinned: false, hiding: false } : s;
}

/** Opens an item's card pinned (from the outline, a citation, the keyboard). */
export function select(s: CardState, id: string): CardState {
  return { open: id, pinned: true, current: id, hiding: false };
}

/** Closes the card (Esc, its close button); the place for stepping is kept. */
export function close(s: CardState): CardState {
  return s.open || s.hiding ? { ...s, open: null, pinned: false, hiding: false } : s;
}

/**
 * Alt+J (1) / Alt+K (-1) over the visible items in reading order: the next item after the
 * current one (the first or the last when there is none or it is hidden now), wrapping around.
 */
export function step(s: CardState, items: readonly string[], direction: 1 | -1): { state: CardState; index: number } | null {
  if (!items.length) return null;
  const at = s.current === null ? -1 : items.indexOf(s.current);
  const index = at < 0 ? (direction > 0 ? 0 : items.length - 1) : (at + direction + items.length) % items.length;
  return { state: select(s, items[index]!), index };
}

/** The words a screen reader hears after a step: 「3 / 28 · 期限 · 2022年底前」. */
export function stepAnnouncement(index: number, total: number, kindLabel: string, text: string): string {
  const t = text.replace(/\s+/g, '');
  return `${index + 1} / ${total} · ${kindLabel} · ${t.length > 40 ? `${t.slice(0, 40)}…` : t}`;
}
