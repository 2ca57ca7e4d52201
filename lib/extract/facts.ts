/**
 * Document facts: for each document of a gazette issue, its title, own number, issuer,
 * date of signature (成文日期), effective and expiry dates from its own validity clause, what
 * it repeals, and a validity status against a given today: 尚未生效 / 现行有效 / 即将到期
 * (within 90 days) / 已失效 / 未知.
 */
import type { DeadlineAnnotation, DocnumAnnotation, DocumentFacts, ValidityStatus } from '../schema.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import type { TextModel } from '../text/model.ts';
import { numeralToArabic } from '../text/numerals.ts';
import { findDocuments, type DocumentSpan, type Line } from './boundaries.ts';
import { daysBetween, firstDay, isoDate, lastDay } from './dates.ts';
import { DATE_LINE, compactFold } from './heading-lines.ts';
import { issuerOfSignature, issuerOfTitle, issuerOfTocTitle } from './issuer.ts';
import { repealsIn } from './repeals.ts';
import { isOwnValidity, windowStart } from './validity.ts';

export const EXPIRING_WITHIN_DAYS = 90;

function toNumber(s: string): string {
  return /^\d+$/.test(s) ? s : (numeralToArabic(s) ?? 'NaN');
}

/** Index of the first line starting at or after `offset`. */
function lineAt(ls: readonly Line[], offset: number): number {
  return lastAtOrBefore(ls.length, (k) => ls[k]!.start, offset - 1) + 1;
}

/** The date of signature: the first line of the document that is only a date, and its line index. */
export function signedDateIn(span: { start: number; textStart?: number; end: number; lines: readonly Line[] }): { date: string; line: number } | null {
  const ls = span.lines;
  for (let i = lineAt(ls, span.textStart ?? span.start); i < ls.length && ls[i]!.start < span.end; i++) {
    // A date line ends with 日 or its closing bracket: most lines are turned away by that.
    const c = ls[i]!.c;
    const last = c.charCodeAt(c.length - 1);
    if (last !== 0x65e5 /* 日 */ && last !== 0x29 /* ) */) continue;
    const m = DATE_LINE.exec(c);
    if (!m) continue;
    const date = isoDate(toNumber(m[1]!), toNumber(m[2]!), toNumber(m[3]!));
    if (date) return { date, line: i };
  }
  return null;
}

/** A decree printed with its promulgation in brackets: （2021年6月1日山东省人民政府令第340号公布…）. */
function promulgatedOn(text: string, span: DocumentSpan): { date: string; line: number } | null {
  const head = compactFold(text, span.start, Math.min(span.end, span.start + 400));
  const m = /(\d{4})年(\d{1,2})月(\d{1,2})日[^。()]{0,30}?令(?:\d{4}年)?第?\d{1,6}号公布/.exec(head);
  const date = m ? isoDate(m[1]!, m[2]!, m[3]!) : null;
  return date ? { date, line: -1 } : null;
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

export function documentSpans(text: string, model?: TextModel): DocumentSpan[] {
  return findDocuments(text, model);
}

/** Only spaces between the line's start and the number, and between it and the line's end (scans spaces only). */
function isAlone(text: string, d: { start: number; end: number }): boolean {
  const blank = (c: string): boolean => c === ' ' || c === '\t' || c === '\u3000' || c === '\r' || c === '\u00a0';
  let i = d.start - 1;
  while (i >= 0 && blank(text[i]!)) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = d.end;
  while (j < text.length && blank(text[j]!)) j++;
  return j >= text.length || text[j] === '\n';
}

/** The docnum annotations with a start in [a, b) (annotations sorted by start). */
function docnumsIn(docnums: readonly DocnumAnnotation[], a: number, b: number): DocnumAnnotation[] {
  const out: DocnumAnnotation[] = [];
  for (let k = lastAtOrBefore(docnums.length, (i) => docnums[i]!.start, a - 1) + 1; k < docnums.length && docnums[k]!.start < b; k++) out.push(docnums[k]!);
  return out;
}

/** The document's own number: under/above the title or the decree header, the table of contents, a running header. */
function ownNumber(text: string, span: DocumentSpan, docnums: readonly DocnumAnnotation[]): DocnumAnnotation | null {
  for (const l of span.numberLines) {
    const hit = docnumsIn(docnums, l.start, l.end).find((d) => d.end <= l.end);
    if (hit) return hit;
  }
  if (span.toc?.number) {
    const hit = docnumsIn(docnums, span.toc.number.start, span.toc.number.end + 1)[0];
    if (hit) return hit;
  }
  // Narrow-column gazettes print the own number only as a running header.
  return docnumsIn(docnums, span.textStart, span.end).find((d) => isAlone(text, d)) ?? null;
}

function issuerOf(text: string, span: DocumentSpan, own: DocnumAnnotation | null, signedLine: number | null, docnums: readonly DocnumAnnotation[]): string | null {
  if (span.decree && own?.form === 'decree') return own.issuer.replace(/令$/, '');
  if (span.title) {
    const fromTitle = issuerOfTitle(span.title, span.titleLines, text);
    if (fromTitle) return fromTitle;
  }
  // A title lost in the body: the table of contents names the document by its number.
  const sameNumber = (e: { number: { start: number; end: number } | null }): boolean =>
    !!e.number && !!own && docnumsIn(docnums, e.number.start, e.number.end + 1).some((d) => d.canonical === own.canonical);
  const toc = span.toc ?? span.tocAll.find(sameNumber);
  const fromToc = toc ? issuerOfTocTitle(toc.title) : null;
  if (fromToc) return fromToc;
  if (signedLine !== null) return issuerOfSignature(span.lines, signedLine, Math.max(0, lineAt(span.lines, span.textStart)));
  return null;
}

/** Effective and expiry from the document's own validity clauses (deadlines already resolved). */
function ownValidity(text: string, span: DocumentSpan, deadlines: readonly DeadlineAnnotation[]): { effective: string | null; expiry: string | null } {
  let effective: string | null = null;
  let expiry: string | null = null;
  for (let k = lastAtOrBefore(deadlines.length, (i) => deadlines[i]!.start, span.textStart - 1) + 1; k < deadlines.length && deadlines[k]!.start < span.end; k++) {
    const d = deadlines[k]!;
    if (!isOwnValidity(text, d, span.textStart)) continue;
    const date = d.date ?? d.resolvedDate ?? null;
    if (d.type === 'effective') {
      effective ??= date;
    } else if (!expiry && date) {
      expiry = date;
      effective ??= windowStart(d);
    }
  }
  return { effective, expiry };
}

/**
 * Effective, expiry and status again, once relative deadlines carry their resolvedDate (有效期N年
 * counted from the effective day); the other facts stay as they were.
 */
export function refreshValidity(documents: DocumentFacts[], spans: DocumentSpan[], input: FactsInput): DocumentFacts[] {
  return documents.map((doc, k) => {
    const { effective, expiry } = ownValidity(input.text, spans[k]!, input.deadlines);
    const { status, reason } = validity(effective, expiry, input.today);
    return { ...doc, effectiveDate: effective, expiryDate: expiry, status, statusReason: reason };
  });
}

/** Facts for each span; deadlines must already carry resolvedDate where it could be found. */
export function documentFacts(spans: DocumentSpan[], input: FactsInput): DocumentFacts[] {
  const { text, today } = input;
  return spans.map((span) => {
    const signed = signedDateIn(span) ?? (span.decree ? promulgatedOn(text, span) : null);
    const own = ownNumber(text, span, input.docnums);
    const { effective, expiry } = ownValidity(text, span, input.deadlines);
    const { status, reason } = validity(effective, expiry, today);
    return {
      start: span.start,
      end: span.end,
      titleStart: span.titleStart,
      title: span.title,
      docnum: own?.canonical ?? null,
      issuer: issuerOf(text, span, own, signed && signed.line >= 0 ? signed.line : null, input.docnums),
      signedDate: signed?.date ?? null,
      effectiveDate: effective,
      expiryDate: expiry,
      status,
      statusReason: reason,
      repeals: repealsIn(text, span.textStart, span.end, docnumsIn(input.docnums, span.textStart, span.end)),
    };
  });
}
