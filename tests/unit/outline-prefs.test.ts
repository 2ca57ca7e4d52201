import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_OUTLINE_PREFS, MAX_UNIT_FILTER, prefsKey, withFilter, withKind, withOpen } from '../../lib/reader/outline-prefs.ts';
import { restorePrefs } from '../../lib/reader/outline-prefs-schema.ts';

test('the outline as the reader left it: open, kinds, filter; anything else stored reads as the defaults', () => {
  let p = withOpen(DEFAULT_OUTLINE_PREFS, true);
  p = withKind(p, 'unit', false);
  p = withFilter(p, '卫生健康');
  assert.deepEqual(p, { open: true, visible: { docnum: true, deadline: true, unit: false }, unitFilter: '卫生健康' });
  assert.deepEqual(restorePrefs(JSON.parse(JSON.stringify(p))), p);
  for (const stored of [undefined, null, 'open', { open: 'yes' }, { ...p, extra: true }]) assert.deepEqual(restorePrefs(stored), DEFAULT_OUTLINE_PREFS);
  assert.equal(withFilter(p, 'x'.repeat(100)).unitFilter.length, MAX_UNIT_FILTER);
  assert.equal(DEFAULT_OUTLINE_PREFS.open, false, 'unchanged by the steps above');
});

test('kept per host: every page of a site shares them, the path and the query do not matter', () => {
  assert.equal(prefsKey('https://www.example.gov.cn/a/b.html?x=1#y'), 'site:www.example.gov.cn');
  assert.notEqual(prefsKey('https://zwgk.example.gov.cn/'), prefsKey('https://www.example.gov.cn/'));
});
