// The engine's JSON contract (lib/schema.ts) accepts a well-formed result and rejects
// malformed ones, so the command line and the extension can trust what they parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractionResultSchema, type ExtractionResult } from '../../lib/schema.ts';

const text = '国务院办公厅关于印发……的通知（国办发〔2022〕12号），自2022年9月30日起施行。';

/** The span of `part` in `text`. */
function at(part: string): { start: number; end: number; text: string } {
  const start = text.indexOf(part);
  assert.ok(start >= 0, `fixture text lacks ${part}`);
  return { start, end: start + part.length, text: part };
}

function validResult(): ExtractionResult {
  return {
    annotations: [
      {
        kind: 'docnum',
        ...at('国办发〔2022〕12号'),
        issuer: '国办发',
        year: 2022,
        serial: 12,
        canonical: '国办发〔2022〕12号',
        form: 'document',
      },
      {
        kind: 'deadline',
        ...at('自2022年9月30日起施行'),
        type: 'effective',
        date: '2022-09-30',
      },
    ],
    documents: [
      {
        start: 0,
        end: text.length,
        title: '国务院办公厅关于印发……的通知',
        docnum: '国办发〔2022〕12号',
        issuer: '国务院办公厅',
        signedDate: null,
        effectiveDate: '2022-09-30',
        expiryDate: null,
        status: '现行有效',
        statusReason: '自2022年9月30日起施行',
        repeals: [{ docnum: '国办发〔2015〕3号', title: null }],
      },
    ],
    errors: [],
    today: '2026-11-22',
  };
}

test('a well-formed result parses and keeps its annotations', () => {
  const parsed = extractionResultSchema.parse(validResult());
  assert.equal(parsed.annotations.length, 2);
  assert.equal(parsed.annotations[0]?.kind, 'docnum');
  assert.equal(parsed.documents[0]?.status, '现行有效');
});

test('an unknown annotation kind is rejected', () => {
  const bad = validResult() as unknown as { annotations: Array<Record<string, unknown>> };
  bad.annotations[0] = { ...bad.annotations[0], kind: 'footnote' };
  assert.equal(extractionResultSchema.safeParse(bad).success, false);
});

test('a deadline date that is not ISO is rejected', () => {
  const bad = validResult();
  const deadline = bad.annotations[1];
  assert.ok(deadline?.kind === 'deadline');
  deadline.date = '2022年9月30日';
  const result = extractionResultSchema.safeParse(bad);
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['annotations', 1, 'date']);
});

test('a result without "today" is rejected', () => {
  const bad: Partial<ExtractionResult> = validResult();
  delete bad.today;
  assert.equal(extractionResultSchema.safeParse(bad).success, false);
});

test('a document must say what it repeals, each entry by number or title', () => {
  const missing = validResult() as unknown as { documents: Array<Record<string, unknown>> };
  delete missing.documents[0]!.repeals;
  assert.equal(extractionResultSchema.safeParse(missing).success, false);
  const bad = validResult() as unknown as { documents: Array<{ repeals: unknown[] }> };
  bad.documents[0]!.repeals = [{ number: '国办发〔2015〕3号' }];
  assert.equal(extractionResultSchema.safeParse(bad).success, false);
});
