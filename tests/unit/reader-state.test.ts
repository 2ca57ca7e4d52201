// The reader state (lib/reader/reader-state.ts): the one thing open on a page, stepping, Esc,
// the outline and the note editor, as a reader meets them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as rs from '../../lib/reader/reader-state.ts';
import { DEFAULT_OUTLINE_PREFS, withOpen } from '../../lib/reader/outline-prefs.ts';

const over = (highlight: string | null, overCard = false) => ({ highlight, overCard });
const items = [
  { id: 'a', label: '文号', text: '国办发〔2022〕37号' },
  { id: 'b', label: '期限', text: '2022年底前' },
  { id: 'c', label: '责任单位', text: '省卫生健康委' },
];
const withOutline = rs.initial(withOpen(DEFAULT_OUTLINE_PREFS, true));

test('a note\'s card and a highlight\'s card are never open together', () => {
  let s = rs.click(rs.initial(), { note: null, highlight: 'a' });
  assert.equal(rs.openHighlight(s), 'a');
  s = rs.click(s, { note: 'n1', highlight: 'a' }); // the note painted over the highlight wins
  assert.equal(rs.openNote(s), 'n1');
  assert.equal(rs.openHighlight(s), null);
  s = rs.select(s, 'b'); // a citation or an outline entry
  assert.equal(rs.openHighlight(s), 'b');
  assert.equal(rs.openNote(s), null);
});

test('hovering other highlights leaves an open note card as it is; a click elsewhere closes it', () => {
  let s = rs.selectNote(rs.initial(), 'n1');
  s = rs.pointer(s, over('a'));
  assert.equal(rs.openNote(s), 'n1');
  s = rs.pointer(s, over(null));
  assert.equal(rs.hiding(s), false, 'no hide timer for a note card');
  s = rs.click(s, { note: null, highlight: null });
  assert.deepEqual(s.open, { kind: 'none' });
});

test('hover intent through the one open: into the card keeps it, leaving both closes it', () => {
  let s = rs.pointer(rs.initial(), over('b'));
  assert.equal(rs.openHighlight(s), 'b');
  s = rs.pointer(s, over(null));
  assert.equal(rs.hiding(s), true);
  s = rs.pointer(s, over(null, true));
  assert.equal(rs.hiding(s), false);
  assert.equal(rs.openHighlight(rs.hideTimerFired(s)), 'b');
  s = rs.hideTimerFired(rs.pointer(s, over(null)));
  assert.equal(rs.openHighlight(s), null);
});

test('Alt+J steps from the current item, wraps, says where the reader is, and goes on after Esc', () => {
  let s = rs.step(rs.initial(), items, 1);
  assert.equal(rs.openHighlight(s), 'a');
  assert.equal(s.announcement, '1 / 3 · 文号 · 国办发〔2022〕37号');
  s = rs.step(s, items, 1);
  assert.equal(rs.openHighlight(s), 'b');
  s = rs.escape(s);
  assert.equal(rs.openHighlight(s), null);
  s = rs.step(s, items, 1);
  assert.equal(rs.openHighlight(s), 'c', 'after Esc, the next one');
  s = rs.step(s, items, 1);
  assert.equal(rs.openHighlight(s), 'a', 'wraps around');
  assert.equal(s.announcement, '1 / 3 · 文号 · 国办发〔2022〕37号');
  s = rs.step(s, items, -1);
  assert.equal(rs.openHighlight(s), 'c', 'and back');
});

test('stepping from a hovered card or a note card goes on from the last highlight', () => {
  let s = rs.pointer(rs.initial(), over('b'));
  s = rs.selectNote(s, 'n1');
  s = rs.step(s, items, 1);
  assert.equal(rs.openHighlight(s), 'c');
  assert.equal(rs.openNote(s), null);
});

test('Esc closes the topmost thing: a card over the note UI over the outline', () => {
  let s = rs.select(withOutline, 'a');
  s = rs.escape(s);
  assert.equal(rs.openHighlight(s), null);
  assert.equal(s.outline.open, true, 'Esc with a card from the outline closes the card, not the outline');
  s = rs.offer(s, { start: 1, end: 4, left: 10, top: 20 });
  s = rs.escape(s);
  assert.equal(s.offer, null);
  assert.equal(s.outline.open, true);
  s = rs.escape(s);
  assert.equal(s.outline.open, false);
  assert.equal(rs.escape(s), s, 'nothing open: nothing changes');
  s = rs.draftOpened(rs.selectNote(withOutline, 'n1'), { token: 't', url: 'x#t', start: 1, end: 4 });
  assert.equal(rs.escape(s).open.kind, 'none');
  assert.equal(rs.escape(s).outline.open, true);
});

test('an outline entry on a narrow screen: the drawer gives way to the card', () => {
  const wide = rs.select(withOutline, 'b', true);
  assert.equal(wide.outline.open, true);
  const narrow = rs.select(withOutline, 'b', false);
  assert.equal(narrow.outline.open, false);
  assert.equal(rs.openHighlight(narrow), 'b');
});

test('hiding a kind closes a card of that kind and only that', () => {
  const kindOf = (id: string): 'deadline' | 'docnum' => (id === 'b' ? 'deadline' : 'docnum');
  let s = rs.select(rs.initial(), 'b');
  assert.equal(rs.openHighlight(rs.setKind(s, 'docnum', false, kindOf)), 'b');
  s = rs.setKind(s, 'deadline', false, kindOf);
  assert.equal(rs.openHighlight(s), null);
  assert.equal(s.outline.visible.deadline, false);
});

test('the editor: opening it takes the offer and the card; only its own token closes or resizes it', () => {
  let s = rs.offer(rs.select(rs.initial(), 'a'), { start: 3, end: 9, left: 0, top: 0 });
  s = rs.draftOpened(s, { token: 'tok', url: 'chrome-extension://x/note-editor.html#tok', start: 3, end: 9 });
  assert.equal(s.open.kind, 'draft');
  assert.equal(s.offer, null);
  assert.equal(rs.openHighlight(s), null);
  assert.equal(rs.offer(s, { start: 1, end: 2, left: 0, top: 0 }).offer, null, 'no offer while the editor is open');
  assert.equal(rs.pointer(s, over('b')).open.kind, 'draft', 'hovering does not replace the editor');
  assert.equal(rs.click(s, { note: null, highlight: 'b' }).open.kind, 'draft', 'nor does a click on the page');
  assert.equal(rs.draftClosed(s, 'other'), s);
  s = rs.draftHeight(s, 'tok', 5000, 600);
  assert.equal(s.open.kind === 'draft' && s.open.height, 576);
  assert.equal(rs.draftHeight(s, 'other', 100, 600), s);
  assert.equal(rs.draftClosed(s, 'tok').open.kind, 'none');
});

test('after a new reading a card whose highlight or note is gone closes, and stepping starts again', () => {
  const has = { highlight: (id: string) => id !== 'b', note: (id: string) => id !== 'gone' };
  let s = rs.reconcile(rs.select(rs.initial(), 'b'), has);
  assert.equal(s.open.kind, 'none');
  assert.equal(s.current, null);
  s = rs.reconcile(rs.selectNote(rs.initial(), 'gone'), has);
  assert.equal(s.open.kind, 'none');
  const kept = rs.select(rs.initial(), 'a');
  assert.equal(rs.reconcile(kept, has), kept, 'nothing gone: the same state');
});

test('unit groups open and close; a filter is kept as typed up to its limit', () => {
  let s = rs.setUnitOpen(rs.initial(), '区医保局', true);
  assert.deepEqual(s.openUnits, ['区医保局']);
  assert.equal(rs.setUnitOpen(s, '区医保局', true), s);
  s = rs.setUnitOpen(s, '区医保局', false);
  assert.deepEqual(s.openUnits, []);
  assert.equal(rs.setUnitFilter(s, '医保'.repeat(50)).outline.unitFilter.length, 60);
});
