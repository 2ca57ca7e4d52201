/**
 * `gazette-lens extract FILE...`: reads each file, runs the engine, writes one output in
 * the chosen format. A file that cannot be read is reported and the others still count.
 */
import { extract } from '../lib/extract/index.ts';
import { extractionResultSchema } from '../lib/schema.ts';
import { ReadError } from './errors.ts';
import { csv } from './format/csv.ts';
import { ics } from './format/ics.ts';
import { json } from './format/json.ts';
import { markdown } from './format/markdown.ts';
import { text } from './format/text.ts';
import { readInput } from './read-input.ts';
import type { FileResult, Format, Formatter } from './types.ts';

export const FORMATTERS: Record<Format, Formatter> = { json, csv, md: markdown, ics, text };

export interface Io {
  out(text: string): void;
  /** One line for the user on stderr (prefixed with the program's name by the caller). */
  say(line: string): void;
}

async function one(file: string, today: string, io: Io): Promise<FileResult> {
  const input = await readInput(file);
  let result;
  try {
    result = extractionResultSchema.parse(extract(input.text, { today }));
  } catch (err) {
    // An engine bug: this file fails, the others still count.
    throw new ReadError(file, `internal error in the extraction engine (${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  for (const e of result.errors) io.say(`warning: ${file}: the ${e.extractor} step failed (${e.message}); results may be incomplete`);
  return { file, text: input.text, kind: input.kind, encoding: input.encoding, result };
}

/** Returns the exit status: 0 when at least one file was read, else 1. */
export async function runExtract(files: readonly string[], format: Format, today: string, io: Io): Promise<number> {
  const read: FileResult[] = [];
  for (const file of files) {
    try {
      read.push(await one(file, today, io));
    } catch (err) {
      if (!(err instanceof ReadError)) throw err;
      io.say(err.message);
    }
  }
  if (!read.length) return 1;
  io.out(FORMATTERS[format](read, { today, multiple: files.length > 1, note: (m) => io.say(`note: ${m}`) }));
  return 0;
}
