/**
 * A hashed index of the two-character sequences of a text, for the "filter" half of
 * filter-then-verify approximate search: a match with at most k errors contains at least one
 * of k + 1 disjoint pieces of the quote unchanged (pigeonhole), so looking the pieces up
 * narrows a 300k-character text to a few small windows for the Myers search.
 * Positions are bucketed by a hash of the pair (counting sort: two passes, typed arrays);
 * a bucket may hold other pairs, so every hit is checked with startsWith.
 */

const BITS = 16;

export interface BigramIndex {
  readonly text: string;
  /** bucket b holds positions[offsets[b] .. offsets[b + 1]). */
  readonly offsets: Int32Array;
  readonly positions: Int32Array;
}

const bucketOf = (c1: number, c2: number): number => (Math.imul(c1 * 65599 + c2, 0x9e3779b1) >>> (32 - BITS));

export function buildBigramIndex(text: string): BigramIndex {
  const n = Math.max(0, text.length - 1);
  const offsets = new Int32Array((1 << BITS) + 1);
  const buckets = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(text.charCodeAt(i), text.charCodeAt(i + 1));
    buckets[i] = b;
    offsets[b + 1]!++;
  }
  for (let b = 0; b < 1 << BITS; b++) offsets[b + 1]! += offsets[b]!;
  const fill = offsets.slice(0, 1 << BITS);
  const positions = new Int32Array(n);
  for (let i = 0; i < n; i++) positions[fill[buckets[i]!]!++] = i;
  return { text, offsets, positions };
}

/**
 * Every position where `piece` (two characters or more) occurs, in increasing order, or null
 * when looking would cost more than `budget` checks (the piece is too common to filter by).
 */
export function occurrences(index: BigramIndex, piece: string, budget: number): number[] | null {
  // Look up the piece by its rarest pair.
  let bestAt = 0;
  let bestCount = Infinity;
  for (let j = 0; j + 1 < piece.length; j++) {
    const b = bucketOf(piece.charCodeAt(j), piece.charCodeAt(j + 1));
    const count = index.offsets[b + 1]! - index.offsets[b]!;
    if (count < bestCount) {
      bestCount = count;
      bestAt = j;
    }
  }
  if (bestCount > budget) return null;
  const b = bucketOf(piece.charCodeAt(bestAt), piece.charCodeAt(bestAt + 1));
  const out: number[] = [];
  for (let k = index.offsets[b]!; k < index.offsets[b + 1]!; k++) {
    const at = index.positions[k]! - bestAt;
    if (at >= 0 && index.text.startsWith(piece, at)) out.push(at);
  }
  return out;
}
