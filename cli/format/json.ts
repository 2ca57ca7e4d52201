/**
 * JSON: {"files": [record, ...]} (records: cli/format/record.ts) — one shape whatever the
 * number of files, files that could not be read included with their error. Written as a
 * stream, pretty-printed (two spaces).
 */
import type { StreamFormat } from '../types.ts';
import { failedRecord, fileRecord } from './record.ts';

const indent = (s: string): string => `    ${s.replace(/\n/g, '\n    ')}`;

export const json: StreamFormat = {
  head: () => '{\n  "files": [\n',
  file: (f) => ({ chunk: indent(JSON.stringify(fileRecord(f), null, 2)) }),
  failed: (file, reason) => indent(JSON.stringify(failedRecord(file, reason), null, 2)),
  separator: ',\n',
  tail: () => '\n  ]\n}\n',
};
