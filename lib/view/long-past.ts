/**
 * An old gazette's deadlines, said once: when every dated limit of a document (its deadlines,
 * durations and expiries; start dates aside) fell due more than LONG_PAST_DAYS ago, the outline
 * says 「本文件的 15 个期限均已于 2020-12-31 前到期」 and shows the dates calmly instead of a column of
 * red 「已逾期 2283 天」. Red stays for what is overdue and still matters (a watched deadline).
 */
import type { ItemView } from './page-view.ts';

export const LONG_PAST_DAYS = 30;

/** The limits that can be overdue: dated, and not a start (施行). */
function isLimit(it: ItemView): boolean {
  return it.annotation.kind === 'deadline' && it.annotation.type !== 'effective' && it.due !== null && it.daysLeft !== null;
}

/** How many limits the timeline holds and the last of their days, when all are long past; else null. */
export function longPast(timeline: readonly ItemView[]): { count: number; last: string } | null {
  const limits = timeline.filter(isLimit);
  if (!limits.length || limits.some((it) => it.daysLeft! >= -LONG_PAST_DAYS)) return null;
  const last = limits.reduce((m, it) => (it.due! > m ? it.due! : m), limits[0]!.due!);
  return { count: limits.length, last };
}
