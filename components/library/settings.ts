/**
 * The options page's rules (pure): reading the reminder-day list and the user's host
 * patterns as typed, with the reason when they are not acceptable. Nothing here saves.
 */
import { parseHostPattern } from '../../lib/detect/hosts.ts';
import { LEGEND } from '../../lib/highlight/styles.ts';

export type KindColours = { docnum: string; deadline: string; unit: string };
export type LanguageSetting = 'auto' | 'zh' | 'en';
export type EngineSetting = 'css' | 'mark';

export const DEFAULT_COLOURS: KindColours = {
  docnum: LEGEND.find((l) => l.kind === 'docnum')!.color,
  deadline: LEGEND.find((l) => l.kind === 'deadline')!.color,
  unit: LEGEND.find((l) => l.kind === 'unit')!.color,
};

export type DaysProblem = { problem: 'not-integer' | 'out-of-range' | 'too-many'; token: string };
export type DaysResult = { ok: true; days: number[] } | ({ ok: false } & DaysProblem);

export const MAX_REMINDER_DAYS = 365;

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

/** What was stored for reminderDays, when it is a usable list; else null. */
export function storedDays(value: unknown): number[] | null {
  return Array.isArray(value) && value.every((d) => Number.isInteger(d) && d >= 0 && d <= MAX_REMINDER_DAYS) ? (value as number[]) : null;
}

export type HostResult = { ok: true; pattern: string } | { ok: false; problem: 'invalid' | 'duplicate' | 'empty' };

/** A host pattern to add to `existing`, normalised (`*.GOV.hk ` → `*.gov.hk`). */
export function checkNewHost(raw: string, existing: readonly string[]): HostResult {
  if (!raw.trim()) return { ok: false, problem: 'empty' };
  const p = parseHostPattern(raw);
  if (!p) return { ok: false, problem: 'invalid' };
  if (existing.some((e) => parseHostPattern(e)?.pattern === p.pattern || e === p.pattern)) return { ok: false, problem: 'duplicate' };
  return { ok: true, pattern: p.pattern };
}

/** Stored userHosts, as strings (anything else in the list is dropped). */
export function storedHosts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((h): h is string => typeof h === 'string') : [];
}

/** Stored colours with the defaults for what is missing or not a #rrggbb colour. */
export function storedColours(value: unknown): KindColours {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const pick = (k: keyof KindColours): string => {
    const c = v[k];
    return typeof c === 'string' && /^#[0-9a-f]{6}$/i.test(c) ? c.toLowerCase() : DEFAULT_COLOURS[k];
  };
  return { docnum: pick('docnum'), deadline: pick('deadline'), unit: pick('unit') };
}
