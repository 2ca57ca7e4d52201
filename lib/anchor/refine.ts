/**
 * Moves the ends of an approximate match to where the quote really ends. Myers' search
 * reports, among the alignments with the fewest errors, one that may stop a character or
 * two short ("…镇街" for a quote ending "镇街)" in text that now reads "…各镇街道)"); the
 * recorded context settles it: each end is placed where quote errors plus context errors
 * are fewest.
 */
import type { Span } from './candidates.ts';
import type { Pattern } from './pattern.ts';

/** Quotes longer than this keep the ends the search found (the work grows with length²). */
const MAX_REFINED = 2000;

let col = new Int32Array(64);

/**
 * For each j in [0, n], the edit distance between `quote` and the j characters of `text`
 * that start at `at` reading forwards (dir 1) or end at `at` reading backwards (dir -1).
 */
function distances(quote: string, text: string, at: number, dir: 1 | -1, n: number): Int32Array {
  const m = quote.length;
  if (col.length < m + 1) col = new Int32Array(m + 1);
  const out = new Int32Array(n + 1);
  for (let i = 0; i <= m; i++) col[i] = i;
  out[0] = m;
  for (let j = 1; j <= n; j++) {
    const tc = text.charCodeAt(dir === 1 ? at + j - 1 : at - j);
    let diag = col[0]!;
    col[0] = j;
    for (let i = 1; i <= m; i++) {
      const qc = quote.charCodeAt(dir === 1 ? i - 1 : m - i);
      const up = col[i]!;
      const v = Math.min(diag + (qc === tc ? 0 : 1), up + 1, col[i - 1]! + 1);
      diag = up;
      col[i] = v;
    }
    out[j] = col[m]!;
  }
  return out;
}

/**
 * The span with its end, then its start, moved within `maxErrors` characters to where quote
 * errors plus `contextErrors` at that end are fewest (ties keep the search's choice).
 */
export function refine(
  text: string,
  pattern: Pattern,
  s: Span,
  maxErrors: number,
  contextErrors: (at: number, side: 'prefix' | 'suffix') => number,
): Span {
  const m = pattern.quote.length;
  if (s.errors === 0 || m > MAX_REFINED) return s;
  let { from, to } = s;
  const reach = Math.min(text.length - from, to - from + maxErrors);
  const fwd = distances(pattern.quote, text, from, 1, reach);
  let best = fwd[to - from]! + contextErrors(to, 'suffix');
  for (let j = Math.max(1, to - from - maxErrors); j <= reach; j++) {
    if (fwd[j]! >= best) continue;
    const total = fwd[j]! + contextErrors(from + j, 'suffix');
    if (total < best) {
      best = total;
      to = from + j;
    }
  }
  const back = Math.min(to, to - from + maxErrors);
  const bwd = distances(pattern.quote, text, to, -1, back);
  best = bwd[to - from]! + contextErrors(from, 'prefix');
  let errors = bwd[to - from]!;
  for (let j = Math.max(1, to - from - maxErrors); j <= back; j++) {
    if (bwd[j]! >= best) continue;
    const total = bwd[j]! + contextErrors(to - j, 'prefix');
    if (total < best) {
      best = total;
      from = to - j;
      errors = bwd[j]!;
    }
  }
  return { from, to, errors };
}
