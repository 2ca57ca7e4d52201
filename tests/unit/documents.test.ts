// The document layer: every line test, segmentation example, validity clause and repeal form
// carries its examples beside it (simplified and traditional); each must hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../lib/extract/index.ts';
import fc from 'fast-check';
import { compactFold, DOT_LEADER, endsAsTitle, hasDotLeader, headingLineExamples, tail, TITLE_END, titleWords } from '../../lib/extract/heading-lines.ts';
import { segmentationExamples } from '../../lib/extract/boundaries.ts';
import { isOwnValidity, validityExamples } from '../../lib/extract/validity.ts';
import { repealExamples, repealsIn } from '../../lib/extract/repeals.ts';
import { firstListedExamples, FIRST_LEADS } from '../../lib/extract/first-listed.ts';
import { normalise } from '../../lib/text/normalise.ts';

const TRADITIONAL = /[號條辦負責牽頭單會內屆滿執實廢務門國廳區縣衛醫發個後與參為據規劃關於]/;

for (const [name, ex] of Object.entries(headingLineExamples)) {
  test(`line test ${name}: its examples hold, in both scripts where it reads words`, () => {
    for (const yes of ex.yes) assert.ok(ex.test(yes), `${name} should accept ${yes}`);
    for (const no of ex.no) assert.ok(!ex.test(no), `${name} should reject ${no}`);
  });
}

for (const [i, ex] of segmentationExamples.positive.entries()) {
  test(`segmentation example ${i + 1}: the issue's documents with their titles and own numbers`, () => {
    const docs = extract(ex.text, { today: '2026-12-01' }).documents;
    assert.deepEqual(docs.map((d) => ({ title: d.title, docnum: d.docnum })), ex.documents);
  });
}

for (const text of segmentationExamples.negative) {
  test(`segmentation negative ${JSON.stringify(text.slice(0, 16))}: no document starts`, () => {
    assert.deepEqual(extract(text, { today: '2026-12-01' }).documents, []);
  });
}

test('segmentation examples cover traditional script', () => {
  assert.ok(segmentationExamples.positive.some((p) => TRADITIONAL.test(p.text)));
});

function validityOf(sentence: string): boolean {
  const r = extract(sentence, { today: '2026-12-01' });
  return r.annotations.some((a) => a.kind === 'deadline' && isOwnValidity(sentence, a, 0));
}

for (const s of validityExamples.own) {
  test(`own validity: ${s.slice(0, 20)}`, () => assert.ok(validityOf(s)));
}
for (const s of validityExamples.notOwn) {
  test(`not the document's validity: ${s.slice(0, 20)}`, () => assert.ok(!validityOf(s)));
}

for (const ex of repealExamples.positive) {
  test(`repeals: ${ex.text.slice(0, 20)}`, () => {
    const docnums = extract(ex.text).annotations.filter((a) => a.kind === 'docnum');
    assert.deepEqual(repealsIn(ex.text, 0, ex.text.length, docnums), ex.repeals);
  });
}
for (const text of repealExamples.negative) {
  test(`repeals nothing by name: ${text.slice(0, 20)}`, () => {
    const docnums = extract(text).annotations.filter((a) => a.kind === 'docnum');
    assert.deepEqual(repealsIn(text, 0, text.length, docnums), []);
  });
}

test('the first-listed convention in its wordings, and not in look-alikes', () => {
  const hit = (s: string): boolean => {
    FIRST_LEADS.lastIndex = 0;
    return FIRST_LEADS.test(normalise(s).norm);
  };
  for (const s of firstListedExamples.positive) assert.ok(hit(s), s);
  for (const s of firstListedExamples.negative) assert.ok(!hit(s), s);
});

test('a validity counted from a relative start: 自印发之日起施行，有效期2年 runs two years from the date of signature', () => {
  const text = '某市人民政府关于推进老旧小区改造的通知\n某政〔2026〕28号\n各县（市、区）人民政府：\n一、明确改造范围。（市住房和城乡建设局负责）\n本通知自印发之日起施行，有效期2年。\n某市人民政府\n2026年11月12日';
  const [doc] = extract(text, { today: '2026-12-01' }).documents;
  assert.equal(doc?.effectiveDate, '2026-11-12');
  assert.equal(doc?.expiryDate, '2028-11-11');
  assert.equal(doc?.status, '现行有效');
});

test('a point long past when the document was signed describes, it sets no limit: 建成于2000年底前的小区', () => {
  const text = '某市人民政府关于推进老旧小区改造的通知\n某政〔2026〕28号\n各县（市、区）人民政府：\n一、改造对象为建成于2000年底前的住宅小区，2027年3月底前全部开工。\n某市人民政府\n2026年11月12日';
  const deadlines = extract(text, { today: '2026-12-01' }).annotations.filter((a) => a.kind === 'deadline').map((a) => a.text);
  assert.deepEqual(deadlines, ['2027年3月底前']);
});

test('the dot-leader scan reads lines as DOT_LEADER does', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('.', '…', '·', '-', '_', '字', ' ', '1'), { maxLength: 24 }), (chars) => {
    const line = chars.join('');
    assert.equal(hasDotLeader(line), DOT_LEADER.test(line), JSON.stringify(line));
  }), { numRuns: 2000 });
});

test('a line ends as a title exactly when TITLE_END says so (the last-character filter drops nothing)', () => {
  const words = titleWords;
  for (const w of words) for (const line of [`关于某事的${w}`, `某办法${w}（试行）`, `${w}。`]) assert.equal(endsAsTitle(compactFold(line)), TITLE_END.test(tail(compactFold(line))), line);
});

test('the engine bundled as the extension ships it (rolldown, characters written as \\u escapes) finds the same documents', async () => {
  // WXT bundles with rolldown and `charset: 'ascii'` (wxt.config.ts): non-ASCII characters in
  // regular expressions come out as \\u escapes, so no rule may read words off a pattern's source.
  const { rolldown } = await import('rolldown');
  const { join } = await import('node:path');
  const bundle = await rolldown({ input: join(import.meta.dirname, '../../lib/extract/index.ts'), logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'esm', charset: 'ascii', minify: true });
  assert.match(output[0].code, /\\u5173\\u4e8e/i, 'the bundle writes 关于 as escapes, as the extension does');
  const url = `data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`;
  const bundled = (await import(url)) as typeof import('../../lib/extract/index.ts');
  for (const ex of segmentationExamples.positive) {
    const docs = bundled.extract(ex.text, { today: '2026-12-01' }).documents;
    assert.deepEqual(docs.map((d) => ({ title: d.title, docnum: d.docnum })), ex.documents);
  }
});
