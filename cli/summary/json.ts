/**
 * The summary as JSON: {"today", "filters", "files", "undated", "documents", "deadlines",
 * "units", "citations": {"edges", "mostCited"}, "repeals"} (types in cli/summary/build.ts),
 * or with --table only that table's key beside today, filters and files.
 */
import { jsonChunks } from '../format/json-stream.ts';
import type { SummaryTable } from '../types.ts';
import type { Summary } from './build.ts';

/** Pretty-printed in pieces (cli/format/json-stream.ts), as JSON.stringify(value, null, 2) would. */
export function* summaryJson(s: Summary, only: SummaryTable | null): Generator<string> {
  const value = only ? { today: s.today, filters: s.filters, files: s.files, [only]: s[only] } : s;
  yield* jsonChunks(value);
  yield '\n';
}
