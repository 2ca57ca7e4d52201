/** Documents of a gazette issue: which one holds an offset, and how a cited one is titled. */
import type { DocnumAnnotation, ExtractionResult } from '../../lib/schema.ts';
import { lastAtOrBefore } from '../../lib/text/bisect.ts';
import { tidy } from '../../lib/view/tidy.ts';

/** Index of the document whose span holds `offset`, or -1 (documents are in text order). */
export function documentAt(result: ExtractionResult, offset: number): number {
  const { documents } = result;
  const i = lastAtOrBefore(documents.length, (k) => documents[k]!.start, offset);
  return i >= 0 && offset < documents[i]!.end ? i : -1;
}

/** The document an annotation belongs to: the engine's index, or by offset for cited numbers. */
export function documentOf(result: ExtractionResult, a: { kind: string; start: number; document?: number }): number | undefined {
  const at = a.kind === 'docnum' ? documentAt(result, a.start) : a.document;
  return at === undefined || at < 0 ? undefined : at;
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

/** Items grouped by their document index (undefined: outside every document), in one pass. */
export function byDocument<T>(items: readonly T[], documentOfItem: (item: T) => number | undefined): Map<number | undefined, T[]> {
  const out = new Map<number | undefined, T[]>();
  for (const item of items) {
    const d = documentOfItem(item);
    let list = out.get(d);
    if (!list) {
      list = [];
      out.set(d, list);
    }
    list.push(item);
  }
  return out;
}
