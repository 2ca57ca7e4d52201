/** What the command line works with: its formats, a file read with the engine's result, and a format. */
import type { ExtractionResult } from '../lib/schema.ts';
import type { InputKind } from '../lib/input/index.ts';
import type { Detection } from './detect.ts';

export const EXTRACT_FORMATS = ['json', 'jsonl', 'csv', 'md', 'ics', 'text'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

export const SUMMARY_FORMATS = ['md', 'csv', 'json'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** The tables of a summary, in the order they are shown. */
export const SUMMARY_TABLES = ['documents', 'deadlines', 'units', 'citations', 'repeals'] as const;
export type SummaryTable = (typeof SUMMARY_TABLES)[number];

export interface FileResult {
  /** The path as the user gave it (or as found in a folder given), "-" for standard input. */
  file: string;
  /** The text the offsets refer to (decoded; for HTML, its visible text). */
  text: string;
  kind: InputKind;
  encoding: string;
  result: ExtractionResult;
  detection: Detection;
}

export interface FormatContext {
  /** YYYY-MM-DD that days left and validity are judged against. */
  today: string;
  /** More than one PATH, or a folder, was given (only the text format depends on it). */
  multiple: boolean;
}

/**
 * An output format of `extract`, written as a stream: `head`, then one chunk per file (made
 * where the file was read, in a worker), then `tail`. Chunks are joined by `separator`.
 * `S` is what a format counts across files to say at the end (ics: deadlines left out).
 */
export interface StreamFormat<S = unknown> {
  head(context: FormatContext): string;
  file(f: FileResult, context: FormatContext): { chunk: string; stats?: S };
  /** The chunk for a file that could not be read; none when the format has no place for it. */
  failed?(file: string, reason: string): string;
  separator: string;
  /** Combines the stats of two files (undefined stands for "nothing counted yet"). */
  merge?(a: S | undefined, b: S): S;
  tail(stats: S | undefined, context: FormatContext, note: (message: string) => void): string;
  /** Chunks may be written as files finish rather than in the order given (jsonl). */
  unordered?: boolean;
}
