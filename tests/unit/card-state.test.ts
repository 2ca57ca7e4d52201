// The reader state behind hover cards and Alt+J / Alt+K (lib/reader/card-state.ts), step by step
// as a reader moves and presses keys.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { click, close, closed, hideTimerFired, pointer, select, step, stepAnnouncement, type CardState } from '../../lib/reader/card-state.ts';

const over = (highlight: string | null, overCard = false) => ({ highlight, overCard });

test('resting on a highlight opens its card; leaving it for the gap starts the timer; entering the card stops it', () => {
  let s: CardState = pointer(closed, over('d1'));
  assert.equal(s.open, 'd1');
  assert.equal(s.pinned, false);
  s = pointer(s, over(null)); // the gap between the highlight and its card
  assert.equal(s.hiding, true);
  s = pointer(s, over(null, true)); // into the card
  assert.equal(s.hiding, false);
  assert.equal(hideTimerFired(s).open, 'd1', 'a timer that fires after the card cancelled it closes nothing');
});

test('the pointer resting on the card\'s button keeps the card open however long it rests', () => {
  let s = pointer(pointer(closed, over('d1')), over(null));
  s = pointer(s, over(null, true));
  for (let i = 0; i < 5; i++) s = hideTimerFired(s);
  assert.equal(s.open, 'd1');
});

test('leaving both the highlight and its card for a moment closes it', () => {
  let s = pointer(closed, over('d1'));
  s = pointer(s, over(null, true));
  s = pointer(s, over(null));
  assert.equal(s.hiding, true);
  s = hideTimerFired(s);
  assert.equal(s.open, null);
});

test('moving onto another highlight opens that one\'s card at once', () => {
  const s = pointer(pointer(closed, over('d1')), over('u2'));
  assert.equal(s.open, 'u2');
  assert.equal(s.hiding, false);
});

test('a click pins: hovering away and the timer leave it; a click elsewhere closes it', () => {
  let s = click(closed, 'u1');
  assert.deepEqual([s.open, s.pinned], ['u1', true]);
  s = pointer(s, over(null));
  s = hideTimerFired(s);
  s = pointer(s, over('d9'));
  assert.equal(s.open, 'u1', 'a pinned card does not follow the pointer');
  s = click(s, null);
  assert.equal(s.open, null);
});

test('Alt+J advances from the current item and wraps around; Alt+K goes back', () => {
  const items = ['a', 'b', 'c'];
  let r = step(closed, items, 1)!;
  assert.deepEqual([r.state.open, r.index], ['a', 0]);
  r = step(r.state, items, 1)!;
  assert.deepEqual([r.state.open, r.index], ['b', 1]);
  r = step(r.state, items, 1)!;
  r = step(r.state, items, 1)!;
  assert.deepEqual([r.state.open, r.index], ['a', 0], 'after the last comes the first');
  r = step(r.state, items, -1)!;
  assert.deepEqual([r.state.open, r.index], ['c', 2]);
  assert.equal(r.state.pinned, true, 'a card opened from the keyboard stays while the pointer moves');
});

test('after Esc the next Alt+J goes on from where the reader was, not from the first item', () => {
  const items = ['a', 'b', 'c'];
  let s = step(step(closed, items, 1)!.state, items, 1)!.state; // at b
  s = close(s);
  assert.equal(s.open, null);
  assert.equal(step(s, items, 1)!.state.open, 'c');
});

test('stepping starts from a card opened by hover or from the outline', () => {
  const items = ['a', 'b', 'c'];
  assert.equal(step(pointer(closed, over('b')), items, 1)!.state.open, 'c');
  assert.equal(step(select(closed, 'c'), items, -1)!.state.open, 'b');
});

test('a current item hidden since (its kind switched off) restarts from the ends; no items, no step', () => {
  assert.equal(step(select(closed, 'x'), ['a', 'b'], 1)!.state.open, 'a');
  assert.equal(step(select(closed, 'x'), ['a', 'b'], -1)!.state.open, 'b');
  assert.equal(step(closed, [], 1), null);
});

test('the announcement says where the reader is, what kind and what it says', () => {
  assert.equal(stepAnnouncement(2, 28, '期限', '2022年\n底前'), '3 / 28 · 期限 · 2022年底前');
  assert.ok(stepAnnouncement(0, 1, 'Deadline', 'x'.repeat(80)).endsWith('…'));
});
