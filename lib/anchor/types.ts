/**
 * Selectors that record where a note sits in a page's text, and the result of finding that
 * place again. Offsets are UTF-16 offsets into the text of `buildDomText(...).text`
 * (lib/text/dom.ts) or of a plain file: the same string the extractors read.
 * The shapes follow the W3C Web Annotation selectors, as Hypothesis stores them.
 */

/** The quoted text and up to `contextLength` characters on either side of it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the quote was when the note was made: [start, end) in that version of the text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selectors = { quote: TextQuoteSelector; position: TextPositionSelector };

/**
 * How an anchored note was found:
 * - `exact-position`: the quote, unchanged, at its recorded offsets;
 * - `exact-context`: the quote, unchanged, elsewhere, chosen by its surroundings;
 * - `fuzzy`: an approximate match of the quote (a few characters differ).
 */
export type AnchorMethod = 'exact-position' | 'exact-context' | 'fuzzy';

export type Anchored =
  | { status: 'anchored'; start: number; end: number; score: number /* 0..1 */; method: AnchorMethod }
  | { status: 'orphan'; reason: string; best?: { start: number; end: number; score: number } };

export interface AnchorOptions {
  /** A place is accepted only with at least this score (0..1). Default 0.75. */
  minScore?: number;
  /** Most errors an approximate match may have, as a share of the quote's length. Default 0.2. */
  maxErrorRate?: number;
  /**
   * The winner's evidence (quote and context, position left out) must beat every other place
   * by at least this much (0..1); otherwise the places tie. Default 0.05.
   */
  margin?: number;
}
