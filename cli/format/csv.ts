/**
 * CSV: one row per annotation, with columns a researcher can pivot on: the file, the
 * document it belongs to (numbered from 1, as the brief numbers them) with that document's
 * own number, title and validity on --today, the text as written and tidied, the deadline's
 * day, days left and status on --today, the unit's role, the task (a unit's task, or the task
 * around a deadline) and the units of a deadline's task, the offsets, and a cited number's
 * parts. RFC 4180 (CRLF rows; a field with a comma, quote or line break is quoted, quotes
 * doubled; text keeps its line breaks) with a UTF-8 BOM so that Excel shows the Chinese.
 */
import type { Annotation, UnitAnnotation } from '../../lib/schema.ts';
import { taskSummary, tasksOf, unitList, type Task } from '../../lib/view/tasks.ts';
import type { FileResult, StreamFormat } from '../types.ts';
import { dayStatus, daysFrom, deadlineContext, trustedDay } from './deadlines.ts';
import { documentOf } from './documents.ts';
import { tidyName, tidyText } from './names.ts';
import { taskCursor } from './task-cursor.ts';

export const CSV_COLUMNS = [
  'file', 'document', 'docnum', 'title', 'validity', 'kind', 'text', 'tidy', 'type', 'date', 'day',
  'daysLeft', 'status', 'role', 'task', 'units', 'start', 'end', 'issuer', 'year', 'serial',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export type Cell = string | number | null | undefined;

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const BOM = '\uFEFF';

function rows(f: FileResult, today: string): string {
  const { annotations, documents } = f.result;
  const units = annotations.filter((a): a is UnitAnnotation => a.kind === 'unit');
  const tasks = tasksOf(units);
  const taskOfUnit = new Map<UnitAnnotation, Task>();
  for (const t of tasks) for (const u of t.units) taskOfUnit.set(u, t);
  const taskAtDeadline = taskCursor(tasks);
  let out = '';
  for (const a of annotations as Annotation[]) {
    const d = documentOf(f.result, a);
    const doc = d === undefined ? undefined : documents[d];
    const cells: Partial<Record<CsvColumn, Cell>> = {
      file: f.file,
      document: d === undefined ? null : d + 1,
      docnum: doc?.docnum ? tidyName(doc.docnum) : null,
      title: doc?.title,
      validity: doc?.status,
      kind: a.kind,
      text: a.text,
      tidy: tidyText(a),
      start: a.start,
      end: a.end,
    };
    if (a.kind === 'deadline') {
      const day = trustedDay(a, f.result);
      const task = taskAtDeadline(a.start, a.end);
      Object.assign(cells, {
        type: a.type,
        date: a.date,
        day,
        daysLeft: day ? daysFrom(today, day) : null,
        status: dayStatus(a, day, today),
        task: deadlineContext(f.text, a),
        units: task ? unitList(task, Infinity) : null,
      });
    } else if (a.kind === 'unit') {
      const task = taskOfUnit.get(a);
      Object.assign(cells, { role: a.role, task: task ? taskSummary(f.text, task) : null });
    } else {
      Object.assign(cells, { issuer: a.issuer, year: a.year, serial: a.serial });
    }
    out += csvRow(CSV_COLUMNS.map((c) => cells[c]));
  }
  return out;
}

export const csv: StreamFormat = {
  head: () => `${BOM}${CSV_COLUMNS.join(',')}\r\n`,
  file: (f, { today }) => ({ chunk: rows(f, today) }),
  separator: '',
  tail: () => '',
};
