/**
 * unit (tables): the 牵头单位 / 责任单位 / 责任部门 / 配合单位 columns of a task table, as text
 * extraction gives it (cells separated by tabs, a row a line) — EXTRACTION_SPEC.md §3.
 *   序号	重点任务	牵头单位	责任单位	完成时限
 *   1	…	市发展改革委	市财政局、市商务局	2024年6月底前
 */
import type { UnitAnnotation, UnitRole } from '../schema.ts';
import type { TextModel } from '../text/model.ts';
import { normalise } from '../text/normalise.ts';
import { lines } from './boundaries.ts';
import { splitParties } from './parties.ts';
import type { Extractor, Found } from './types.ts';

const COLUMN: Array<[RegExp, UnitRole]> = [
  [/^(?:牵头单位|牵头部门|主责单位|主责部门|牽頭單位|牽頭部門)$/, 'lead'],
  [/^(?:责任单位|责任部门|责任主体|負責單位|責任單位|責任部門)$/, 'responsible'],
  [/^(?:配合单位|配合部门|参与单位|協辦單位|配合單位|配合部門)$/, 'support'],
];

function cells(line: { start: number; text: string }): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const part of line.text.split('\t')) {
    out.push({ start: line.start + at, text: part });
    at += part.length + 1;
  }
  return out;
}

/** The lines that hold a tab, with whether text without tabs came between them and the previous one. */
function* tabLines(text: string): Generator<{ start: number; text: string; afterBreak: boolean }> {
  let prevEnd = 0;
  let tab = text.indexOf('\t');
  while (tab >= 0) {
    const start = text.lastIndexOf('\n', tab) + 1;
    let end = text.indexOf('\n', tab);
    if (end < 0) end = text.length;
    const line = lines(text.slice(start, end))[0];
    if (line) yield { start: start + line.start, text: line.text, afterBreak: text.slice(prevEnd, start).trim() !== '' };
    prevEnd = end;
    tab = text.indexOf('\t', end);
  }
}

function extract(model: TextModel): Found[] {
  const text = model.original;
  const out: Found[] = [];
  let columns: Array<[number, UnitRole]> = [];
  let width = 0;
  for (const line of tabLines(text)) {
    if (line.afterBreak) columns = [];
    const row = cells(line);
    if (row.length < 2) continue;
    const header = row.flatMap((c, i): Array<[number, UnitRole]> => {
      const role = COLUMN.find(([re]) => re.test(c.text.replace(/\s+/g, '')));
      return role ? [[i, role[1]]] : [];
    });
    if (header.length) {
      columns = header;
      width = row.length;
      continue;
    }
    if (!columns.length || Math.abs(row.length - width) > 1) continue;
    for (const [i, role] of columns) {
      const cell = row[i];
      if (!cell || !cell.text.trim()) continue;
      const sub = normalise(cell.text);
      for (const p of splitParties(sub.norm, 0, sub.norm.length, role)) {
        const start = cell.start + sub.srcStart[p.from]!;
        const end = cell.start + sub.srcEnd[p.to - 1]!;
        const a: UnitAnnotation = {
          kind: 'unit', start, end, text: text.slice(start, end), role: p.explicit ? p.role : role,
          group: cell.start, taskStart: line.start, taskEnd: line.start + line.text.length,
        };
        out.push(a);
      }
    }
  }
  return out;
}

export const unitTable: Extractor = {
  id: 'unit-table',
  kind: 'unit',
  extract,
  patterns: COLUMN.map(([re]) => re),
  examples: {
    positive: [
      {
        text: '序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t建设平台\t市发展改革委\t市财政局、市商务局\t2024年6月底前\n',
        expect: [{ text: '市发展改革委', role: 'lead' }, { text: '市财政局', role: 'responsible' }, { text: '市商务局', role: 'responsible' }],
      },
      {
        text: '序號\t任務\t責任單位\n1\t修訂辦法\t區衛生健康局、區民政局\n',
        expect: [{ text: '區衛生健康局', role: 'responsible' }, { text: '區民政局', role: 'responsible' }],
      },
    ],
    negative: [
      '序号\t事项名称\t原实施部门\t事项类别\n1\t备案\t区民政局\t其他权力\n',
      '牵头单位：市发展改革委',
    ],
  },
};
