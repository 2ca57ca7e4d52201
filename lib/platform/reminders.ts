/**
 * Which reminders are due (pure): a watch gets one reminder when it comes within each of the
 * configured day counts (default 30, 7 and 1 days ahead), once each; a reminder missed while
 * the browser was closed is sent late, and only the most urgent of those missed is shown.
 */
import { daysBetween } from '../extract/dates.ts';

export const DEFAULT_REMINDER_DAYS: readonly number[] = [30, 7, 1];
/** The badge counts what falls due within this many days. */
export const BADGE_DAYS = 7;

export interface Watchable {
  id: string;
  due: string;
  reminded: number[];
  text?: string;
  title?: string | null;
  kind?: string;
}

export interface DueReminder<W extends Watchable> {
  watch: W;
  /** The reminder being sent (e.g. 7 for "7 days ahead"). */
  day: number;
  /** Days left until it is due (0 = today). */
  daysLeft: number;
  /** Every reminder day this one settles (the missed larger ones too). */
  settles: number[];
}

export function remindersDue<W extends Watchable>(watches: readonly W[], today: string, reminderDays: readonly number[] = DEFAULT_REMINDER_DAYS): DueReminder<W>[] {
  const days = [...new Set(reminderDays.filter((d) => Number.isInteger(d) && d >= 0))].sort((a, b) => a - b);
  const out: DueReminder<W>[] = [];
  for (const watch of watches) {
    const left = daysBetween(today, watch.due);
    if (left < 0) continue;
    const reached = days.filter((d) => left <= d && !watch.reminded.includes(d));
    if (!reached.length) continue;
    out.push({ watch, day: reached[0]!, daysLeft: left, settles: reached });
  }
  return out;
}

/** How many watches fall due within BADGE_DAYS (today included). */
export function badgeCount(watches: readonly Watchable[], today: string): number {
  return watches.filter((w) => {
    const left = daysBetween(today, w.due);
    return left >= 0 && left <= BADGE_DAYS;
  }).length;
}

/** The notification's words. */
export function reminderText(r: { daysLeft: number; watch: Watchable }): { title: string; message: string } {
  const when = r.daysLeft === 0 ? '今天到期' : `还有 ${r.daysLeft} 天到期`;
  const what = r.watch.kind === 'expiry' ? '文件有效期' : '期限';
  return { title: `${what}${when}`, message: [r.watch.title, r.watch.text].filter(Boolean).join('\n') };
}
