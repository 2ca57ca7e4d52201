/**
 * JSON: {"files": [record, ...]} (records: cli/format/record.ts) — one shape whatever the
 * number of files, files that could not be read included with their error. Written as a
 * stream, pretty-printed with two spaces. Each record is printed where it stands, inside
 * {"files": [ … ]}, and cut out of it: one native JSON.stringify, no re-indenting pass (which
 * cost more than the printing on a 50 MB text).
 */
import type { StreamFormat } from '../types.ts';
import { failedRecord, fileRecord } from './record.ts';

const HEAD = '{\n  "files": [\n';
const TAIL = '\n  ]\n}';

/** The record as JSON.stringify({files: [record]}, null, 2) lays it out, without the frame. */
export function recordJson(record: unknown): string {
  const framed = JSON.stringify({ files: [record] }, null, 2);
  return framed.slice(HEAD.length, framed.length - TAIL.length);
}

export const json: StreamFormat = {
  head: () => HEAD,
  file: (f) => ({ chunk: recordJson(fileRecord(f)) }),
  failed: (file, reason) => recordJson(failedRecord(file, reason)),
  separator: ',\n',
  tail: () => `${TAIL}\n`,
};
