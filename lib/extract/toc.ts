/**
 * The table of contents (目录) of a gazette issue: its entries' titles and, where printed, their
 * numbers, so a document whose own number is only in the table of contents still gets it, and
 * one whose title is lost in the body can still be named by its issuer.
 *   - 威海市环翠区人民政府关于公布…的通知⏎（威环政字〔2020〕10号）.....（1）
 *   - 苏州市人民政府关于…的通知⏎苏府规字〔2024〕5号…………（2）
 *   - 青岛市城市供水条例实施办法（青岛市人民政府令第278号）……1
 *   - 柳州市人民政府关于…的批复（柳政函〔2023〕46⏎号）……（8）  (the number broken over the line end)
 */
import { leaderIn, isCompleteTitle, type Line } from './heading-lines.ts';
import { srcEndAt, type TextModel } from '../text/model.ts';

export interface TocEntry {
  /** Compact folded title, without a leading bullet, the number and the page. */
  title: string;
  /** Original span of the number, when the entry prints one. */
  number: { start: number; end: number } | null;
}

/** The end of a number inside a line (compact folded): 〔2020〕10号, 令第278号; its issuer is read back from there. */
const NUMBER_TAIL = /[〔[【(]\d{4}[〕\]】)]\d{1,6}号|令(?:\d{4}年)?第?\d{1,6}号/;

/** 威环政字〔2020〕10号, 青岛市人民政府令第278号 inside `c`: index and length, or null. */
function numberIn(c: string): { index: number; length: number } | null {
  const m = NUMBER_TAIL.exec(c);
  if (!m) return null;
  let a = m.index + (m[0][0] === '令' ? 1 : 0);
  const max = m[0][0] === '令' ? 24 : 14;
  while (a > 0 && m.index - a < max && /[\u4e00-\u9fff]/.test(c[a - 1]!)) a--;
  if (a === m.index + (m[0][0] === '令' ? 1 : 0)) return null;
  return { index: a, length: m.index + m[0].length - a };
}
const PAGE_NUMBER = /\(?\d{1,4}\)?$/;

export const tocPatterns: readonly RegExp[] = [NUMBER_TAIL, PAGE_NUMBER];

/** A line without its page number and dot leader: 关于…的通知……（12） → 关于…的通知. */
function withoutPage(c: string): string {
  let s = c.replace(PAGE_NUMBER, '');
  let k = s.length;
  while (k > 0 && '.…·-_'.includes(s[k - 1]!)) k--;
  if (k === s.length) return c; // no leader: the digits belong to the title
  s = s.slice(0, k);
  return s;
}

/** The original span of the compact match [a, b) in the line. */
function originalSpan(l: Line, a: number, b: number, model?: Pick<TextModel, 'srcStart' | 'runEnd'>): { start: number; end: number } {
  if (model && l.n >= 0) return { start: model.srcStart[l.n + a]!, end: srcEndAt(model, l.n + b - 1) };
  let k = 0;
  let start = l.start;
  let end = l.end;
  for (let i = 0; i < l.text.length; i++) {
    if (/\s/.test(l.text[i]!)) continue;
    if (k === a) start = l.start + i;
    if (k === b - 1) {
      end = l.start + i + 1;
      break;
    }
    k++;
  }
  return { start, end };
}

/**
 * Entries from the lines before the first document: a title on one or more lines, then its
 * number (in brackets or not) and the page, on the same line or the next.
 */
export function tocEntries(ls: Line[], upTo: number, model?: Pick<TextModel, 'srcStart' | 'runEnd'>): TocEntry[] {
  const out: TocEntry[] = [];
  let pending = '';
  let seenLeader = false;
  let prev: Line | null = null; // the line before, while it is part of the pending title
  for (let i = 0; i < upTo && i < ls.length; i++) {
    const l = ls[i]!;
    if (!pending) prev = null;
    const leader = leaderIn(l);
    seenLeader ||= leader;
    let c = l.c.replace(/^[-•·]+/, '');
    const m = numberIn(c);
    if (m) {
      const before = c.slice(0, m.index).replace(/\($/, '');
      // The lines above belong to this entry unless they were a complete title of their own.
      const title = (before.length >= 4 && (!pending || isCompleteTitle(pending)) ? before : pending + before).replace(/^[-•·]+/, '');
      const shift = l.c.length - c.length;
      if (title.length >= 4) out.push({ title, number: originalSpan(l, m.index + shift, m.index + m.length + shift, model) });
      pending = '';
      continue;
    }
    c = withoutPage(c);
    // A number broken over the line end: …的通知（紹政辦發〔2021〕⏎15號）……（10）.
    if (leader && prev && pending.endsWith(prev.c)) {
      const joined = prev.c + c;
      const j = numberIn(joined);
      if (j && j.index < prev.c.length && j.index + j.length > prev.c.length) {
        const before = pending.slice(0, pending.length - prev.c.length) + joined.slice(0, j.index).replace(/\($/, '');
        const title = before.replace(/^[-•·]+/, '');
        const a = originalSpan(prev, j.index, prev.c.length, model);
        const b = originalSpan(l, 0, j.index + j.length - prev.c.length, model);
        if (title.length >= 4) out.push({ title, number: { start: a.start, end: b.end } });
        pending = '';
        prev = l;
        continue;
      }
    }
    if (leader) {
      // A title with its page but no number.
      const title = (pending + c).replace(/^[-•·]+/, '');
      if (title.length >= 4) out.push({ title, number: null });
      pending = '';
      continue;
    }
    pending = /^【.*】$|^目录$/.test(c) ? '' : c.length <= 80 ? (pending.length < 120 ? pending + c : c) : '';
    if (/^(?:【.*】)$/.test(l.c)) pending = '';
    prev = pending ? l : null;
  }
  return seenLeader || out.some((e) => e.number) ? out : [];
}

/** The part of a title from 关于 on, for matching a table-of-contents title that omits the issuer. */
function fromAbout(t: string): string {
  const at = t.indexOf('关于');
  return at > 0 ? t.slice(at) : t;
}

/** The entry whose title is this document's (folded, compact); null if none matches. */
export function tocEntryFor(entries: TocEntry[], title: string): TocEntry | null {
  const t = title.replace(/[《》〈〉“”"]/g, '');
  for (const e of entries) {
    const et = e.title.replace(/[《》〈〉“”"]/g, '');
    if (et === t || fromAbout(et) === fromAbout(t) || (et.length >= 8 && t.endsWith(et)) || (t.length >= 8 && et.endsWith(t))) return e;
  }
  return null;
}
