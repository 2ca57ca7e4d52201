/** ISO dates from the parts a Chinese date is written in, at the precision written. */

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function valid(y: number, m?: number, d?: number): boolean {
  if (y < 1900 || y > 2200) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "2022", "2022-09" or "2022-09-30"; null when the parts are not a real date. */
export function isoDate(year: string | number, month?: string | number, day?: string | number): string | null {
  const y = Number(year);
  const m = month === undefined || month === '' ? undefined : Number(month);
  const d = day === undefined || day === '' ? undefined : Number(day);
  if (!valid(y, m, d)) return null;
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad2(m)}`;
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/** The last day a partial ISO date covers: "2022" → "2022-12-31", "2022-02" → "2022-02-28". */
export function lastDay(partial: string): string {
  if (partial.length >= 10) return partial;
  const y = Number(partial.slice(0, 4));
  if (partial.length >= 7) {
    const m = Number(partial.slice(5, 7));
    return `${y}-${pad2(m)}-${pad2(daysInMonth(y, m))}`;
  }
  return `${y}-12-31`;
}

/** Days from ISO day `from` to ISO day `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Days since 1970-01-01 of an ISO day (YYYY, YYYY-MM or YYYY-MM-DD: its first day), read from its digits. */
function dayNumber(day: string): number {
  const y = Number(day.slice(0, 4));
  const m = day.length >= 7 ? Number(day.slice(5, 7)) : 1;
  const d = day.length >= 10 ? Number(day.slice(8, 10)) : 1;
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** ISO day plus a count of days, months or years (months clamp to the month's end). */
export function addToDay(day: string, n: number, unit: 'day' | 'month' | 'year'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (unit === 'day') {
    const t = new Date(Date.UTC(y, m - 1, d + n));
    return t.toISOString().slice(0, 10);
  }
  const months = unit === 'month' ? n : n * 12;
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  return `${ny}-${pad2(nm)}-${pad2(Math.min(d, daysInMonth(ny, nm)))}`;
}

/** The first day a partial ISO date covers: "2022" → "2022-01-01", "2022-09" → "2022-09-01". */
export function firstDay(partial: string): string {
  const [y, m, d] = partial.split('-');
  return `${y}-${m ?? '01'}-${d ?? '01'}`;
}
