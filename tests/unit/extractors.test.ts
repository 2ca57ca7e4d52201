// Every extractor is registered, carries its examples (simplified and traditional), and
// finds exactly what its examples say; every pattern is free of catastrophic backtracking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSync } from 'recheck';
import { extractors } from '../../lib/extract/index.ts';
import { EXAMPLES } from '../../lib/extract/examples.ts';
import { boundaryPatterns } from '../../lib/extract/boundaries.ts';
import { validityPatterns } from '../../lib/extract/validity.ts';
import { repealPatterns } from '../../lib/extract/repeals.ts';
import { normalise } from '../../lib/text/normalise.ts';

const extractDir = join(import.meta.dirname, '../../lib/extract');
const TRADITIONAL = /[號條辦負責牽頭單會內屆滿執實廢務門國廳區縣衛醫發個後與參為據規劃]/;

test('every extractor file is in the registry', () => {
  const declared = readdirSync(extractDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) => /export const \w+: Extractor\b/.test(readFileSync(join(extractDir, f), 'utf8')))
    .map((f) => f.replace(/\.ts$/, ''));
  assert.ok(declared.length >= 4, `found only ${declared.join(', ')}`);
  assert.deepEqual([...declared].sort(), extractors.map((e) => e.id).sort());
});

for (const ex of extractors) {
  const examples = EXAMPLES[ex.id] ?? { positive: [], negative: [] };
  test(`${ex.id}: has positive and negative examples in both scripts`, () => {
    assert.ok(examples.positive.length >= 2, 'at least two positive examples');
    assert.ok(examples.negative.length >= 1, 'at least one negative example');
    assert.ok(examples.positive.some((p) => TRADITIONAL.test(p.text)), 'a traditional-script positive example');
    assert.ok(examples.positive.some((p) => !TRADITIONAL.test(p.text)), 'a simplified-script positive example');
  });

  for (const [i, example] of examples.positive.entries()) {
    test(`${ex.id}: positive example ${i + 1} ${JSON.stringify(example.text.slice(0, 24))}`, () => {
      const found = ex.extract(normalise(example.text));
      for (const a of found) assert.equal(example.text.slice(a.start, a.end), a.text, 'offsets point at the text');
      for (const want of example.expect) {
        const hit = found.find((a) => a.text === want.text);
        assert.ok(hit, `expected ${JSON.stringify(want.text)}; found ${JSON.stringify(found.map((a) => a.text))}`);
        for (const [k, v] of Object.entries(want)) {
          assert.deepEqual((hit as Record<string, unknown>)[k], v, `${want.text}: ${k}`);
        }
      }
    });
  }

  for (const text of examples.negative) {
    test(`${ex.id}: negative example ${JSON.stringify(text.slice(0, 24))}`, () => {
      assert.deepEqual(ex.extract(normalise(text)).map((a) => a.text), []);
    });
  }

  test(`${ex.id}: no pattern can backtrack catastrophically`, () => {
    assert.ok(ex.patterns.length > 0);
    for (const re of ex.patterns) {
      const r = checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 60_000 });
      assert.equal(r.status, 'safe', `${re} is ${r.status}${r.status === 'vulnerable' ? ` (attack: ${JSON.stringify(r.attack.string.slice(0, 40))})` : ''}`);
    }
  });
}

test('document-boundary and document-fact patterns cannot backtrack catastrophically', () => {
  for (const re of [...boundaryPatterns, ...validityPatterns, ...repealPatterns]) {
    assert.equal(checkSync(re.source, re.flags.replace(/[gy]/g, ''), { timeout: 60_000 }).status, 'safe', String(re));
  }
});
