/**
 * The names both engines put on the page and styles.ts styles: registry names for the CSS
 * engine, classes for the mark.js engine. Kept apart so the UI can import the styles and
 * legend without pulling in either engine (or mark.js).
 */
import type { HighlightKind } from './types.ts';
import { KIND } from '../kinds.ts';

/** CSS.highlights registry names, one per kind. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightKind, string>> = {
  docnum: KIND.docnum.highlightName,
  deadline: KIND.deadline.highlightName,
  unit: KIND.unit.highlightName,
};
/** The registry name of the flash effect. */
export const FLASH_NAME = 'gl-flash';

/**
 * The registry names of one highlighter: the defaults, or with a scope (`gl-deadline--doc2`)
 * so that several highlighters share a document's registry without replacing each other's
 * entries (each <gazette-lens-document> on a page has its own).
 */
export function highlightNamesFor(scope?: string): { kinds: Readonly<Record<HighlightKind, string>>; flash: string } {
  if (!scope) return { kinds: HIGHLIGHT_NAMES, flash: FLASH_NAME };
  const s = `--${scope}`;
  return { kinds: { docnum: HIGHLIGHT_NAMES.docnum + s, deadline: HIGHLIGHT_NAMES.deadline + s, unit: HIGHLIGHT_NAMES.unit + s }, flash: FLASH_NAME + s };
}

/** On every mark, with `gl-<kind>` beside it. */
export const MARK_CLASS = 'gl-mark';
/** On the marks of a hidden kind. */
export const OFF_CLASS = 'gl-off';
/** On the marks of the flashing item. */
export const FLASH_CLASS = 'gl-flash';
