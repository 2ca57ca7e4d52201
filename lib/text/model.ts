/**
 * The text model: a normalised view of a text for matching, with a map back to the
 * original, so that every annotation found in the normalised text points into the original
 * exactly. The same model sits over a plain file or over a page's text nodes.
 */
export interface TextModel {
  /** The text exactly as given. */
  readonly original: string;
  /** The folded text the extractors match against (see normalise.ts for what is folded). */
  readonly norm: string;
  /** For each code unit of `norm`, the original offset where its source begins. */
  readonly srcStart: Int32Array;
  /**
   * Where the source of a code unit ends, for the code units that do not come from one character
   * each: the Arabic digits of a spelt-out numeral (二〇二〇年 → 2020年: each digit's source is the
   * whole run). Every other code unit's source ends one after it starts (see srcEndAt).
   */
  readonly runEnd: ReadonlyMap<number, number>;
  /**
   * For each code unit of `norm`, 2 when a line break of the original was dropped right
   * before it (a soft break: PDF lines end mid-phrase), 1 when only spaces were, else 0.
   */
  readonly softBreakBefore: Uint8Array;
  /**
   * Ascending offsets in `norm` of its brackets ( and ), full stops 。 and hard breaks \n: the
   * characters bracketed attributions and sentences turn on, recorded in the one pass that builds
   * the model so no extractor reads every character again to find them.
   */
  readonly marks: Int32Array;
  /**
   * The original's line breaks (\n), as pairs: the break's offset in `original`, then the index in
   * `norm` where the text after it begins. Lines are read off these (heading-lines.ts linesOf).
   */
  readonly lineBreaks: Int32Array;
}

/** The original offset where the source of `norm[k]` ends. */
export function srcEndAt(model: Pick<TextModel, 'srcStart' | 'runEnd'>, k: number): number {
  return model.runEnd.get(k) ?? model.srcStart[k]! + 1;
}

/** The original span [start, end) of the normalised span [from, to). */
export function toOriginal(model: TextModel, from: number, to: number): { start: number; end: number } {
  if (from >= to) {
    const at = from < model.srcStart.length ? model.srcStart[from]! : model.original.length;
    return { start: at, end: at };
  }
  return { start: model.srcStart[from]!, end: srcEndAt(model, to - 1) };
}

/** The original text of the normalised span [from, to). */
export function originalSlice(model: TextModel, from: number, to: number): string {
  const { start, end } = toOriginal(model, from, to);
  return model.original.slice(start, end);
}
