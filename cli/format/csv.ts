/**
 * CSV: one row per annotation, for spreadsheets. RFC 4180 (CRLF rows; a field with a comma,
 * quote or line break is quoted, quotes doubled; text keeps its line breaks) with a UTF-8
 * BOM so that Excel shows the Chinese correctly.
 */
import type { Annotation } from '../../lib/schema.ts';
import { documentAt } from './documents.ts';
import type { Formatter } from '../types.ts';

export const CSV_COLUMNS = [
  'file', 'kind', 'start', 'end', 'text', 'type', 'date', 'resolvedDate', 'role',
  'issuer', 'year', 'serial', 'canonical', 'document',
] as const;

type Cell = string | number | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(file: string, a: Annotation, document: number | undefined): Cell[] {
  const common = { file, kind: a.kind, start: a.start, end: a.end, text: a.text, document };
  const cells: Record<(typeof CSV_COLUMNS)[number], Cell> = {
    ...common, type: null, date: null, resolvedDate: null, role: null, issuer: null, year: null, serial: null, canonical: null,
  };
  if (a.kind === 'deadline') Object.assign(cells, { type: a.type, date: a.date, resolvedDate: a.resolvedDate });
  if (a.kind === 'unit') Object.assign(cells, { role: a.role });
  if (a.kind === 'docnum') Object.assign(cells, { issuer: a.issuer, year: a.year, serial: a.serial, canonical: a.canonical });
  return CSV_COLUMNS.map((c) => cells[c]);
}

export const csv: Formatter = (files) => {
  const lines = [CSV_COLUMNS.join(',')];
  for (const f of files) {
    for (const a of f.result.annotations) {
      // Cited numbers carry no document index from the engine: place them by offset.
      const at = a.kind === 'docnum' ? documentAt(f.result, a.start) : a.document;
      lines.push(row(f.file, a, at === undefined || at < 0 ? undefined : at).map(csvField).join(','));
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};
