// Random and adversarial input never throws, never hangs, and every annotation's offsets
// are valid, sorted and point at its text. (A hang shows as the per-test timeout.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extract, extractors as registry } from '../../lib/extract/index.ts';
import { extractionResultSchema } from '../../lib/schema.ts';

function checkResult(text: string): void {
  const result = extract(text, { today: '2026-11-22' });
  extractionResultSchema.parse(result);
  assert.deepEqual(result.errors, [], 'no extractor failed');
  let prev = -1;
  for (const a of result.annotations) {
    assert.ok(a.start >= prev, 'sorted by start');
    prev = a.start;
    assert.ok(a.start >= 0 && a.start < a.end && a.end <= text.length, `offsets ${a.start}-${a.end} inside ${text.length}`);
    assert.equal(text.slice(a.start, a.end), a.text);
  }
}

/** Characters the extractors react to, so random strings hit real code paths. */
const ALPHABET = [...'年月日号號〔〕[]［］【】()（）、，,；;：:。前内內底起施行有效期至自之负责負責牵头牽頭配合参与会同单位局委厅区市省各等及第令0123456789〇一二三四五六七八九十两个工作日天小时 \n\t\u3000']
  .concat(['\ud800', '\udfff', '😀', '\u0000', '\u2029']);
const fragments = ['国办发〔2022〕37号', '2022年底前', '自2020年11月1日起施行', '有效期至2025年8月17日', '（区医保局负责，区财政局参与）', '牵头单位：省残联；责任单位：省商务厅', '30个工作日内', '国务院令第588号', '\n\n', '序号\t任务\t责任单位\n'];

test('random strings over the extractors\' alphabet', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...ALPHABET), fc.constantFrom(...fragments), fc.string({ maxLength: 4 })), { maxLength: 400 }),
      (parts) => checkResult(parts.join('')),
    ),
    { numRuns: 400 },
  );
});

test('arbitrary unicode strings', { timeout: 60_000 }, () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkResult), { numRuns: 300 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 300 }), checkResult), { numRuns: 200 });
});

const adversarial: Array<[string, string]> = [
  ['nested brackets', '〔'.repeat(20_000) + '2020' + '〕'.repeat(20_000) + '10号'],
  ['open parentheses', '（'.repeat(50_000) + '区医保局负责'],
  ['parentheses with role words', '（区医保局负责、'.repeat(20_000)],
  ['repeated 年', '年'.repeat(100_000)],
  ['repeated digits and 年', '2020年'.repeat(30_000)],
  ['repeated 自', '自'.repeat(50_000) + '起施行'],
  ['repeated 有效期', '有效期至'.repeat(30_000)],
  ['repeated separators', '、'.repeat(100_000)],
  ['lone surrogates', '\ud800号\udc00〔2020〕'.repeat(20_000)],
  ['one megabyte of gazette phrases', fragments.join('。').repeat(Math.ceil(1_000_000 / fragments.join('。').length))],
  ['tab rows', '牵头单位\t责任单位\n'.repeat(10_000) + 'a\tb\n'.repeat(10_000)],
  ['labels without lists', '责任单位：'.repeat(30_000)],
  ['long line without breaks', '各'.repeat(200_000) + '：'],
  ['many lines', '关于印发的通知\n国办发〔2022〕37号\n各部门：\n'.repeat(10_000)],
];
for (const [name, text] of adversarial) {
  test(`adversarial: ${name} (${text.length} chars)`, { timeout: 30_000 }, () => checkResult(text));
}

test('an extractor that throws does not stop the others', () => {
  const text = '国办发〔2022〕37号，2022年底前完成（区医保局负责）';
  const broken = { id: 'broken', kind: 'docnum' as const, patterns: [], examples: { positive: [], negative: [] }, extract: () => { throw new Error('boom'); } };
  const result = extract(text, { today: '2026-11-22', registry: [broken, ...registry.filter((e) => e.kind !== 'docnum')] });
  assert.deepEqual(result.errors, [{ extractor: 'broken', message: 'boom' }]);
  assert.ok(result.annotations.some((a) => a.kind === 'deadline'));
  assert.ok(result.annotations.some((a) => a.kind === 'unit'));
});
