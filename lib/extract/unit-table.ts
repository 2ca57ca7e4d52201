/**
 * unit (tables): the responsibility columns of a task table (牵头单位 / 责任单位 / 责任部门 /
 * 配合单位 …, in any position), as PDF or web text gives them — cells separated by tabs, a row a
 * line — EXTRACTION_SPEC.md §3.
 *   序号	重点任务	牵头单位	责任单位	完成时限
 *   1	…	市发展改革委	市财政局、市商务局	2024年6月底前
 *   		市税务局		 ← a continuation row (empty leading cells): the same task
 *   — 12 —               ← a page break; the header may be repeated after it
 * Several units in one cell split as in any list; 省工业和信息化厅（牵头） leads. Where the
 * document says its first-listed unit leads (first-listed.ts), a row that names no lead of its
 * own gives its first unit the lead.
 */
import type { UnitAnnotation, UnitRole } from '../schema.ts';
import { srcEndAt, type TextModel } from '../text/model.ts';
import { lastAtOrBeforeIn } from '../text/bisect.ts';
import { normalise } from '../text/normalise.ts';
import { compactFold } from './heading-lines.ts';
import { firstListedAt, firstListedRanges } from './first-listed.ts';
import { splitParties } from './parties.ts';
import type { Extractor, ExtractorExamples, Found } from './types.ts';

/** A responsibility column's header (compact, folded, brackets removed), with its role. */
const COLUMN = /^(?:(牵头|主责|主办)(?:责任)?|(责任|承办|落实|完成|实施)|(配合|参与|协办|协同|协助))(?:单位|部门|主体|处室)(?:及分工)?$/;
/** A header row that is not a responsibility column's: starts a table of another kind. */
const HEADER_START = /^(?:序号|编号|序|项目|事项)$/;

interface Cell {
  start: number;
  text: string;
}

function cells(start: number, text: string): Cell[] {
  const out: Cell[] = [];
  let at = 0;
  for (const part of text.split('\t')) {
    out.push({ start: start + at, text: part });
    at += part.length + 1;
  }
  return out;
}

/** Characters every responsibility header ends with (単位, 部门, 主体, 处室; both scripts): a quick test first. */
const HEADER_END = /[位门門体體室]/;

function roleOfHeader(text: string): UnitRole | null {
  if (text.length > 24 || !HEADER_END.test(text)) return null;
  const c = compactFold(text).replace(/\([^()]*\)|〔[^〔〕]*〕/g, '');
  const m = COLUMN.exec(c);
  if (!m) return null;
  return m[1] ? 'lead' : m[2] ? 'responsible' : 'support';
}

/** The lines that hold a tab (leading tabs kept: they are empty cells), with the text between them. */
function* tabLines(text: string): Generator<{ start: number; text: string; between: string }> {
  let prevEnd = 0;
  let tab = text.indexOf('\t');
  while (tab >= 0) {
    const start = text.lastIndexOf('\n', tab) + 1;
    let end = text.indexOf('\n', tab);
    if (end < 0) end = text.length;
    let b = end;
    while (b > start && /[\r \u3000]/.test(text[b - 1]!)) b--;
    let a = start;
    while (a < b && /[ \u3000]/.test(text[a]!)) a++;
    yield { start: a, text: text.slice(a, b), between: start > prevEnd + 1 ? text.slice(prevEnd, start) : '' };
    prevEnd = end;
    tab = text.indexOf('\t', end);
  }
}

/** Text between two rows that ends a table: prose (a sentence, a long line), not a page number or header. */
function endsTable(between: string): boolean {
  for (const line of between.split('\n')) {
    const t = line.trim();
    if (t.length > 40 || /[。；;]$/.test(t)) return true;
  }
  return false;
}

function extract(model: TextModel): Found[] {
  const text = model.original;
  const out: Found[] = [];
  const ruled = firstListedRanges(model, true);
  let columns: Array<[number, UnitRole]> = [];
  let width = 0;
  let lastGroup = -1;
  for (const line of tabLines(text)) {
    if (line.between && endsTable(line.between)) columns = [];
    // Outside a table only a header row matters, and every header names a 单位/部门 column.
    if (!columns.length && !HEADER_END.test(line.text)) continue;
    const row = cells(line.start, line.text);
    if (row.length < 2) continue;
    const header = row.flatMap((c, i): Array<[number, UnitRole]> => {
      const role = roleOfHeader(c.text);
      return role ? [[i, role]] : [];
    });
    if (header.length) {
      columns = header;
      width = row.length;
      continue;
    }
    if (row[0]!.text.length <= 6 && HEADER_START.test(compactFold(row[0]!.text))) {
      columns = []; // another table's header
      continue;
    }
    if (!columns.length || Math.abs(row.length - width) > 1) continue;
    // A continuation row: every cell before the first responsibility column is empty.
    const firstColumn = columns[0]![0];
    const continues = lastGroup >= 0 && row.slice(0, firstColumn).every((c) => !c.text.trim());
    const rowUnits: UnitAnnotation[] = [];
    for (const [i, role] of columns) {
      const cell = row[i];
      if (!cell || !cell.text.trim()) continue;
      const sub = normalise(cell.text);
      for (const p of splitParties(sub.norm, 0, sub.norm.length, role)) {
        const start = cell.start + sub.srcStart[p.from]!;
        const end = cell.start + srcEndAt(sub, p.to - 1);
        rowUnits.push({
          kind: 'unit', start, end, text: text.slice(start, end), role: p.explicit ? p.role : role,
          group: continues ? lastGroup : cell.start, taskStart: line.start, taskEnd: line.start + line.text.length,
        });
      }
    }
    if (!rowUnits.length) continue;
    if (!continues) {
      lastGroup = rowUnits[0]!.group;
      const at = lastAtOrBeforeIn(model.srcStart, line.start);
      if (firstListedAt(ruled, Math.max(0, at)) && !rowUnits.some((u) => u.role === 'lead') && rowUnits[0]!.role === 'responsible') rowUnits[0]!.role = 'lead';
    }
    for (const u of rowUnits) out.push(u);
  }
  return out;
}

export const unitTable: Extractor = {
  id: 'unit-table',
  kind: 'unit',
  extract,
  patterns: [COLUMN, HEADER_START, HEADER_END],
};

/** What this extractor must find, and where it must find nothing (tests/unit/extractors.test.ts runs them; lib/extract/examples.ts lists them). */
export const unitTableExamples: ExtractorExamples = {
  positive: [
    {
      text: '序号\t重点任务\t牵头单位\t责任单位\t完成时限\n1\t建设平台\t市发展改革委\t市财政局、市商务局\t2024年6月底前\n',
      expect: [{ text: '市发展改革委', role: 'lead' }, { text: '市财政局', role: 'responsible' }, { text: '市商务局', role: 'responsible' }],
    },
    {
      text: '序號\t任務\t責任單位\n1\t修訂辦法\t區衛生健康局、區民政局\n',
      expect: [{ text: '區衛生健康局', role: 'responsible' }, { text: '區民政局', role: 'responsible' }],
    },
    {
      text: '序号\t牵头单位\t项目名称\t配合单位\n1\t郑州市人民政府\t计算中心\t省发展改革委、省科技厅\n',
      expect: [{ text: '郑州市人民政府', role: 'lead' }, { text: '省发展改革委', role: 'support' }, { text: '省科技厅', role: 'support' }],
    },
    {
      text: '（排在首位的为牵头单位，下同）\n序号\t重点任务\t责任单位\t完成时限\n1\t推进融合应用\t省工业和信息化厅\t2024年底前\n\t\t省通信管理局、省财政厅\t\n— 12 —\n序号\t重点任务\t责任单位\t完成时限\n2\t专项行动\t省工业和信息化厅（牵头）、省财政厅\t持续推进\n',
      expect: [
        { text: '省工业和信息化厅', role: 'lead' }, { text: '省通信管理局', role: 'responsible' },
        { text: '省财政厅', role: 'responsible' },
      ],
    },
    {
      text: '序号\t重点任务\t责任单位\n1\t建设平台\t省发展改革委、省财政厅\n注：表中責任單位排在首位的為牽頭單位。',
      expect: [{ text: '省发展改革委', role: 'lead' }, { text: '省财政厅', role: 'responsible' }],
    },
  ],
  negative: [
    '序号\t事项名称\t原实施部门\t事项类别\n1\t备案\t区民政局\t其他权力\n',
    '牵头单位：市发展改革委',
    '序号\t责任单位\n本表由市政府办公室负责解释，各单位要按职责分工抓好落实，确保各项任务按时完成。\n1\t市财政局\n',
  ],
};
