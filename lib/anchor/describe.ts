/**
 * Records a span of a text as selectors: the quote with its context, and its offsets.
 */
import type { Selectors } from './types.ts';

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Selectors for [start, end) of `text`: `exact` is the selected text, `prefix` and `suffix` the
 * up to `contextLength` characters before and after it (fewer at the ends of the text; a
 * surrogate pair is never cut in half). Throws a RangeError for an empty or invalid span.
 */
export function describe(text: string, start: number, end: number, contextLength = 32): Selectors {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`describe: [${start}, ${end}) is not a non-empty span of a text of ${text.length} characters`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`describe: contextLength must be a whole number ≥ 0, got ${contextLength}`);
  }
  let from = Math.max(0, start - contextLength);
  if (from > 0 && from < start && isLowSurrogate(text.charCodeAt(from)) && isHighSurrogate(text.charCodeAt(from - 1))) from++;
  let to = Math.min(text.length, end + contextLength);
  if (to > end && to < text.length && isHighSurrogate(text.charCodeAt(to - 1)) && isLowSurrogate(text.charCodeAt(to))) to--;
  return {
    quote: { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    position: { type: 'TextPositionSelector', start, end },
  };
}
