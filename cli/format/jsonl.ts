/**
 * JSON Lines: one record per file (cli/format/record.ts), on one line, written as each file
 * finishes (not in the order given: every record carries its path). Files that could not be
 * read have a line too, {"file": …, "error": …}. Nothing is kept: memory stays flat.
 */
import type { StreamFormat } from '../types.ts';
import { failedRecord, fileRecord } from './record.ts';

export const jsonl: StreamFormat = {
  head: () => '',
  file: (f) => ({ chunk: `${JSON.stringify(fileRecord(f))}\n` }),
  failed: (file, reason) => `${JSON.stringify(failedRecord(file, reason))}\n`,
  separator: '',
  tail: () => '',
  unordered: true,
};
