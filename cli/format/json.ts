/**
 * JSON: {"files": [record, ...]} (records: cli/format/record.ts) — one shape whatever the
 * number of files, files that could not be read included with their error. Written as a
 * stream, pretty-printed with two spaces; each record printed at its depth in one native
 * JSON.stringify (cli/format/json-stream.ts), never re-indented.
 */
import type { StreamFormat } from '../types.ts';
import { framedJson } from './json-stream.ts';
import { failedRecord, fileRecord } from './record.ts';

const HEAD = '{\n  "files": [\n';
const TAIL = '\n  ]\n}';

export const json: StreamFormat = {
  head: () => HEAD,
  file: (f) => ({ chunk: `    ${framedJson(fileRecord(f), 2)}` }),
  failed: (file, reason) => `    ${framedJson(failedRecord(file, reason), 2)}`,
  separator: ',\n',
  tail: () => `${TAIL}\n`,
};
