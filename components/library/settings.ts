/**
 * The options page's rules (pure): reading the reminder-day list and the user's host
 * patterns as typed, with the reason when they are not acceptable. Nothing here saves;
 * the settings themselves are lib/settings.
 */
import { parseHostPattern } from '../../lib/detect/hosts.ts';
import { MAX_REMINDER_DAYS } from '../../lib/settings/schema.ts';

export { MAX_REMINDER_DAYS };
export type { EngineSetting, KindColours, LanguageSetting } from '../../lib/settings/schema.ts';

export type DaysProblem = { problem: 'not-integer' | 'out-of-range' | 'too-many'; token: string };
export type DaysResult = { ok: true; days: number[] } | ({ ok: false } & DaysProblem);

/**
 * "30, 7, 1" → [30, 7, 1]: integers 0–365, separated by commas (半角或全角), 、 or spaces;
 * repeats dropped, largest first. An empty list is valid: no reminders.
 */
export function parseReminderDays(text: string): DaysResult {
  const tokens = text.normalize('NFKC').split(/[\s,、;]+/).filter(Boolean);
  const days: number[] = [];
  for (const token of tokens) {
    if (!/^\d+$/.test(token)) return { ok: false, problem: 'not-integer', token };
    const n = Number(token);
    if (n > MAX_REMINDER_DAYS) return { ok: false, problem: 'out-of-range', token };
    if (!days.includes(n)) days.push(n);
  }
  if (days.length > 20) return { ok: false, problem: 'too-many', token: String(days.length) };
  return { ok: true, days: days.sort((a, b) => b - a) };
}

export const formatDays = (days: readonly number[]): string => days.join(', ');

export type HostResult = { ok: true; pattern: string } | { ok: false; problem: 'invalid' | 'duplicate' | 'empty' };

/** A host pattern to add to `existing`, normalised (`*.GOV.hk ` → `*.gov.hk`). */
export function checkNewHost(raw: string, existing: readonly string[]): HostResult {
  if (!raw.trim()) return { ok: false, problem: 'empty' };
  const p = parseHostPattern(raw);
  if (!p) return { ok: false, problem: 'invalid' };
  if (existing.some((e) => parseHostPattern(e)?.pattern === p.pattern || e === p.pattern)) return { ok: false, problem: 'duplicate' };
  return { ok: true, pattern: p.pattern };
}
