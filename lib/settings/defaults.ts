/**
 * The settings' defaults, apart from their schema (schema.ts): a content script that only needs
 * a default to fall back on does not bundle zod.
 */
import { LEGEND } from '../highlight/styles.ts';
import { DEFAULT_REMINDER_DAYS } from '../platform/reminders.ts';
import type { KindColours, Settings } from './schema.ts';

export const DEFAULT_COLOURS: KindColours = {
  docnum: LEGEND.find((l) => l.kind === 'docnum')!.color.toLowerCase(),
  deadline: LEGEND.find((l) => l.kind === 'deadline')!.color.toLowerCase(),
  unit: LEGEND.find((l) => l.kind === 'unit')!.color.toLowerCase(),
};

export const DEFAULT_SETTINGS: Settings = {
  reminderDays: [...DEFAULT_REMINDER_DAYS],
  userHosts: [],
  colours: { ...DEFAULT_COLOURS },
  language: 'auto',
  highlightEngine: 'css',
  benchmark: false,
  pausedHosts: [],
  pdfOpen: 'auto',
};
