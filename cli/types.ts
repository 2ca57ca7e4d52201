/** What the formatters receive: each readable file with its text and the engine's result. */
import type { ExtractionResult } from '../lib/schema.ts';
import type { InputKind } from '../lib/input/index.ts';

export const FORMATS = ['json', 'csv', 'md', 'ics', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export interface FileResult {
  /** The path as the user gave it. */
  file: string;
  /** The text the offsets refer to (decoded; for HTML, its visible text). */
  text: string;
  kind: InputKind;
  encoding: string;
  result: ExtractionResult;
}

export interface FormatContext {
  /** YYYY-MM-DD that days left are counted from. */
  today: string;
  /** More than one FILE was given (the JSON shape depends on it, not on how many were read). */
  multiple: boolean;
  /** A note for the user on stderr (never mixed into the output). */
  note(message: string): void;
}

export type Formatter = (files: readonly FileResult[], context: FormatContext) => string;
