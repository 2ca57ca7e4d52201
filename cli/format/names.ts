/**
 * Tidy names for tables a researcher pivots on: a unit's or a number's text without the line
 * breaks and spaces PDFs leave inside (省住⏎⏎房城乡建设厅 → 省住房城乡建设厅), traditional
 * characters folded to simplified (區衛生健康局 → 区卫生健康局), brackets as written. A
 * deadline is tidied as a reader quotes it (2020 年⏎12 月底前 → 2020年12月底前).
 */
import type { Annotation } from '../../lib/schema.ts';
import { FOLD, foldString } from '../../lib/text/variants.ts';
import { tidy } from '../../lib/view/tidy.ts';

/** Traditional ideographs → simplified (the engine's fold table), punctuation untouched. */
export function foldTraditional(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 0x3400 && c < 0xfb00 ? String.fromCharCode(FOLD[c]!) : s[i]!;
  }
  return out;
}

/** A unit's or a document number's name: no whitespace at all, traditional folded. */
export function tidyName(s: string): string {
  return foldTraditional(s.replace(/\s+/g, ''));
}

/** The key names are matched on: tidyName with widths and brackets folded too ((（ → ( …). */
export function nameKey(s: string): string {
  return foldString(tidyName(s));
}

/** The tidy text of an annotation, as the csv's `tidy` column gives it. */
export function tidyText(a: Annotation): string {
  if (a.kind === 'unit') return tidyName(a.text);
  if (a.kind === 'docnum') return tidyName(a.canonical);
  return tidy(a.text);
}
