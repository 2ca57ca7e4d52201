/**
 * The reader's settings: one zod schema, the defaults, and the view a content script gets.
 * Stored by the background only (store.ts, in the extension's own IndexedDB, which no page
 * and no content script can reach); extension pages change them with the privileged
 * `settings.set` message. Pure: no browser API here.
 */
import { z } from 'zod';
import { hostMatches, parseHostPattern } from '../detect/hosts.ts';

import { DEFAULT_COLOURS, DEFAULT_SETTINGS } from './defaults.ts';

export { DEFAULT_COLOURS, DEFAULT_SETTINGS };

export const MAX_REMINDER_DAYS = 365;

const hex = z.string().regex(/^#[0-9a-f]{6}$/i, 'expected a colour like #0072b2').transform((s) => s.toLowerCase());
const hostPattern = z.string().max(260).refine((s) => parseHostPattern(s)?.pattern === s, 'expected a host like example.org or *.gov.hk');

export const coloursSchema = z.strictObject({ docnum: hex, deadline: hex, unit: hex });
export type KindColours = z.infer<typeof coloursSchema>;

export const languageSettingSchema = z.enum(['auto', 'zh', 'en']);
export const engineSettingSchema = z.enum(['css', 'mark']);
export type LanguageSetting = z.infer<typeof languageSettingSchema>;
export type EngineSetting = z.infer<typeof engineSettingSchema>;

const fields = {
  /** Reminders this many days before a watched date (largest first; empty: none). */
  reminderDays: z.array(z.number().int().min(0).max(MAX_REMINDER_DAYS)).max(20),
  /** Sites the reader counts as government sites (host patterns). */
  userHosts: z.array(hostPattern).max(200),
  colours: coloursSchema,
  language: languageSettingSchema,
  highlightEngine: engineSettingSchema,
  /** `npm run bench` turns this on to read the page's timings; a reader never needs it. */
  benchmark: z.boolean(),
  /** Sites the reader paused Gazette Lens on (exact hosts, from the popup's 「在此网站暂停」). */
  pausedHosts: z.array(z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i, 'expected a host')).max(500),
  /** PDFs on government sites and the reader's own: open in the reader by themselves ('auto'), or only when asked (the link's menu, the popup). */
  pdfOpen: z.enum(['auto', 'ask']),
};

export const settingsSchema = z.strictObject(fields);
export type Settings = z.infer<typeof settingsSchema>;

/** A change from the options page: any of the fields, each checked in full. */
export const settingsPatchSchema = z.strictObject(fields).partial();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;


/**
 * Settings from whatever was stored: each field that does not check out falls back to its
 * default (one bad field never costs the others); reminder days are sorted, largest first.
 */
export function settingsFrom(raw: unknown): Settings {
  const v = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  for (const [key, schema] of Object.entries(fields)) {
    const r = (schema as z.ZodType).safeParse(v[key]);
    if (r.success) out[key] = r.data;
  }
  const s = out as Settings;
  return { ...s, reminderDays: [...new Set(s.reminderDays)].sort((a, b) => b - a), userHosts: [...new Set(s.userHosts)], pausedHosts: [...new Set(s.pausedHosts.map((h) => h.toLowerCase()))] };
}

/** The settings after a checked patch. */
export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  return settingsFrom({ ...settings, ...patch });
}

/** What a content script is told: only what it needs to read its own page. */
export interface ContentSettings {
  language: LanguageSetting;
  colours: KindColours;
  highlightEngine: EngineSetting;
  benchmark: boolean;
  /** True when the reader listed this page's host as a government site. */
  userHost: boolean;
  /** True when the reader paused Gazette Lens on this page's host: the page is not read. */
  paused: boolean;
}

export function contentSettings(s: Settings, pageUrl: string): ContentSettings {
  let host = '';
  try {
    host = new URL(pageUrl).hostname;
  } catch {
    host = '';
  }
  return {
    language: s.language,
    colours: s.colours,
    highlightEngine: s.highlightEngine,
    benchmark: s.benchmark,
    userHost: !!host && s.userHosts.some((p) => hostMatches(host, p)),
    paused: !!host && s.pausedHosts.includes(host),
  };
}
