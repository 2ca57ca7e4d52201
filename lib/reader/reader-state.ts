/**
 * What the reader sees open on a page, pure: the one thing open (nothing, a highlight's card, a
 * note's card, or the note editor on a selection), the place Alt+J / Alt+K goes on from, what a
 * screen reader was last told, the outline as the reader left it, and the "add a note" offer by
 * a selection. The page session (and <gazette-lens-document>) feed it what the reader did and
 * carry out the difference: render, start or stop the hide timer, keep the site's prefs, move
 * focus. No DOM, no timers: every rule here is tested in Node (tests/unit/reader-state.test.ts).
 *
 * The highlight card's hover intent and stepping are lib/reader/card-state.ts; this holds them
 * in the one `open`, so a note's card and a highlight's card can never be open together.
 */
import type { AnnotationKind } from '../schema.ts';
import * as cards from './card-state.ts';
import { DEFAULT_OUTLINE_PREFS, withFilter, withKind, withOpen, type OutlinePrefs } from './outline-prefs.ts';
import { topmost } from './layers.ts';

export type Open =
  | { kind: 'none' }
  | { kind: 'highlight'; id: string; pinned: boolean; hiding: boolean }
  | { kind: 'note'; id: string }
  /** The note editor, for the words start–end (a new note on a selection, or a note being edited). */
  | { kind: 'draft'; token: string; url: string; start: number; end: number; height: number };

/** "Add a note" offered by a selection of the words start–end, its button at left/top (viewport px). */
export interface Offer {
  start: number;
  end: number;
  left: number;
  top: number;
}

export interface ReaderState {
  open: Open;
  /** The highlight stepping goes on from (the last one opened), or null before any. */
  current: string | null;
  /** What the live region says after a step. */
  announcement: string;
  outline: OutlinePrefs;
  /** The outline's unit groups the reader opened. */
  openUnits: readonly string[];
  offer: Offer | null;
}

const NONE: Open = { kind: 'none' };

export function initial(outline: OutlinePrefs = DEFAULT_OUTLINE_PREFS): ReaderState {
  return { open: NONE, current: null, announcement: '', outline, openUnits: [], offer: null };
}

/** The highlight whose card is open, or null. */
export function openHighlight(s: ReaderState): string | null {
  return s.open.kind === 'highlight' ? s.open.id : null;
}

/** The note whose card is open, or null. */
export function openNote(s: ReaderState): string | null {
  return s.open.kind === 'note' ? s.open.id : null;
}

/** Which thing is open ('highlight:<id>', 'note:<id>', 'draft', 'none'): changes when another thing opens, not when a hover card starts or stops hiding. */
export function openKey(s: ReaderState): string {
  const o = s.open;
  return o.kind === 'highlight' || o.kind === 'note' ? `${o.kind}:${o.id}` : o.kind;
}

/** The hide timer should run (the pointer left a hovered card and its highlight). */
export function hiding(s: ReaderState): boolean {
  return s.open.kind === 'highlight' && s.open.hiding;
}

/** The highlight card as card-state sees it; a note's card or the editor counts as pinned (hovering leaves it). */
function cardOf(s: ReaderState): cards.CardState {
  const o = s.open;
  if (o.kind === 'highlight') return { open: o.id, pinned: o.pinned, hiding: o.hiding, current: s.current };
  return { open: null, pinned: o.kind !== 'none', hiding: false, current: s.current };
}

function withCard(s: ReaderState, c: cards.CardState): ReaderState {
  const open: Open = c.open
    ? (s.open.kind === 'highlight' && s.open.id === c.open && s.open.pinned === c.pinned && s.open.hiding === c.hiding
        ? s.open
        : { kind: 'highlight', id: c.open, pinned: c.pinned, hiding: c.hiding })
    : s.open.kind === 'highlight' ? NONE : s.open;
  if (open === s.open && c.current === s.current) return s;
  return { ...s, open, current: c.current };
}

/** The pointer moved (what it is over: a highlight on the page, our card). */
export function pointer(s: ReaderState, at: cards.PointerAt): ReaderState {
  return withCard(s, cards.pointer(cardOf(s), at));
}

/** The hide timer ran out. */
export function hideTimerFired(s: ReaderState): ReaderState {
  return withCard(s, cards.hideTimerFired(cardOf(s)));
}

/**
 * A click on the page (not on our UI, not ending a selection): on a note it opens the note's
 * card; on a highlight it pins that card; elsewhere it closes a card (the editor stays open).
 */
export function click(s: ReaderState, at: { note: string | null; highlight: string | null }): ReaderState {
  if (s.open.kind === 'draft') return s;
  if (at.note) return { ...s, open: { kind: 'note', id: at.note } };
  if (!at.highlight && s.open.kind === 'note') return { ...s, open: NONE };
  return withCard(s, cards.click(cardOf(s), at.highlight));
}

/**
 * Opens a highlight's card pinned (from the outline, a citation). `outlineFits` false: the
 * drawer leaves no room for a card beside it (a narrow screen), so it gives way to the card.
 */
export function select(s: ReaderState, id: string, outlineFits = true): ReaderState {
  const next = withCard({ ...s, open: s.open.kind === 'draft' ? s.open : NONE }, cards.select(cardOf(s), id));
  return outlineFits || !next.outline.open ? next : { ...next, outline: withOpen(next.outline, false) };
}

/** Opens a note's card (from the outline, or a click on it). */
export function selectNote(s: ReaderState, id: string): ReaderState {
  return { ...s, open: { kind: 'note', id } };
}

/** Closes whatever card is open (its close button); the place for stepping is kept. */
export function closeCard(s: ReaderState): ReaderState {
  return s.open.kind === 'highlight' || s.open.kind === 'note' ? { ...s, open: NONE } : s;
}

/**
 * Alt+J (1) / Alt+K (-1) over the visible highlights in reading order (`items`: ids and what the
 * live region says of each): opens the next one's card pinned and says where the reader is.
 */
export function step(
  s: ReaderState,
  items: ReadonlyArray<{ id: string; label: string; text: string }>,
  direction: 1 | -1,
): ReaderState {
  const r = cards.step(cardOf(s), items.map((it) => it.id), direction);
  if (!r) return s;
  const item = items[r.index]!;
  const next = withCard({ ...s, open: NONE }, r.state);
  return { ...next, announcement: cards.stepAnnouncement(r.index, items.length, item.label, item.text) };
}

/** Esc: the topmost thing closes: a highlight's card, then a note's UI (its card, the editor, the offer), then the outline. */
export function escape(s: ReaderState): ReaderState {
  const layer = topmost({
    card: s.open.kind === 'highlight',
    note: s.open.kind === 'note' || s.open.kind === 'draft' || !!s.offer,
    outline: s.outline.open,
  });
  if (layer === 'card') return { ...s, open: NONE };
  if (layer === 'note') return { ...s, open: NONE, offer: null };
  if (layer === 'outline') return { ...s, outline: withOpen(s.outline, false) };
  return s;
}

export function setOutlineOpen(s: ReaderState, open: boolean): ReaderState {
  return open === s.outline.open ? s : { ...s, outline: withOpen(s.outline, open) };
}

/** Shows or hides a kind; a card of a kind just hidden closes. `kindOf` tells an open highlight's kind. */
export function setKind(s: ReaderState, kind: AnnotationKind, visible: boolean, kindOf: (id: string) => AnnotationKind | undefined): ReaderState {
  const next = { ...s, outline: withKind(s.outline, kind, visible) };
  const open = openHighlight(s);
  return !visible && open && kindOf(open) === kind ? { ...next, open: NONE } : next;
}

export function setUnitFilter(s: ReaderState, query: string): ReaderState {
  return { ...s, outline: withFilter(s.outline, query) };
}

export function setUnitOpen(s: ReaderState, key: string, open: boolean): ReaderState {
  const has = s.openUnits.includes(key);
  if (open === has) return s;
  return { ...s, openUnits: open ? [...s.openUnits, key] : s.openUnits.filter((k) => k !== key) };
}

/** A selection was made (the offer by it) or cleared (null). Not while the editor is open. */
export function offer(s: ReaderState, at: Offer | null): ReaderState {
  if (s.open.kind === 'draft') return s;
  if (!at && !s.offer) return s;
  return { ...s, offer: at };
}

/** The editor opened for a draft (from the offer, or to edit a placed note): the offer and any card go. */
export function draftOpened(s: ReaderState, draft: { token: string; url: string; start: number; end: number }): ReaderState {
  return { ...s, open: { kind: 'draft', ...draft, height: 320 }, offer: null };
}

/** The editor `token` closed (saved or cancelled). Another editor's word changes nothing. */
export function draftClosed(s: ReaderState, token: string): ReaderState {
  return s.open.kind === 'draft' && s.open.token === token ? { ...s, open: NONE } : s;
}

/** The editor `token` asks for `height` px; it gets at most the window's height less a margin. */
export function draftHeight(s: ReaderState, token: string, height: number, viewportHeight: number): ReaderState {
  if (s.open.kind !== 'draft' || s.open.token !== token) return s;
  return { ...s, open: { ...s.open, height: Math.max(80, Math.min(height, viewportHeight - 24)) } };
}

/**
 * The page was read again, or the notes changed: a card whose highlight or note is gone closes
 * (the stepping place too, when its highlight is gone).
 */
export function reconcile(s: ReaderState, has: { highlight(id: string): boolean; note(id: string): boolean }): ReaderState {
  let next = s;
  if (s.open.kind === 'highlight' && !has.highlight(s.open.id)) next = { ...next, open: NONE };
  if (s.open.kind === 'note' && !has.note(s.open.id)) next = { ...next, open: NONE };
  if (next.current && !has.highlight(next.current)) next = { ...next, current: null };
  return next;
}
