/**
 * What a reader leaves the outline as, remembered per site: open or closed, the kinds shown,
 * the 我的单位 filter. Pure: the defaults and the changes the page session makes. The background keeps one record per host
 * (`site.prefs.get` / `site.prefs.set`, answered only for the sender's own host).
 */
import type { AnnotationKind } from '../schema.ts';

export const MAX_UNIT_FILTER = 60;

export interface OutlinePrefs {
  open: boolean;
  visible: Record<AnnotationKind, boolean>;
  /** At most MAX_UNIT_FILTER characters. */
  unitFilter: string;
}

export const DEFAULT_OUTLINE_PREFS: OutlinePrefs = { open: false, visible: { docnum: true, deadline: true, unit: true }, unitFilter: '' };

export function withOpen(p: OutlinePrefs, open: boolean): OutlinePrefs {
  return { ...p, open };
}

export function withKind(p: OutlinePrefs, kind: AnnotationKind, visible: boolean): OutlinePrefs {
  return { ...p, visible: { ...p.visible, [kind]: visible } };
}

/** The filter as typed, cut to what is kept. */
export function withFilter(p: OutlinePrefs, query: string): OutlinePrefs {
  return { ...p, unitFilter: query.slice(0, MAX_UNIT_FILTER) };
}

/** The key a site's prefs are kept under: its host (the page's address is the sender's, never the message's). */
export function prefsKey(pageUrl: string): string {
  return `site:${new URL(pageUrl).hostname}`;
}
