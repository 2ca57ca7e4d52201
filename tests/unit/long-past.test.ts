// An old gazette's deadlines said once (lib/view/long-past.ts), on the engine's own view of a text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../lib/extract/index.ts';
import { buildPageView } from '../../lib/view/page-view.ts';
import { longPast } from '../../lib/view/long-past.ts';

const text = '某市人民政府关于推进改造的通知\n某政〔2020〕28号\n各县（市、区）人民政府：\n一、2020年8月底前完成排查，2020年12月底前完成整改。\n二、本通知自印发之日起施行。\n某市人民政府\n2020年7月1日';
const timeline = (today: string) => buildPageView(text, extract(text, { today })).documents[0]!.timeline;

test('every limit long past: counted once, with the last day', () => {
  assert.deepEqual(longPast(timeline('2026-12-02')), { count: 2, last: '2020-12-31' });
});

test('a limit still ahead, or past by less than a month, keeps the dates as they are', () => {
  assert.equal(longPast(timeline('2020-10-01')), null, 'the December limit is ahead');
  assert.equal(longPast(timeline('2021-01-15')), null, 'the last limit passed two weeks ago');
});

test('start dates alone (施行) are not limits: nothing to say', () => {
  const t = '某市人民政府关于某事的通知\n某政〔2020〕29号\n各县（市、区）人民政府：\n本通知自2020年8月1日起施行。\n某市人民政府\n2020年7月1日';
  assert.equal(longPast(buildPageView(t, extract(t, { today: '2026-12-02' })).documents[0]!.timeline), null);
});
