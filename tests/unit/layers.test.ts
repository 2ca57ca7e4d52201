// Where a card goes and what Esc closes (lib/reader/layers.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARD_HEIGHT, CARD_WIDTH, placeCard, topmost } from '../../lib/reader/layers.ts';

const box = (left: number, top: number, w: number, h: number) => ({ left, top, right: left + w, bottom: top + h });

test('Esc closes the topmost thing: the card before the note UI before the outline', () => {
  assert.equal(topmost({ card: true, note: true, outline: true }), 'card');
  assert.equal(topmost({ card: false, note: true, outline: true }), 'note');
  assert.equal(topmost({ card: false, note: false, outline: true }), 'outline');
  assert.equal(topmost({ card: false, note: false, outline: false }), null);
});

test('a card opens under its highlight, or above it near the bottom of the window', () => {
  assert.deepEqual(placeCard(1280, 900, box(200, 100, 80, 20), null), { left: 200, top: 128 });
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

test('on a 390 px screen the drawer leaves no room: no place beside it (the drawer gives way)', () => {
  assert.equal(placeCard(390, 800, box(100, 100, 50, 20), box(31, 0, 359, 800)), null);
});

test('a card never runs past the bottom of a short window: it gets the room left below its top', async () => {
  const { cardRoom } = await import('../../lib/reader/layers.ts');
  assert.equal(cardRoom(800, 100), 688);
  assert.equal(cardRoom(330, 12), 306);
  assert.equal(cardRoom(200, 190), 120, 'never less than a readable strip (it then scrolls)');
});
