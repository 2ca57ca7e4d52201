// Where a card goes and what Esc closes (lib/reader/layers.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARD_HEIGHT, CARD_WIDTH, freeArea, placeCard, scrollTarget, topmost } from '../../lib/reader/layers.ts';

const box = (left: number, top: number, w: number, h: number) => ({ left, top, right: left + w, bottom: top + h });

test('Esc closes the topmost thing: the card before the note UI before the outline', () => {
  assert.equal(topmost({ card: true, note: true, outline: true }), 'card');
  assert.equal(topmost({ card: false, note: true, outline: true }), 'note');
  assert.equal(topmost({ card: false, note: false, outline: true }), 'outline');
  assert.equal(topmost({ card: false, note: false, outline: false }), null);
});

test('a card opens under its highlight, or above it near the bottom of the window', () => {
  assert.deepEqual(placeCard(1280, 900, box(200, 100, 80, 20), null), { left: 200, top: 128, room: 760 });
  const near = placeCard(1280, 900, box(200, 820, 80, 20), null)!;
  assert.ok(near.top + CARD_HEIGHT <= 820, `above the highlight (${near.top})`);
});

test('with the outline open the card opens beside it, never over it', () => {
  const outline = box(900, 0, 380, 900);
  const p = placeCard(1280, 900, box(1000, 300, 80, 20), outline)!; // the highlight sits under the drawer
  assert.ok(p.left + CARD_WIDTH <= outline.left, `the card ends at ${p.left + CARD_WIDTH}, the drawer starts at ${outline.left}`);
});

test('a card always fits the window, also a short one and a narrow one', () => {
  for (const [w, h] of [[390, 700], [800, 300], [1280, 900]] as const) {
    for (const anchor of [box(0, 0, 10, 10), box(w - 20, h - 10, 30, 20), box(w / 2, -200, 10, 10), box(w / 2, h + 500, 10, 10)]) {
      const p = placeCard(w, h, anchor, null)!;
      assert.ok(p.left >= 0 && p.left + Math.min(CARD_WIDTH, w - 24) <= w, `left ${p.left} in ${w}`);
      assert.ok(p.top >= 0 && p.top <= Math.max(12, h - CARD_HEIGHT - 12), `top ${p.top} in ${h}`);
    }
  }
});

test('a side drawer on a 390 px screen leaves no room beside it (the drawer gives way)', () => {
  assert.equal(placeCard(390, 800, box(100, 100, 50, 20), box(31, 0, 359, 800)), null);
});

test('on a 390 px screen the outline is a bottom sheet: the card opens above it, the highlight is brought near the top', () => {
  const sheet = box(0, 400, 390, 400);
  assert.deepEqual(freeArea(390, 800, sheet), { left: 0, top: 0, right: 390, bottom: 400 });
  const y = scrollTarget(390, 800, sheet);
  assert.ok(y < 100, `the highlight's middle at ${y}`);
  const p = placeCard(390, 800, box(40, y - 10, 80, 20), sheet)!;
  assert.ok(p.top >= y + 10, `the card (${p.top}) under the highlight (${y + 10})`);
  assert.ok(p.top + p.room <= sheet.top, `and it ends above the sheet (${p.top + p.room} ≤ ${sheet.top})`);
  assert.equal(scrollTarget(1280, 900, box(900, 0, 380, 900)), 450, 'beside a drawer: the middle');
});

test('a sheet in a short window leaves no room for a card: the outline gives way', () => {
  assert.equal(placeCard(390, 240, box(40, 40, 80, 20), box(0, 120, 390, 120)), null);
  assert.ok(placeCard(390, 130, box(40, 40, 80, 20), null), 'with the outline closed a card always has a place');
});

test('a card never runs past the bottom of a short window: it gets the room left below its top', () => {
  assert.equal(placeCard(390, 800, null, null)!.room, 776);
  assert.deepEqual(placeCard(390, 240, box(40, 150, 80, 20), null), { left: 38, top: 12, room: 130 }, 'above its highlight, the side with more room');
  assert.equal(placeCard(390, 240, box(40, 300, 80, 20), null)!.room, 216, 'off screen: all the window has');
  assert.equal(placeCard(390, 140, box(40, 60, 80, 20), null)!.room, 120, 'never less than a readable strip (it then scrolls)');
});

test('where neither side has a whole card\'s room, the card takes the side with more and leaves its highlight visible', () => {
  for (const [h, top] of [[400, 237], [400, 120], [330, 200], [900, 520]] as const) {
    const anchor = box(40, top, 80, 20);
    const p = placeCard(390, h, anchor, null)!;
    const end = p.top + p.room;
    assert.ok(end <= anchor.top || p.top >= anchor.bottom, `window ${h}, highlight at ${top}: the card ${p.top}–${end} stays off it`);
  }
});
