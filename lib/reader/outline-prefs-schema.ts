/**
 * The schema of a site's outline prefs (outline-prefs.ts): what `site.prefs.set` accepts and
 * what a stored record is read through.
 */
import { z } from 'zod';
import { DEFAULT_OUTLINE_PREFS, MAX_UNIT_FILTER, type OutlinePrefs } from './outline-prefs.ts';

export const outlinePrefsSchema: z.ZodType<OutlinePrefs> = z.strictObject({
  open: z.boolean(),
  visible: z.strictObject({ docnum: z.boolean(), deadline: z.boolean(), unit: z.boolean() }),
  unitFilter: z.string().max(MAX_UNIT_FILTER),
});

/** A stored value as prefs: anything that is not exactly a prefs record reads as the defaults. */
export function restorePrefs(stored: unknown): OutlinePrefs {
  const r = outlinePrefsSchema.safeParse(stored);
  return r.success ? r.data : DEFAULT_OUTLINE_PREFS;
}
