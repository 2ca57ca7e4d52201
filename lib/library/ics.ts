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

type Day = [number, number, number];

function dayParts(iso: string): Day {
  const [y, m, d] = iso.split('-').map(Number) as Day;
  return [y, m, d];
}

function nextDay(iso: string): Day {
  const t = new Date(`${iso}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
}

const octets = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Refolds content lines at 75 octets without splitting a character. */
export function foldOctets(calendar: string): string {
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      let limit = 75;
      for (const ch of line) {
        const n = octets(ch.codePointAt(0)!);
        if (size + n > limit) {
          parts.push(current);
          current = '';
          size = 0;
          limit = 74;
        }
        current += ch;
        size += n;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

function event(w: WatchRecord): EventAttributes {
  const label = w.kind === 'expiry' ? `到期：${w.title ?? w.text}` : `期限：${w.text}`;
  const doc = [w.title, w.docnum].filter(Boolean).join(' ');
  return {
    start: dayParts(w.due),
    end: nextDay(w.due),
    startInputType: 'local',
    startOutputType: 'local',
    title: w.kind === 'deadline' && doc ? `${label} — ${w.title ?? w.docnum}` : label,
    description: [w.kind === 'expiry' ? `有效期至 ${w.due}` : `期限：${w.text}`, doc ? `文件：${doc}` : null, `网页：${w.url}`]
      .filter((l) => l !== null)
      .join('\n'),
    uid: `${w.id}@gazette-lens`,
    categories: [w.kind === 'expiry' ? '到期' : '期限'],
    transp: 'TRANSPARENT',
  };
}

/** The calendar text for these watches (soonest first). */
export function watchesToIcs(watches: WatchRecord[]): string {
  const sorted = [...watches].sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
  const { error, value } = createEvents(sorted.map(event), { productId: 'gazette-lens', calName: '公文期限（Gazette Lens）' });
  if (error || value === undefined || value === null) throw new LibraryError('calendar', `could not build the calendar: ${error?.message ?? 'unknown error'}`);
  return foldOctets(value);
}

export async function exportIcs(db: LibraryDb): Promise<string> {
  return watchesToIcs((await db.watches.toArray()).map(toWatch));
}
