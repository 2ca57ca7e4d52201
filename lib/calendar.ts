/**
 * What the two calendar exports share (the command line's deadlines, the library's watches):
 * an all-day event's dates for the `ics` package, and folding at 75 octets (RFC 5545) — the
 * package folds by characters, which splits Chinese lines past the limit.
 */
import type { EventAttributes } from 'ics';

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

/** The start and (exclusive) end of an all-day event on the ISO day. */
export function allDay(iso: string): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: Day } {
  return { start: dayParts(iso), end: nextDay(iso), startInputType: 'local', startOutputType: 'local' };
}

/** UTF-8 length of one code point. */
function octets(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** Refolds content lines at 75 octets, never inside a character. */
export function foldOctets(calendar: string): string {
  const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map((line) => {
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
        limit = 74; // continuation lines start with a space
      }
      current += ch;
      size += n;
    }
    parts.push(current);
    return parts.join('\r\n ');
  }).join('\r\n');
}
