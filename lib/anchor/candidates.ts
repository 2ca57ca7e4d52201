/**
 * Where a (folded) quote occurs in a (folded) text: exactly, with indexOf, and
 * approximately, with approx-string-match (Myers' bit-parallel algorithm, as Hypothesis uses).
 * Spans are [from, to) in the folded text (fold.ts).
 */
import search from 'approx-string-match';
import { occurrences, type BigramIndex } from './bigrams.ts';

export interface Span {
  from: number;
  to: number;
  /** Insertions, deletions and substitutions between the quote and text[from, to). */
  errors: number;
}

/** Longest pattern given to a search over the whole text; longer quotes are found by head and tail. */
export const MAX_PATTERN = 256;
/** Length of the head and of the tail searched for a longer quote. */
const HEAD = MAX_PATTERN / 2;

/** Thrown when a quote has more places than `limit`: too common to tell them apart. */
export class TooManyPlaces extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} places`);
    this.name = 'TooManyPlaces';
  }
}

/** Every occurrence of `quote` (overlapping ones included). */
export function exactSpans(text: string, quote: string, limit: number): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    if (out.length === limit) throw new TooManyPlaces(limit);
    out.push({ from: i, to: i + quote.length, errors: 0 });
  }
  return out;
}

const overlaps = (a: Span, b: Span): boolean => a.from < b.to && b.from < a.to;

/**
 * Every place in text[from, to) where `pattern` matches with at most `maxErrors` errors, one
 * span per place, with that place's fewest errors, appended to `out`. approx-string-match
 * reports only the best matches of a text, so the text is searched again in the gaps between
 * the places found, until a gap holds no match: each round finds places with more errors
 * than the round before.
 */
function allPlaces(text: string, pattern: string, maxErrors: number, from: number, to: number, limit: number, out: Span[]): void {
  const gaps: Array<[number, number]> = [[from, to]];
  const minLength = pattern.length - maxErrors;
  while (gaps.length > 0) {
    const [a, b] = gaps.pop()!;
    if (b - a < minLength) continue;
    const found = search(a === 0 && b === text.length ? text : text.slice(a, b), pattern, maxErrors);
    if (found.length === 0) continue;
    found.sort((x, y) => x.start - y.start || x.end - y.end);
    // Overlapping matches are one place: keep the one closest to the pattern's length.
    let gapStart = a;
    let i = 0;
    while (i < found.length) {
      let best = found[i]!;
      let extentEnd = best.end;
      const extentStart = best.start;
      for (i++; i < found.length && found[i]!.start < extentEnd; i++) {
        const f = found[i]!;
        if (Math.abs(f.end - f.start - pattern.length) < Math.abs(best.end - best.start - pattern.length)) best = f;
        if (f.end > extentEnd) extentEnd = f.end;
      }
      if (out.length === limit) throw new TooManyPlaces(limit);
      out.push({ from: a + best.start, to: a + best.end, errors: best.errors });
      gaps.push([gapStart, a + extentStart]);
      gapStart = a + extentEnd;
    }
    gaps.push([gapStart, b]);
  }
}

/**
 * allPlaces over the whole text, searching only the windows around the quote's pieces
 * (bigrams.ts) unless the pieces are too short or too common for that to pay off.
 */
function places(index: BigramIndex, pattern: string, maxErrors: number, limit: number): Span[] {
  const { text } = index;
  const n = text.length;
  const m = pattern.length;
  const pieces = maxErrors + 1;
  const out: Span[] = [];
  const reach = m + 2 * maxErrors;
  const budget = Math.floor(n / (4 * reach)) + 16;
  const windows: Array<[number, number]> = [];
  let filtered = m / pieces >= 2;
  for (let p = 0; filtered && p < pieces; p++) {
    const o = Math.floor((p * m) / pieces);
    const hits = occurrences(index, pattern.slice(o, Math.floor(((p + 1) * m) / pieces)), budget);
    if (hits === null || windows.length + hits.length > budget) filtered = false;
    else for (const h of hits) windows.push([h - o - maxErrors, h - o + m + maxErrors]);
  }
  if (!filtered) {
    allPlaces(text, pattern, maxErrors, 0, n, limit, out);
    return out;
  }
  windows.sort((x, y) => x[0] - y[0]);
  // Merge overlapping windows; a match lies wholly inside the window of any piece it keeps.
  let i = 0;
  while (i < windows.length) {
    const a = windows[i]![0];
    let b = windows[i]![1];
    for (i++; i < windows.length && windows[i]![0] <= b; i++) b = Math.max(b, windows[i]![1]);
    allPlaces(text, pattern, maxErrors, Math.max(0, a), Math.min(n, b), limit, out);
  }
  return out;
}

/** The best match of `quote` inside text[from, to), or null when it needs more than `maxErrors`. */
function verify(text: string, quote: string, from: number, to: number, maxErrors: number): Span | null {
  const a = Math.max(0, from);
  const found = search(text.slice(a, Math.min(text.length, to)), quote, maxErrors);
  let best: Span | null = null;
  for (const f of found) {
    const s = { from: a + f.start, to: a + f.end, errors: f.errors };
    if (best === null || Math.abs(s.to - s.from - quote.length) < Math.abs(best.to - best.from - quote.length)) best = s;
  }
  return best;
}

/**
 * Every place where `quote` matches with at most `maxErrors` errors. A quote longer than
 * MAX_PATTERN is looked for by its first and last HEAD characters, each allowed half the
 * errors (a match has at most that many in one of them), but never more than a fifth of
 * HEAD; a head and a tail the right distance apart are joined, a head or tail alone is
 * extended by the quote's length, and each such place is then checked against the whole quote.
 * (So a long quote rewritten at both ends, more than 25 errors in each, is not found.)
 */
export function approximateSpans(index: BigramIndex, quote: string, maxErrors: number, limit: number): Span[] {
  const { text } = index;
  if (quote.length <= MAX_PATTERN) return places(index, quote, maxErrors, limit);
  const m = quote.length;
  const partErrors = Math.min(Math.floor(maxErrors / 2), Math.floor(HEAD / 5));
  const heads = places(index, quote.slice(0, HEAD), partErrors, limit);
  const tails = places(index, quote.slice(m - HEAD), partErrors, limit);
  const windows: Array<[number, number]> = [];
  const pairedTails = new Set<Span>();
  for (const h of heads) {
    let paired = false;
    for (const t of tails) {
      const length = t.to - h.from;
      if (t.from >= h.from && length >= m - maxErrors && length <= m + maxErrors) {
        windows.push([h.from, t.to]);
        pairedTails.add(t);
        paired = true;
      }
    }
    if (!paired) windows.push([h.from, h.from + m + maxErrors]);
  }
  for (const t of tails) if (!pairedTails.has(t)) windows.push([t.to - m - maxErrors, t.to]);
  const out: Span[] = [];
  for (const [from, to] of windows) {
    const s = verify(text, quote, from - partErrors, to + partErrors, maxErrors);
    if (s === null) continue;
    const same = out.findIndex((o) => overlaps(o, s));
    if (same === -1) out.push(s);
    else if (s.errors < out[same]!.errors) out[same] = s;
  }
  return out;
}
