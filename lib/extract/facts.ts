/**
 * Document facts: for each document of a gazette issue, its title, own number, issuer,
 * date of signature (成文日期), effective and expiry dates, and a validity status against
 * a given today: 尚未生效 / 现行有效 / 即将到期 (within 90 days) / 已失效 / 未知.
 */
import type { DeadlineAnnotation, DocnumAnnotation, DocumentFacts, ValidityStatus } from '../schema.ts';
import { findDocuments, lines, type DocumentSpan } from './boundaries.ts';
import { daysBetween, firstDay, isoDate, lastDay } from './dates.ts';
import { numeralToArabic } from '../text/numerals.ts';

export const EXPIRING_WITHIN_DAYS = 90;

/** A line that is only a date: 2022年10月15日, 2019 年 12月 9日, 二〇二〇年八月十日. */
const DATE_LINE = /^[（(]?(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日[)）]?$/;

function toNumber(s: string): string {
  return /^\d+$/.test(s) ? s : (numeralToArabic(s) ?? 'NaN');
}

const signedMemo = new WeakMap<object, { date: string; line: number } | null>();

/** The date of signature: the first line of the document that is only a date. */
export function signedDateIn(text: string, span: { start: number; end: number }): { date: string; line: number } | null {
  if (signedMemo.has(span)) return signedMemo.get(span)!;
  const found = findSignedDate(text, span);
  signedMemo.set(span, found);
  return found;
}

function findSignedDate(text: string, span: { start: number; end: number }): { date: string; line: number } | null {
  const ls = lines(text.slice(span.start, span.end));
  for (let i = 0; i < ls.length; i++) {
    const m = DATE_LINE.exec(ls[i]!.text.replace(/\s+/g, ''));
    if (!m) continue;
    const date = isoDate(toNumber(m[1]!), toNumber(m[2]!), toNumber(m[3]!));
    if (date) return { date, line: i };
  }
  return null;
}

function issuerOf(text: string, span: DocumentSpan, signedLine: number | null): string | null {
  const about = span.title?.search(/关于|關於/) ?? -1;
  if (span.title && about > 0) return span.title.slice(0, about);
  if (signedLine !== null && signedLine > 0) {
    const ls = lines(text.slice(span.start, span.end));
    const prev = ls[signedLine - 1]!.text.replace(/\s+/g, '');
    if (prev.length <= 30 && /(?:政府|办公室|办公厅|国务院|委员会|局|厅|部|委)$/.test(prev)) return prev;
  }
  return null;
}

export function validity(effective: string | null, expiry: string | null, today: string): { status: ValidityStatus; reason: string } {
  if (effective && daysBetween(today, firstDay(effective)) > 0) {
    return { status: '尚未生效', reason: `${firstDay(effective)} 起施行` };
  }
  if (expiry) {
    const last = lastDay(expiry);
    const left = daysBetween(today, last);
    if (left < 0) return { status: '已失效', reason: `有效期至 ${last}，已过 ${-left} 天` };
    if (left <= EXPIRING_WITHIN_DAYS) return { status: '即将到期', reason: `有效期至 ${last}，还剩 ${left} 天` };
    return { status: '现行有效', reason: `有效期至 ${last}，还剩 ${left} 天` };
  }
  if (effective) return { status: '现行有效', reason: `${firstDay(effective)} 起施行，文中未写明有效期` };
  return { status: '未知', reason: '文中未写明施行日期和有效期' };
}

export interface FactsInput {
  text: string;
  today: string;
  docnums: DocnumAnnotation[];
  deadlines: DeadlineAnnotation[];
}

export function documentSpans(text: string): DocumentSpan[] {
  return findDocuments(text);
}

/** Facts for each span; deadlines must already carry resolvedDate where it could be found. */
export function documentFacts(spans: DocumentSpan[], input: FactsInput): DocumentFacts[] {
  const { text, today } = input;
  return spans.map((span) => {
    const within = <T extends { start: number }>(a: T): boolean => a.start >= span.start && a.start < span.end;
    const signed = signedDateIn(text, span);
    let own: DocnumAnnotation | undefined;
    if (span.numberLine) own = input.docnums.find((d) => d.start >= span.numberLine!.start && d.end <= span.numberLine!.end);
    // Narrow-column gazettes print the own number only as a running header.
    own ??= input.docnums.find((d) => within(d) && isAlone(text, d));
    const deadlines = input.deadlines.filter(within);
    const eff = deadlines.find((d) => d.type === 'effective' && (d.date ?? d.resolvedDate));
    const exp = deadlines.find((d) => d.type === 'expiry' && (d.date ?? d.resolvedDate));
    const effectiveDate = eff ? (eff.date ?? eff.resolvedDate ?? null) : null;
    const expiryDate = exp ? (exp.date ?? exp.resolvedDate ?? null) : null;
    const { status, reason } = validity(effectiveDate, expiryDate, today);
    return {
      start: span.start,
      end: span.end,
      title: span.title,
      docnum: own?.canonical ?? null,
      issuer: issuerOf(text, span, signed?.line ?? null),
      signedDate: signed?.date ?? null,
      effectiveDate,
      expiryDate,
      status,
      statusReason: reason,
    };
  });
}

function isAlone(text: string, d: { start: number; end: number }): boolean {
  const before = text.lastIndexOf('\n', d.start - 1);
  const after = text.indexOf('\n', d.end);
  return text.slice(before + 1, d.start).trim() === '' && text.slice(d.end, after < 0 ? text.length : after).trim() === '';
}
