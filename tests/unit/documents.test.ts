// The document layer: every line test, segmentation example, validity clause and repeal form
// carries its examples beside it (simplified and traditional); each must hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../lib/extract/index.ts';
import { headingLineExamples } from '../../lib/extract/heading-lines.ts';
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
