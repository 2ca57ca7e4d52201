/**
 * The summary as CSV, one table per file (a spreadsheet pivots on one table): long form,
 * one row per document, deadline, unit × task, citation or repealed document, with the
 * file and the document index (from 1) in every row. Same dialect as extract's csv. Corpus
 * documents holding a cited or repealed number: the first three as file#n, and how many.
 */
import { BOM, csvRow, type Cell } from '../format/csv.ts';
import type { SummaryTable } from '../types.ts';
import type { DocRef, Summary } from './build.ts';
import type { Named } from './digest.ts';

const refs = (list: DocRef[]): string => list.map((r) => `${r.file}#${r.document}`).join(' ');
const names = (list: Named[]): string => list.map((u) => u.name).join('、');
const lead = (list: Named[]): string => list.filter((u) => u.role === 'lead').map((u) => u.name).join('、');

const TABLES: Record<SummaryTable, { head: string[]; rows(s: Summary): Iterable<Cell[]> }> = {
  documents: {
    head: ['file', 'document', 'docnum', 'title', 'issuer', 'signedDate', 'effectiveDate', 'expiryDate', 'validity', 'validityReason', 'deadlines'],
    *rows(s) {
      for (const d of s.documents) yield [d.file, d.document, d.docnum, d.title, d.issuer, d.signedDate, d.effectiveDate, d.expiryDate, d.validity, d.validityReason, d.deadlines];
    },
  },
  deadlines: {
    head: ['day', 'daysLeft', 'status', 'type', 'text', 'inferred', 'task', 'units', 'lead', 'file', 'document', 'docnum', 'title'],
    *rows(s) {
      for (const d of s.deadlines) {
        yield [d.day, d.daysLeft, d.status, d.type, d.text, d.inferred ? 'yes' : 'no', d.task, names(d.units), lead(d.units), d.file, d.document, d.docnum, d.title];
      }
    },
  },
  units: {
    head: ['unit', 'role', 'task', 'file', 'document', 'docnum', 'title', 'unitTasks', 'unitDocuments'],
    *rows(s) {
      for (const u of s.units) for (const t of u.items) yield [u.unit, t.role, t.task, t.file, t.document, t.docnum, t.title, u.tasks, u.documents];
    },
  },
  citations: {
    head: ['file', 'document', 'docnum', 'title', 'cited', 'citedTitle', 'times', 'citedBy', 'citedInCorpus', 'citedInCorpusCount'],
    *rows(s) {
      const by = new Map(s.citations.mostCited.map((c) => [c.cited, c.citedBy]));
      for (const e of s.citations.edges) yield [e.file, e.document, e.docnum, e.title, e.cited, e.citedTitle, e.times, by.get(e.cited), refs(e.inCorpus), e.inCorpusCount];
    },
  },
  repeals: {
    head: ['file', 'document', 'docnum', 'title', 'repealedDocnum', 'repealedTitle', 'repealedInCorpus', 'repealedInCorpusCount'],
    *rows(s) {
      for (const r of s.repeals) yield [r.file, r.document, r.docnum, r.title, r.repealedDocnum, r.repealedTitle, refs(r.inCorpus), r.inCorpusCount];
    },
  },
};

/** The table's CSV, chunk by chunk (a header, then rows a few hundred at a time). */
export function* summaryCsv(s: Summary, name: SummaryTable): Generator<string> {
  const t = TABLES[name];
  let chunk = `${BOM}${t.head.join(',')}\r\n`;
  let n = 0;
  for (const row of t.rows(s)) {
    chunk += csvRow(row);
    if (++n % 500 === 0) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
