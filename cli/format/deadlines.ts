/**
 * Deadlines for readers: Chinese type labels, the day a deadline falls on (and whether the
 * engine worked it out), and the task written around it.
 */
import { daysBetween, firstDay, lastDay } from '../../lib/extract/dates.ts';
import type { DeadlineAnnotation, DeadlineType, ExtractionResult } from '../../lib/schema.ts';
import { clip, clipStart, tidy } from '../../lib/view/tidy.ts';

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

const SENTENCE_END = /[。；;！!？?]/;
/** An attribution bracket: （区政府办公室牵头，区财政局配合）. Its units have their own column. */
const ATTRIBUTION = /[（(][^（()）]{0,60}?(?:牵头|负责|配合|参与|协助|会同|单位[:：]|部门[:：])/;

/**
 * The task around a deadline, in its own words, whitespace tidied. Chinese documents put the
 * task after a deadline that opens a clause (2020年9月底前，完成职能、编制、人员调整工作) and
 * around one inside a clause (各镇街应于每年12月20日前向区考核部门报送年度自查情况): so the
 * clause's beginning is kept only in the second case, up to `side` characters, and the rest of
 * the sentence after it, up to `side` characters and before any attribution in brackets.
 */
export function deadlineContext(text: string, a: { start: number; end: number }, side = 30): string {
  let before = tidy(text.slice(Math.max(0, a.start - side * 6), a.start));
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_END.test(before[i]!)) {
      cut = i;
      break;
    }
  }
  before = before.slice(cut + 1);
  // A closing attribution or a label ends what came before: …按职责分工负责)具体举措: 1.2022年底前
  const closed = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'), before.lastIndexOf(':'), before.lastIndexOf('：'));
  if (closed >= 0 && (/[:：]/.test(before[closed]!) || ATTRIBUTION.test(before.slice(Math.max(0, before.lastIndexOf('(', closed), before.lastIndexOf('（', closed)), closed + 1)))) {
    before = before.slice(closed + 1);
  }
  // An article or chapter heading starts the clause: 第六章 附则 第十九条 本办法… → 第十九条 本办法…
  const article = [...before.matchAll(/第[一二三四五六七八九十百零〇\d]+条/g)].pop();
  if (article) before = before.slice(article.index);
  before = before.replace(/^[\s，,、：:）)]+/, '');
  let after = tidy(text.slice(a.end, a.end + side * 6));
  const stop = after.search(SENTENCE_END);
  if (stop >= 0) after = after.slice(0, stop);
  const attribution = after.search(ATTRIBUTION);
  if (attribution >= 0) after = after.slice(0, attribution);
  after = after.replace(/[，,；;\s]+$/, '');
  // A deadline opening a clause is followed by its task (2020年9月底前，完成…): the clauses
  // before it are another matter. One that ends its sentence (…，实施期限为…) keeps them.
  if ((after && /[，,：:]\s*$/.test(before)) || /^\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})?[.、．]?\s*$/.test(before)) before = '';
  return `${clipStart(before, side)}${tidy(text.slice(a.start, a.end))}${clip(after, side)}`;
}
