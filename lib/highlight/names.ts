/**
 * The names both engines put on the page and styles.ts styles: registry names for the CSS
 * engine, classes for the mark.js engine. Kept apart so the UI can import the styles and
 * legend without pulling in either engine (or mark.js).
 */
import type { HighlightKind } from './types.ts';

/** CSS.highlights registry names, one per kind. */
export const HIGHLIGHT_NAMES: Readonly<Record<HighlightKind, string>> = {
  docnum: 'gl-docnum',
  deadline: 'gl-deadline',
  unit: 'gl-unit',
};
/** The registry name of the flash effect. */
export const FLASH_NAME = 'gl-flash';

/** On every mark, with `gl-<kind>` beside it. */
export const MARK_CLASS = 'gl-mark';
/** On the marks of a hidden kind. */
export const OFF_CLASS = 'gl-off';
/** On the marks of the flashing item. */
export const FLASH_CLASS = 'gl-flash';
