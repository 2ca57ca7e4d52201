/**
 * Watches as an iCalendar file (through the `ics` package): one all-day event per watch,
 * 到期：title for an expiry, 期限：text for a deadline, with the document's number, title
 * and page in the description. UIDs come from the watch ids, so importing the file again
 * updates the events instead of duplicating them. No watches: a valid calendar with no event.
 * Lines are folded at 75 octets, never inside a character (RFC 5545; the package folds by
 * characters).
 */
import { createEvents, type EventAttributes } from 'ics';
import type { LibraryDb } from './db.ts';
import { LibraryError } from './errors.ts';
import { toWatch } from './repo.ts';
import type { WatchRecord } from './types.ts';
import { allDay, foldOctets } from '../calendar.ts';
import { DEFAULT_REMINDER_DAYS } from '../platform/reminders.ts';

export { foldOctets };

/**
 * A reminder N days before the day, at 09:00 (an all-day event starts at midnight: N days
 * before is N−1 days and 15 hours before it; on the day itself, 9 hours after).
 */
function alarm(days: number, title: string): NonNullable<EventAttributes['alarms']>[number] {
  const trigger = days === 0 ? { hours: 9, before: false } : { days: days - 1, hours: 15, before: true };
  return { action: 'display', description: days === 0 ? `今天到期：${title}` : `还有 ${days} 天：${title}`, trigger };
}

function event(w: WatchRecord, reminderDays: readonly number[]): EventAttributes {
  const label = w.kind === 'expiry' ? `到期：${w.title ?? w.text}` : `期限：${w.text}`;
  const doc = [w.title, w.docnum].filter(Boolean).join(' ');
  return {
    alarms: [...new Set(reminderDays)].sort((a, b) => b - a).map((d) => alarm(d, label)),
    ...allDay(w.due),
    title: w.kind === 'deadline' && doc ? `${label} — ${w.title ?? w.docnum}` : label,
    description: [w.kind === 'expiry' ? `有效期至 ${w.due}` : `期限：${w.text}`, doc ? `文件：${doc}` : null, `网页：${w.url}`]
      .filter((l) => l !== null)
      .join('\n'),
    uid: `${w.id}@gazette-lens`,
    categories: [w.kind === 'expiry' ? '到期' : '期限'],
    transp: 'TRANSPARENT',
  };
}

/** The calendar text for these watches (soonest first), each with a reminder at the reader's reminder days. */
export function watchesToIcs(watches: WatchRecord[], reminderDays: readonly number[] = DEFAULT_REMINDER_DAYS): string {
  const sorted = [...watches].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const { error, value } = createEvents(sorted.map((w) => event(w, reminderDays)), { productId: 'gazette-lens', calName: '公文期限（Gazette Lens）' });
  if (error || value === undefined || value === null) throw new LibraryError('calendar', `could not build the calendar: ${error?.message ?? 'unknown error'}`);
  return foldOctets(value);
}

export async function exportIcs(db: LibraryDb, reminderDays: readonly number[] = DEFAULT_REMINDER_DAYS): Promise<string> {
  return watchesToIcs((await db.watches.toArray()).map(toWatch), reminderDays);
}
