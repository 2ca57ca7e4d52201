import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../lib/extract/index.ts';
import { buildPageView, tasksOfUnit } from '../../lib/view/page-view.ts';

const text = [
  '威海市人民政府关于严禁在林区野外用火的通告',
  '威政发〔2022〕19号',
  '各区市人民政府，各有关部门：',
  '一、2022年12月底前完成排查，并依照《国办发〔2022〕37号》执行。（市林业局牵头，市公安局配合）',
  '二、次年3月底前开展复查。（市林业局负责）',
  '三、本通告自2022年11月1日起施行，有效期至2027年10月31日。',
  '威海市人民政府',
  '2022年10月30日',
].join('\n');

test('the outline lists deadlines by date with days left, units with their tasks, and citations', () => {
  const view = buildPageView(text, extract(text, { today: '2026-11-22' }));
  assert.equal(view.documents.length, 1);
  const doc = view.documents[0]!;
  assert.deepEqual(doc.timeline.map((it) => [it.text, it.due, it.daysLeft]), [
    ['自2022年11月1日起施行', '2022-11-01', -1482],
    ['2022年12月底前', '2022-12-31', -1422],
    ['次年3月底前', '2023-03-31', -1332],
    ['有效期至2027年10月31日', '2027-10-31', 343],
  ]);
  const forestry = doc.units.find((u) => u.name === '市林业局')!;
  assert.deepEqual(forestry.roles, ['lead', 'responsible']);
  assert.equal(tasksOfUnit(view, forestry.items[0]!).length, 2);
  assert.match(forestry.items[0]!.task ?? '', /完成排查/);
  assert.deepEqual(doc.citations.map((c) => c.canonical), ['国办发〔2022〕37号']);
});

test("a deadline's units are named in the reader's language: roles as （牵头）/（配合） or (lead)/(support)", () => {
  const text = '2022年底前，建成平台（区医保局牵头，区财政局、区卫生健康局、区公安分局、区市场监管局配合）。';
  const view = buildPageView(text, extract(text, { today: '2022-01-01' }));
  const dl = view.items.find((i) => i.kind === 'deadline')!;
  assert.equal(dl.unitsIn('zh'), '区医保局（牵头）、区财政局（配合）、区卫生健康局（配合）、区公安分局（配合） 等 5 个单位');
  assert.equal(dl.unitsIn('en'), '区医保局 (lead), 区财政局 (support), 区卫生健康局 (support), 区公安分局 (support) and 1 more');
  assert.equal(dl.units, dl.unitsIn('zh'));
});
