import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_ZOOM, fitWidth, openingZoom, scaleOf, stepZoom } from '../../lib/pdf/zoom.ts';

test('100 % is a page at its printed size: 4/3 CSS px per PDF point', () => {
  assert.equal(scaleOf(100), 96 / 72);
  assert.equal(scaleOf(150), 2);
});

test('zoom steps up and down from a step or from between steps, and stops at either end', () => {
  assert.equal(stepZoom(100, 1), 110);
  assert.equal(stepZoom(100, -1), 90);
  assert.equal(stepZoom(93, 1), 100);
  assert.equal(stepZoom(93, -1), 90);
  assert.equal(stepZoom(300, 1), 300);
  assert.equal(stepZoom(25, -1), 25);
});

test('an A4 page (595 pt) fits a 390 px phone at 46 %; a wide window opens at the default; never below the smallest step', () => {
  assert.equal(fitWidth(595, 390 - 24), 46);
  assert.equal(fitWidth(595, 100), 25);
  assert.equal(fitWidth(595, 1200), 151);
  assert.equal(openingZoom(595, 1200), DEFAULT_ZOOM);
  assert.equal(openingZoom(595, 700), 88);
  assert.equal(fitWidth(0, 700), DEFAULT_ZOOM);
});
