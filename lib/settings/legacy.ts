/**
 * The first version kept settings in `storage.local`, which content scripts can write. On
 * the first start after the update the background moves them into the settings store once
 * (each value checked as any setting is) and removes the old keys.
 */
import { settingsFrom, type Settings } from './schema.ts';

export const LEGACY_KEYS = ['reminderDays', 'userHosts', 'colours', 'language', 'highlightEngine', 'benchmark'] as const;

/** Settings from the old keys, over `current` (what is already stored wins only where no old key is). */
export function fromLegacy(values: Record<string, unknown>, current: Settings): Settings {
  const patch: Record<string, unknown> = {};
  for (const k of LEGACY_KEYS) if (values[k] !== undefined) patch[k] = values[k];
  const old = settingsFrom(patch);
  const out: Record<string, unknown> = { ...current };
  for (const k of LEGACY_KEYS) if (values[k] !== undefined) out[k] = old[k];
  return settingsFrom(out);
}
