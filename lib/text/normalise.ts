/**
 * Builds the text model (model.ts) in one pass over the input:
 * - spaces and line breaks are dropped (PDF lines break mid-phrase, dates are written
 *   `2025 年 10 月 31 日`); tabs and paragraph separators (U+2029), which separate table
 *   cells and page blocks, become one '\n', a hard boundary no pattern crosses;
 * - full-width digits, letters and punctuation fold to ASCII, 〔〕 and 【】 stay;
 * - Chinese numerals directly followed by a time or count word become Arabic (二〇二〇年 → 2020年,
 *   三十日 → 30日);
 * - traditional characters of the keywords and suffixes fold to simplified (variants.ts).
 * Typed arrays and table lookups only: this runs over every page the extension reads.
 */
import type { TextModel } from './model.ts';
import { FOLD as FOLD_TABLE } from './variants.ts';
import { isNumeralCode, numeralToArabic } from './numerals.ts';

/** Words after which a run of Chinese numerals is read as a number (a table: looked up per run). */
const NUMERAL_FOLLOWERS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (const ch of '年月日号號个個天周週小时時条條项項批次季度倍万萬亿億元名人') t[ch.charCodeAt(0)] = 1;
  return t;
})();

/** Builds the normalised string from its code units in one native call. */
const UTF16 = new TextDecoder('utf-16le');

/**
 * The fold table held in this module: read per character, and an imported binding can cost a
 * property lookup per read where modules are transpiled to CommonJS (tsx, the command line).
 */
const FOLD: Uint16Array = FOLD_TABLE;

/** The folded characters the model marks (with its hard breaks): what bracketed groups and sentences turn on. */
const MARKED = '()。';

/**
 * 1 = dropped space or line break, 2 = hard break (tab, paragraph separator), 3 = may start a
 * numeral, 4 = kept and marked (folds to a bracket or a full stop: see TextModel.marks).
 */
const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (MARKED.includes(String.fromCharCode(FOLD[c]!))) t[c] = 4;
  for (const c of [0x20, 0x0a, 0x0d, 0x0b, 0x0c, 0xa0, 0x3000, 0x2028, 0xfeff, 0x200b, 0x200c, 0x200d, 0x2060, 0x202f, 0x205f]) t[c] = 1;
  for (let c = 0x2000; c <= 0x200a; c++) t[c] = 1;
  t[0x09] = 2;
  t[0x2029] = 2;
  for (let c = 0; c < 0x10000; c++) if (isNumeralCode(c)) t[c] = 3;
  return t;
})();

/**
 * The code units of the normalised text are built here and decoded once: a buffer kept between
 * calls (up to 8 MB; a larger text gets a buffer of its own, dropped afterwards).
 */
let scratch = new Uint16Array(1024);
const SCRATCH_KEPT = 1 << 22;

/** A copy of the array with twice the room. */
function doubled(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

export function normalise(original: string): TextModel {
  // Each character gives at most one code unit, except a run of numerals read as a longer number
  // (十日 → 10日): when the room runs out, the pass starts again with twice as much.
  for (let cap = original.length + 16; ; cap *= 2) {
    const model = normaliseWithin(original, cap);
    if (model) return model;
  }
}

/** The text model in buffers of `cap` code units; null when the normalised text would not fit. */
function normaliseWithin(original: string, cap: number): TextModel | null {
  const n = original.length;
  if (scratch.length < cap && cap <= SCRATCH_KEPT) scratch = new Uint16Array(Math.min(SCRATCH_KEPT, Math.max(cap, scratch.length * 2)));
  const out = scratch.length >= cap ? scratch : new Uint16Array(cap);
  const starts = new Int32Array(cap);
  const softs = new Uint8Array(cap);
  const runEnd = new Map<number, number>();
  let marks = new Int32Array(Math.max(64, n >> 4));
  let breaks = new Int32Array(Math.max(64, n >> 3));
  let b = 0;
  let m = 0;
  let k = 0;
  let pendingSoft = 0;
  let lastWasHard = false;

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const cls = CLASS[c]!;
    if (cls === 0) {
      // Most characters: kept, folded.
      if (k >= cap) return null;
      out[k] = FOLD[c]!; starts[k] = i;
      if (pendingSoft !== 0) {
        softs[k] = pendingSoft; // zero-filled: only soft breaks are written
        pendingSoft = 0;
      }
      lastWasHard = false;
      k++;
      i++;
      continue;
    }
    if (cls === 1) {
      // 2 for a line break, 1 for a space (letter-spaced titles are not line ends).
      if (c === 0x0a) {
        pendingSoft = 2;
        if (b + 2 > breaks.length) breaks = doubled(breaks);
        breaks[b++] = i;
        breaks[b++] = k;
      } else if (c === 0x0d || c === 0x2028) pendingSoft = 2;
      else if (pendingSoft === 0) pendingSoft = 1;
      i++;
      continue;
    }
    if (cls === 2) {
      if (!lastWasHard) {
        if (k >= cap) return null;
        if (m === marks.length) marks = doubled(marks);
        marks[m++] = k;
        out[k] = 0x0a; starts[k] = i; softs[k] = 0; k++;
      }
      lastWasHard = true;
      pendingSoft = 0;
      i++;
      continue;
    }
    lastWasHard = false;
    if (cls === 4) {
      if (m === marks.length) marks = doubled(marks);
      marks[m++] = k;
    } else {
      // cls 3: a run of Chinese numerals followed (possibly after spaces) by a time or count word.
      // The run may be broken by a line break or spaces (二〇二四年十二月三⏎十一日前).
      // Class checks first; the run is spelt out only when a count word follows it.
      let j = i;
      let digits = 0;
      while (j < n && digits < 9) {
        const cj = CLASS[original.charCodeAt(j)];
        if (cj === 3) {
          digits++;
          j++;
          continue;
        }
        let s = j;
        while (s < n && CLASS[original.charCodeAt(s)] === 1) s++;
        if (cj === 1 && s < n && CLASS[original.charCodeAt(s)] === 3) {
          j = s;
          continue;
        }
        break;
      }
      let f = j;
      while (f < n && CLASS[original.charCodeAt(f)] === 1) f++;
      let arabic: string | null = null;
      if (f < n && NUMERAL_FOLLOWERS[original.charCodeAt(f)] === 1) {
        let run = '';
        for (let r = i; r < j; r++) if (CLASS[original.charCodeAt(r)] === 3) run += original[r];
        arabic = numeralToArabic(run);
      }
      if (arabic !== null) {
        if (k + arabic.length > cap) return null;
        for (let d = 0; d < arabic.length; d++) {
          out[k] = arabic.charCodeAt(d); starts[k] = i; if (j !== i + 1) runEnd.set(k, j); softs[k] = d === 0 ? pendingSoft : 0; k++;
        }
        pendingSoft = 0;
        // A line break inside the run (三⏎十一日): the run's digits stay with the line it starts on.
        for (let r = i; r < j; r++) {
          if (original.charCodeAt(r) !== 0x0a) continue;
          if (b + 2 > breaks.length) breaks = doubled(breaks);
          breaks[b++] = r;
          breaks[b++] = k;
        }
        i = j;
        continue;
      }
    }
    if (k >= cap) return null;
    out[k] = FOLD[c]!; starts[k] = i;
    if (pendingSoft) softs[k] = pendingSoft;
    k++;
    pendingSoft = 0;
    i++;
  }
  const norm = UTF16.decode(out.subarray(0, k));
  return {
    original,
    norm,
    srcStart: starts.subarray(0, k),
    runEnd,
    softBreakBefore: softs.subarray(0, k),
    marks: marks.subarray(0, m),
    lineBreaks: breaks.subarray(0, b),
  };
}
