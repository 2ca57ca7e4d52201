/**
 * Builds the text model (model.ts) in one pass over the input:
 * - spaces and line breaks are dropped (PDF lines break mid-phrase, dates are written
 *   `2025 年 10 月 31 日`); tabs and paragraph separators (U+2029), which separate table
 *   cells and page blocks, become one '\n', a hard boundary no pattern crosses;
 * - full-width digits, letters and punctuation fold to ASCII, 〔〕 and 【】 stay;
 * - Chinese numerals directly followed by a time or count word become Arabic (二〇二〇年 → 2020年,
 *   三十日 → 30日);
 * - traditional characters of the keywords and suffixes fold to simplified (variants.ts).
 */
import type { TextModel } from './model.ts';
import { foldChar } from './variants.ts';
import { isNumeralChar, numeralToArabic } from './numerals.ts';

/** Words after which a run of Chinese numerals is read as a number. */
const NUMERAL_FOLLOWERS = new Set('年月日号號个個天周週小时時条條项項批次季度倍万萬亿億元名人');

function isDroppedSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 ||
    c === 0x3000 || c === 0x2028 || c === 0xfeff || c === 0x200b || c === 0x200c ||
    c === 0x200d || c === 0x2060 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f
  );
}

function isHardBreak(c: number): boolean {
  return c === 0x09 || c === 0x2029;
}

export function normalise(original: string): TextModel {
  const n = original.length;
  const out: number[] = [];
  const srcStart = new Int32Array(n + 8);
  const srcEnd = new Int32Array(n + 8);
  const soft = new Uint8Array(n + 8);
  // Growable only in the rare case that numerals expand (十 → 10).
  let cap = n + 8;
  let starts = srcStart;
  let ends = srcEnd;
  let softs = soft;
  let pendingSoft = 0;
  let lastWasHard = false;

  const push = (code: number, from: number, to: number): void => {
    const k = out.length;
    if (k >= cap) {
      cap = cap * 2;
      const s2 = new Int32Array(cap); s2.set(starts); starts = s2;
      const e2 = new Int32Array(cap); e2.set(ends); ends = e2;
      const f2 = new Uint8Array(cap); f2.set(softs); softs = f2;
    }
    out.push(code);
    starts[k] = from;
    ends[k] = to;
    softs[k] = pendingSoft;
    pendingSoft = 0;
  };

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (isDroppedSpace(c)) {
      pendingSoft = 1;
      i++;
      continue;
    }
    if (isHardBreak(c)) {
      if (!lastWasHard) push(0x0a, i, i + 1);
      lastWasHard = true;
      pendingSoft = 0;
      i++;
      continue;
    }
    lastWasHard = false;
    // A run of Chinese numerals followed (possibly after spaces) by a time or count word.
    if (c >= 0x25cb && isNumeralChar(original[i]!)) {
      let j = i;
      let run = '';
      while (j < n && run.length < 9 && isNumeralChar(original[j]!)) {
        run += original[j];
        j++;
      }
      let k = j;
      while (k < n && isDroppedSpace(original.charCodeAt(k))) k++;
      const arabic = k < n && NUMERAL_FOLLOWERS.has(original[k]!) ? numeralToArabic(run) : null;
      if (arabic !== null) {
        for (let d = 0; d < arabic.length; d++) push(arabic.charCodeAt(d), i, j);
        i = j;
        continue;
      }
    }
    // Keep surrogate pairs together (and lone surrogates as they are).
    push(foldChar(c), i, i + 1);
    i++;
  }
  let norm = '';
  const CHUNK = 8192;
  for (let k = 0; k < out.length; k += CHUNK) {
    norm += String.fromCharCode.apply(null, out.slice(k, k + CHUNK));
  }
  return {
    original,
    norm,
    srcStart: starts.subarray(0, out.length),
    srcEnd: ends.subarray(0, out.length),
    softBreakBefore: softs.subarray(0, out.length),
  };
}
