/** Documents of a gazette issue: which one holds an offset, and how a cited one is titled. */
import type { DocnumAnnotation, ExtractionResult } from '../../lib/schema.ts';
import { tidy } from '../../lib/view/tidy.ts';

/** Index of the document whose span holds `offset`, or -1. */
export function documentAt(result: ExtractionResult, offset: number): number {
  return result.documents.findIndex((d) => offset >= d.start && offset < d.end);
}

/** The title in 《》 written right before a cited number: 《…指导意见》（国办发〔2018〕63号）. */
export function citedTitle(text: string, d: DocnumAnnotation): string | null {
  const before = text.slice(Math.max(0, d.start - 160), d.start).replace(/[\s（(]+$/, '');
  if (!before.endsWith('》')) return null;
  const open = before.lastIndexOf('《');
  if (open < 0) return null;
  const title = tidy(before.slice(open));
  return /[《》]/.test(title.slice(1, -1)) ? null : title;
}
