/**
 * Resolves relative deadlines against the document's own date (成文日期) into `resolvedDate`
 * (the last day the limit allows) with `resolvedFrom` saying how. `date` keeps the
 * precision written; this only adds.
 *   次年2月底前 → the February after the document's year; 年底前 → that year's 31 December;
 *   自印发之日起30日内 → date of signature + 30 days; 自印发之日起施行 → the date of signature;
 *   有效期5年 → the effective date + 5 years − 1 day.
 */
import type { DeadlineAnnotation } from '../schema.ts';
import { normalise } from '../text/normalise.ts';
import { addToDay, daysBetween, daysInMonth, firstDay, isoDate, lastDay } from './dates.ts';

export interface DocumentDates {
  signedDate: string | null;
  /** Effective date already known in the document (first day), for 有效期N年. */
  effectiveDay: string | null;
}

const ISSUE_ANCHOR = /印发|发布|公布|签发|下发|施行/;

/** Words right before a relative point that tie it to another event (规划期结束后次年…, 检查年的…). */
const EVENT_BEFORE = /(?:结束|期满|届满|终了|完成|验收|检查)(?:后|年)?的?$/;

/**
 * `norm` is the deadline's text normalised and `normBefore` the normalised text right before it
 * (the pipeline passes slices of its text model; without them they are computed here).
 */
export function resolveDeadline(
  d: DeadlineAnnotation,
  doc: DocumentDates,
  before = '',
  norm?: { text: string; before: string },
): Pick<DeadlineAnnotation, 'resolvedDate' | 'resolvedFrom'> {
  if (d.date) {
    return d.type === 'effective'
      ? { resolvedDate: firstDay(d.date), resolvedFrom: '文中日期' }
      : { resolvedDate: lastDay(d.date), resolvedFrom: '文中日期' };
  }
  const t = norm ? norm.text : normalise(d.text).norm;
  const signed = doc.signedDate;
  if (d.type === 'expiry') {
    const m = /(\d+)(个月|年)/.exec(t);
    if (m && /有效期|为期/.test(t) && doc.effectiveDay) {
      const end = addToDay(addToDay(doc.effectiveDay, Number(m[1]), m[2] === '年' ? 'year' : 'month'), -1, 'day');
      return { resolvedDate: end, resolvedFrom: `自施行日 ${doc.effectiveDay} 起算` };
    }
    return {};
  }
  if (!signed) return {};
  const year = Number(signed.slice(0, 4));
  const from = `按成文日期 ${signed} 推算`;
  if (d.type === 'effective') {
    const month = /^(\d{1,2})月份?起/.exec(t);
    if (month) return notBefore(signed, isoDate(year, Number(month[1]), 1), from);
    return ISSUE_ANCHOR.test(t) ? { resolvedDate: signed, resolvedFrom: from } : {};
  }
  if (d.type === 'duration') {
    const m = /(?:印发|发布|公布|签发|下发)之日起(\d+)(个)?(日|天|月|年)(?:以)?内/.exec(t);
    if (!m) return {};
    const unit = m[3] === '年' ? 'year' : m[3] === '月' ? 'month' : 'day';
    return { resolvedDate: addToDay(signed, Number(m[1]), unit), resolvedFrom: from };
  }
  // deadline: relative points; recurring ones (每年…) have no single date, and points
  // relative to another event (规划期结束后次年…, 期中检查年的2月底前) cannot be placed.
  if (/每/.test(t) || EVENT_BEFORE.test(norm ? norm.before : normalise(before).norm)) return {};
  if (!/^(?:次年|明年|今年|当年|本年度?|年底|年末|\d{1,2}月)/.test(t)) return {};
  let y = year;
  if (/次年|明年/.test(t)) y = year + 1;
  const md = /(\d{1,2})月(?:(\d{1,2})日)?/.exec(t);
  if (md) {
    const month = Number(md[1]);
    const day = md[2] ? Number(md[2]) : month >= 1 && month <= 12 ? daysInMonth(y, month) : 0;
    return notBefore(signed, isoDate(y, month, day), from);
  }
  if (/年底|年末/.test(t)) return notBefore(signed, `${y}-12-31`, from);
  return {};
}

/** A date worked out to fall before the document was signed is not the one meant: none. */
function notBefore(signed: string, iso: string | null, from: string): Pick<DeadlineAnnotation, 'resolvedDate' | 'resolvedFrom'> {
  return iso && iso >= signed ? { resolvedDate: iso, resolvedFrom: from } : {};
}

/**
 * A time point that had passed when the document was signed is not a limit the document sets but
 * a description: a phase end (2020年底，全国农村自来水普及率达到83%) at once, a point with 前
 * more than a year before (建成于2000年底前的住宅小区; nearer ones may be a late-printed notice's).
 */
export function isPastAtSigning(d: DeadlineAnnotation, signedDate: string | null): boolean {
  if (d.type !== 'deadline' || !d.date || !signedDate) return false;
  const past = daysBetween(lastDay(d.date), signedDate);
  return /前$/.test(d.text.replace(/\s+/g, '')) ? past > 366 : past > 0;
}
