/**
 * Anchoring notes to a page's text (no DOM, no browser API: the same in Node and the browser).
 * `describe` records a span as selectors; `anchor` finds it again in a possibly changed text.
 */
export type { AnchorMethod, AnchorOptions, Anchored, Selectors, TextPositionSelector, TextQuoteSelector } from './types.ts';
export { describe } from './describe.ts';
export { anchor, DEFAULT_MARGIN, DEFAULT_MAX_ERROR_RATE, DEFAULT_MIN_SCORE, MAX_PLACES } from './anchor.ts';
