/**
 * The form in which anchoring compares texts. Whitespace and line breaks are dropped: PDF
 * text breaks lines mid-phrase, and a page re-rendered, re-flowed or re-extracted breaks them
 * elsewhere, while the words stay the same. Every other character is folded one to one with
 * the extractors' table (lib/text/variants.ts): full-width and half-width forms, （，） and
 * (,), and the traditional forms of the keywords compare equal. Nothing else is folded
 * (numerals stay as written): each kept character maps back to exactly one character of the
 * original, so a match in the folded text is a span of the original, never part of one.
 */
import { FOLD } from '../text/variants.ts';

/** Spaces, line breaks, tabs, and the invisible characters that stand between words. */
const DROP: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const c of [0x20, 0x85, 0xa0, 0xad, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff]) t[c] = 1;
  for (let c = 0x09; c <= 0x0d; c++) t[c] = 1;
  for (let c = 0x2000; c <= 0x200d; c++) t[c] = 1;
  return t;
})();

export interface Folded {
  /** The text as given. */
  readonly original: string;
  /** The folded text, without whitespace. */
  readonly norm: string;
  /** For each code unit of `norm`, its offset in `original`. */
  readonly src: Int32Array;
}

export function fold(original: string): Folded {
  const n = original.length;
  const out = new Uint16Array(n);
  const src = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = original.charCodeAt(i);
    if (DROP[c] === 1) continue;
    out[k] = FOLD[c]!;
    src[k] = i;
    k++;
  }
  let norm = '';
  const CHUNK = 8192;
  for (let p = 0; p < k; p += CHUNK) {
    norm += String.fromCharCode.apply(null, out.subarray(p, Math.min(k, p + CHUNK)) as unknown as number[]);
  }
  return { original, norm, src: src.subarray(0, k) };
}

/** The original span of the folded span [from, to) (from < to). */
export function toOriginal(f: Folded, from: number, to: number): { start: number; end: number } {
  return { start: f.src[from]!, end: f.src[to - 1]! + 1 };
}
