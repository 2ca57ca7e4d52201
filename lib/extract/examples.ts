/** Every extractor's examples, by extractor id (the tests look each registered extractor up here). */
import type { ExtractorExamples } from './types.ts';
import { deadlineExamples } from './deadline.ts';
import { docnumExamples } from './docnum.ts';
import { unitExamples } from './unit.ts';
import { unitTableExamples } from './unit-table.ts';

export const EXAMPLES: Readonly<Record<string, ExtractorExamples>> = {
  docnum: docnumExamples,
  deadline: deadlineExamples,
  unit: unitExamples,
  'unit-table': unitTableExamples,
};
