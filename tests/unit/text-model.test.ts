import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalise } from '../../lib/text/normalise.ts';
import { originalSlice } from '../../lib/text/model.ts';

test('folds spaces, line breaks, widths, numerals and traditional keywords', () => {
  const m = normalise('二〇二〇年 十月 三十日前\n\n國辦發［２０２２］３７ 號（負責）');
  assert.equal(m.norm, '2020年10月30日前国办发[2022]37号(负责)');
});

test('every normalised span maps back to the original text exactly', () => {
  const text = '自 二○二三 年\n\n一月一日起施行；威环政任〔２０２０〕\n\n2号';
  const m = normalise(text);
  const at = (s: string): [number, number] => [m.norm.indexOf(s), m.norm.indexOf(s) + s.length];
  assert.equal(originalSlice(m, ...at('自2023年1月1日起施行')), '自 二○二三 年\n\n一月一日起施行');
  assert.equal(originalSlice(m, ...at('威环政任〔2020〕2号')), '威环政任〔２０２０〕\n\n2号');
});

test('tabs and paragraph separators are hard boundaries, collapsed to one', () => {
  assert.equal(normalise('区民政局\t\t其他权力\u2029下一段').norm, '区民政局\n其他权力\n下一段');
});

test('numerals not followed by a time or count word stay as written', () => {
  assert.equal(normalise('“十四五”规划，一视同仁').norm, '“十四五”规划,一视同仁');
});

test('lone surrogates and empty input survive', () => {
  assert.equal(normalise('').norm, '');
  assert.equal(normalise('\ud800a\udc00').norm.length, 3);
});

test('a text that grows when its numerals are spelt out keeps every character and offset', () => {
  // 十日 (2 characters) is 10日 (3): 300 of them outgrow the first buffer, which is sized by the input.
  const text = '十日，'.repeat(300);
  const m = normalise(text);
  assert.equal(m.norm, '10日,'.repeat(300));
  assert.equal(originalSlice(m, m.norm.length - 4, m.norm.length - 1), '十日');
  assert.equal(m.srcStart.length, m.norm.length);
});

test('the model marks its brackets, full stops and hard breaks, in order', () => {
  const m = normalise('（区医保局负责）。\t下一段（一）');
  const marked = [...m.marks].map((k) => m.norm[k]).join('');
  assert.equal(marked, '()。\n()');
  assert.deepEqual([...m.marks], [...m.marks].sort((a, b) => a - b));
});

test('lines are read off the model: trimmed, tabs at their ends left out, a numeral broken over a line kept with its first line', async () => {
  const { linesOf } = await import('../../lib/extract/heading-lines.ts');
  const text = '\t序号\t任务\t\r\n  \n二〇二四年十二月三\n十一日前完成\n' + '\n'.repeat(3000) + '末行';
  const ls = linesOf(normalise(text));
  assert.deepEqual(ls.map((l) => l.c), ['序号\n任务', '2024年12月31', '日前完成', '末行']);
  assert.deepEqual(ls.map((l) => l.text), ['序号\t任务', '二〇二四年十二月三', '十一日前完成', '末行']);
  assert.equal(text.slice(ls[3]!.start, ls[3]!.end), '末行');
});
