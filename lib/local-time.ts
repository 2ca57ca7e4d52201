/**
 * Times as the reader's clock shows them. Records store UTC ISO strings (`…Z`); what a reader
 * sees — the library's 最近阅读, a note's 更新时间, the Markdown export's 导出时间 — is local
 * time, and the JSON export's own stamp is ISO with the local offset (2026-12-02T05:43:00+08:00),
 * which reads the same to a person and to a parser.
 */
const p2 = (n: number): string => String(n).padStart(2, '0');

function valid(iso: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** `YYYY-MM-DD HH:MM` in local time; the input unchanged when it is not an ISO date-time. */
export function localDateTime(iso: string): string {
  const d = valid(iso);
  return d ? `${localDay(d)} ${p2(d.getHours())}:${p2(d.getMinutes())}` : iso;
}

/** `YYYY-MM-DD` of a Date (or ISO date-time) in local time. */
export function localDay(at: Date | string): string {
  const d = typeof at === 'string' ? valid(at) : at;
  if (!d) return String(at);
  return `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}`;
}

/** An ISO date-time with the local offset instead of Z: 2026-12-02T05:43:20+08:00. */
export function localIso(d: Date = new Date()): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  return `${localDay(d)}T${p2(d.getHours())}:${p2(d.getMinutes())}:${p2(d.getSeconds())}${sign}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}
