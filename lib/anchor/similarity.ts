/**
 * How well a recorded context still matches the text beside a candidate place.
 * The context must touch the place (the prefix ends where the candidate starts, the suffix
 * begins where it ends); how far it reaches on the other side is free, so text inserted
 * between the context and the quote costs one error per character and nothing more.
 */

let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Edit distance between `want` and the best stretch of `text` that starts at `at` and reads
 * forwards (`dir` = 1), or ends at `at` and reads backwards (`dir` = -1), comparing the
 * characters nearest `at` first. Looks at most `want.length * 1.5 + 2` characters away.
 */
function anchoredDistance(want: string, text: string, at: number, dir: 1 | -1): number {
  const m = want.length;
  if (m === 0) return 0;
  const reach = m + (m >> 1) + 2;
  const n = dir === 1 ? Math.min(reach, text.length - at) : Math.min(reach, at);
  if (prev.length < m + 1) {
    prev = new Int32Array(m + 1);
    cur = new Int32Array(m + 1);
  }
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = m;
  for (let j = 1; j <= n; j++) {
    const tc = text.charCodeAt(dir === 1 ? at + j - 1 : at - j);
    cur[0] = j;
    for (let i = 1; i <= m; i++) {
      const wc = want.charCodeAt(dir === 1 ? i - 1 : m - i);
      const sub = prev[i - 1]! + (wc === tc ? 0 : 1);
      const del = prev[i]! + 1;
      const ins = cur[i - 1]! + 1;
      cur[i] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    if (cur[m]! < best) best = cur[m]!;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return best;
}

/** Errors of `prefix` against the text ending at `at`. */
export const prefixErrors = (text: string, at: number, prefix: string): number => anchoredDistance(prefix, text, at, -1);

/** Errors of `suffix` against the text starting at `at`. */
export const suffixErrors = (text: string, at: number, suffix: string): number => anchoredDistance(suffix, text, at, 1);

/** 1 − errors / length of `prefix` against the text ending at `at`; 1 for an empty prefix. */
export function prefixSimilarity(text: string, at: number, prefix: string): number {
  return prefix.length === 0 ? 1 : 1 - prefixErrors(text, at, prefix) / prefix.length;
}

/** 1 − errors / length of `suffix` against the text starting at `at`; 1 for an empty suffix. */
export function suffixSimilarity(text: string, at: number, suffix: string): number {
  return suffix.length === 0 ? 1 : 1 - suffixErrors(text, at, suffix) / suffix.length;
}
