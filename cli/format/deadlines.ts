/**
 * Deadlines for readers: Chinese type labels, the day a deadline falls on (and whether the
 * engine worked it out), and the task written around it.
 */
import { daysBetween, firstDay, lastDay } from '../../lib/extract/dates.ts';
import type { DeadlineAnnotation, DeadlineType, ExtractionResult } from '../../lib/schema.ts';

export const TYPE_LABEL: Record<DeadlineType, string> = {
  effective: '施行',
  expiry: '失效',
  deadline: '完成时限',
  duration: '办理时限',
};

/**
 * The day a deadline falls on: the engine's resolvedDate, else the written date (first day
 * of the period for a start of validity, last day for everything else); null when undated.
 */
export function dueDay(a: DeadlineAnnotation): string | null {
  if (a.resolvedDate) return a.resolvedDate;
  if (!a.date) return null;
  return a.type === 'effective' ? firstDay(a.date) : lastDay(a.date);
}

/** The day was worked out by the engine, not written in the text. */
export function isInferred(a: DeadlineAnnotation): boolean {
  return !a.date && a.resolvedDate !== undefined;
}

/**
 * dueDay, except a worked-out day earlier than the document's own date of signature, which
 * cannot be right (在期中检查年的2月底前 is not February of the signing year): null.
 */
export function trustedDay(a: DeadlineAnnotation, result: ExtractionResult): string | null {
  const day = dueDay(a);
  if (!day || !isInferred(a) || a.type === 'effective') return day;
  const signed = a.document !== undefined ? result.documents[a.document]?.signedDate : null;
  return signed && day < signed ? null : day;
}

export function daysFrom(today: string, day: string): number {
  return daysBetween(today, day);
}

/**
 * Where a deadline stands on `today`, in a word: 未到期 / 今天到期 / 已过期 (a task's limit),
 * 有效 / 今天到期 / 已失效 (an expiry), 尚未施行 / 今天施行 / 已施行 (a start of validity);
 * 周期性 (每年12月20日前) or 无确定日期 when it falls on no day.
 */
export function dayStatus(a: Pick<DeadlineAnnotation, 'text' | 'type'>, day: string | null, today: string): string {
  if (!day) return /每/.test(a.text) ? '周期性' : '无确定日期';
  const n = daysFrom(today, day);
  if (a.type === 'effective') return n > 0 ? '尚未施行' : n === 0 ? '今天施行' : '已施行';
  if (n === 0) return '今天到期';
  if (a.type === 'expiry') return n > 0 ? '有效' : '已失效';
  return n > 0 ? '未到期' : '已过期';
}

export { deadlineContext } from '../../lib/view/deadline-context.ts';
