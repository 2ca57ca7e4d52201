/**
 * Where the settings live: one row of the library database (the extension's own origin:
 * neither a page nor a content script can open it). Only the background writes it.
 */
import type { LibraryDb } from '../library/db.ts';
import { applyPatch, settingsFrom, type Settings, type SettingsPatch } from './schema.ts';

const ROW = 'settings';

export async function loadSettings(db: LibraryDb): Promise<Settings> {
  const row = await db.settings.get(ROW);
  return settingsFrom(row?.value);
}

export async function saveSettings(db: LibraryDb, settings: Settings): Promise<Settings> {
  const clean = settingsFrom(settings);
  await db.settings.put({ id: ROW, value: clean });
  return clean;
}

/** Applies a (checked) patch to what is stored and returns the result. */
export async function patchSettings(db: LibraryDb, patch: SettingsPatch): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => saveSettings(db, applyPatch(await loadSettings(db), patch)));
}
