/**
 * A note's quote and context in folded form (fold.ts), and the folded form of the page's
 * text, kept for the next note.
 */
import { buildBigramIndex, type BigramIndex } from './bigrams.ts';
import { fold, type Folded } from './fold.ts';
import type { TextQuoteSelector } from './types.ts';

export interface Pattern {
  /** The folded prefix, quote and suffix. */
  readonly prefix: string;
  readonly quote: string;
  readonly suffix: string;
  /**
   * Where the quote's first and last kept characters lie in `exact` ([coreStart, coreEnd)):
   * a quote that starts or ends with spaces is found without them.
   */
  readonly coreStart: number;
  readonly coreEnd: number;
}

export function preparePattern(sel: TextQuoteSelector): Pattern {
  const q = fold(sel.exact);
  const n = q.norm.length;
  return {
    prefix: fold(sel.prefix).norm,
    quote: q.norm,
    suffix: fold(sel.suffix).norm,
    coreStart: n > 0 ? q.src[0]! : 0,
    coreEnd: n > 0 ? q.src[n - 1]! + 1 : 0,
  };
}

let cached: Folded | null = null;

/**
 * The folded page text. The last one is kept: a page anchors all its notes against the same
 * text, which is then folded once (a few milliseconds for 300k characters).
 */
export function foldedText(text: string): Folded {
  if (cached === null || cached.original !== text) cached = fold(text);
  return cached;
}

const indexes = new WeakMap<Folded, BigramIndex>();

/** The bigram index of a folded text, built the first time an approximate search needs it. */
export function bigramIndex(f: Folded): BigramIndex {
  let index = indexes.get(f);
  if (index === undefined) {
    index = buildBigramIndex(f.norm);
    indexes.set(f, index);
  }
  return index;
}
