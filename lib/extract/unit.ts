/**
 * unit: organisations named in a responsibility attribution, with a role — EXTRACTION_SPEC.md §3.
 *   （区医保局负责，区财政局参与）, （市水务局牵头，市发展改革委配合）, （责任单位：区融媒体中心）,
 *   （牵头单位：省残联；责任单位：省人力资源社会保障厅）, and annexes headed 牵头部门 whose lines
 *   read `领域：单位、单位`.
 * Organisations in ordinary sentences (由市场监管部门决定, 市财政局负责解释) are not attributions:
 * only bracketed attributions, labelled lists and annexes are read.
 */
import type { UnitAnnotation } from '../schema.ts';
import type { TextModel } from '../text/model.ts';
import { srcEndAt, toOriginal } from '../text/model.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import { firstListedAt, firstListedPatterns, firstListedRanges } from './first-listed.ts';
import { isOrgName, partyPatterns, splitParties, type Party } from './parties.ts';
import type { Extractor, ExtractorExamples, Found } from './types.ts';

const CUE = /负责|牵头|配合|参与|协助|会同|(?:单位|部门|主体):/;
const LABEL = /(?:牵头|责任|配合|参与|协办|主责)(?:单位|部门):/g;
const ANNEX_HEAD = /(?:牵头部门|牵头单位|责任单位|责任部门)(?=-?\d{1,2}[.、])/g;
const ANNEX_ITEM = /-?\d{1,2}[.、][^:。,;\d.、]{1,30}:/y;
const MAX_GROUP = 600;

interface Group {
  open: number;
  close: number;
  parties: Party[];
  /** The task, when the attribution says it itself (an annex line's field). */
  task?: [number, number];
}



/** Separators of a bare list's names. */
const LIST_SEP = /[、,]/;
/** Characters no organisation's name in a bare list holds. */
const NOT_IN_LIST = /[\d《》"“”:;。]/;

/**
 * A bracket with no role word that closes a task and only names organisations (a list with no
 * role word: responsible, EXTRACTION_SPEC.md §3): …全覆盖。（市市场监管局、市公安局、市税务局）⏎.
 * It stands after the task's full stop and ends its paragraph.
 */
function isBareList(model: TextModel, open: number, close: number, body: string): boolean {
  const { norm, softBreakBefore } = model;
  if (NOT_IN_LIST.test(body) || body.length < 3) return false;
  let b = open - 1;
  while (b >= 0 && (norm[b] === ' ' || norm[b] === '\n')) b--;
  const after = norm[close + 1];
  // …全覆盖。（A、B）⏎ or …全覆盖（A、B）。: the task's full stop stands before or right after it.
  if (after === '。' || after === ';') {
    // A lone name there may be an alias of the noun before it (乡镇人民政府（街道办事处）) or an
    // aside (（不包括…小区）): it counts when it names a level of government's body after a verb.
    if (LIST_SEP.test(body)) return names(body);
    return /^[省市区县州]/.test(body) && /[\u4e00-\u9fff]/.test(norm[open - 1] ?? '') && !isOrgName(norm.slice(Math.max(0, open - 4), open)) && names(body);
  }
  if (b >= 0 && norm[b] !== '。' && norm[b] !== ';') return false;
  if (after !== undefined && after !== '\n' && !softBreakBefore[close + 1]) return false;
  return names(body);
}

/** Every item of the list names an organisation. */
function names(body: string): boolean {
  return body.split(LIST_SEP).every((n) => isOrgName(n.replace(/\([^()]{1,12}\)$/, '') || n));
}

/** Bracketed groups (with nesting) that contain a role cue, or a bare list that closes a task. */
function bracketGroups(model: TextModel): Group[] {
  const { norm } = model;
  const groups: Group[] = [];
  const stack: number[] = [];
  // The characters bracket groups turn on (brackets, and the full stop and hard break that end
  // them) are the model's marks.
  for (const i of model.marks) {
    const c = norm.charCodeAt(i);
    if (c === 0x28 /* ( */) stack.push(i);
    else if (c === 0x29 /* ) */) {
      const open = stack.pop();
      if (open === undefined || stack.length > 0) continue; // only outermost groups
      if (i - open > MAX_GROUP) continue;
      const body = norm.slice(open + 1, i);
      if (!CUE.test(body) && !isBareList(model, open, i, body)) continue;
      const parties = splitParties(norm, open + 1, i);
      if (parties.length) groups.push({ open, close: i + 1, parties });
    } else if (c === 0x3002 /* 。 */ || c === 0x0a) {
      stack.length = 0;
    }
  }
  return groups;
}

/** Labelled lists outside brackets: 责任单位：A、B。 */
function labelledLists(norm: string, inside: (at: number) => boolean): Group[] {
  const groups: Group[] = [];
  for (const m of norm.matchAll(LABEL)) {
    if (inside(m.index)) continue;
    let end = m.index;
    while (end < norm.length && end - m.index < MAX_GROUP) {
      const c = norm[end]!;
      if (c === '。' || c === '\n' || (c === '(' && !/^\([^)]{1,12}\)/.test(norm.slice(end, end + 14)))) break;
      if (c === '(' && /^\([一二三四五六七八九十\d]+\)/.test(norm.slice(end, end + 5))) break;
      end++;
    }
    const parties = splitParties(norm, m.index, end);
    if (parties.length) groups.push({ open: m.index, close: end, parties });
  }
  return groups;
}

/** Annexes: a heading ending in 牵头部门, then lines `1.领域：A、B`. */
function annexLists(model: TextModel): Group[] {
  const { norm, softBreakBefore } = model;
  const groups: Group[] = [];
  for (const m of norm.matchAll(ANNEX_HEAD)) {
    const role = m[0].startsWith('牵头') ? 'lead' : 'responsible';
    let p = m.index + m[0].length;
    for (;;) {
      ANNEX_ITEM.lastIndex = p;
      const item = ANNEX_ITEM.exec(norm);
      if (!item) break;
      const from = p + item[0].length;
      let to = from;
      // One annex line per field: the list ends with the line.
      while (to < norm.length && norm[to] !== '。' && norm[to] !== '\n' && !(to > from && softBreakBefore[to])) to++;
      const parties = splitParties(norm, from, to, role);
      const label = p + /^-?\d{1,2}[.、]/.exec(item[0])![0].length;
      if (parties.length) groups.push({ open: p, close: to, parties, task: [label, from - 1] });
      p = to;
    }
  }
  return groups;
}

/** Start of the task an attribution closes: back to the previous group, sentence list item or 400 characters. */
/** Characters a task's list item starts with: digits, (, 一…十, 第. */
const ITEM_START = new Uint8Array(0x10000);
for (const ch of '0123456789(一二三四五六七八九十第') ITEM_START[ch.charCodeAt(0)] = 1;

function taskStart(model: TextModel, open: number, floor: number): number {
  const { norm, softBreakBefore } = model;
  for (let i = open - 1; i > floor && open - i < 400; i--) {
    const c = norm.charCodeAt(i);
    if (c === 0x0a) return i + 1;
    if (!softBreakBefore[i]) continue;
    if (ITEM_START[c]) return i;
    // A line that starts after a full stop starts a paragraph: the task's first sentence.
    if (norm.charCodeAt(i - 1) === 0x3002) return i;
  }
  return Math.max(floor, open - 400);
}

/** Original offset of a group's opening: its id, unique across the text. */
function start0(model: TextModel, open: number): number {
  return model.srcStart[open] ?? model.original.length;
}

function extract(model: TextModel): Found[] {
  const { norm } = model;
  const brackets = bracketGroups(model);
  // Bracket groups are sorted and do not overlap (outermost only): a binary search finds the one around `at`.
  const inside = (at: number): boolean => {
    const k = lastAtOrBefore(brackets.length, (i) => brackets[i]!.open, at - 1);
    return k >= 0 && at < brackets[k]!.close;
  };
  const groups = [...brackets, ...labelledLists(norm, inside), ...annexLists(model)].sort((a, b) => a.open - b.open);

  // Where a document says its first-listed unit leads, that holds to the document's end.
  const ruled = firstListedRanges(model);

  const out: Found[] = [];
  const { srcStart, original } = model;
  let prevClose = 0;
  for (const g of groups) {
    const firstLeads = firstListedAt(ruled, g.open) && !g.parties.some((p) => p.role === 'lead');
    const task = g.task ? toOriginal(model, g.task[0], g.task[1]) : toOriginal(model, taskStart(model, g.open, prevClose), g.open);
    const group = start0(model, g.open);
    prevClose = g.close;
    for (let k = 0; k < g.parties.length; k++) {
      const p = g.parties[k]!;
      // A party is never empty (to > from): its original span is read off the model directly.
      const start = srcStart[p.from]!;
      const end = srcEndAt(model, p.to - 1);
      const a: UnitAnnotation = {
        kind: 'unit', start, end, text: original.slice(start, end),
        role: firstLeads && k === 0 ? 'lead' : p.role,
        group,
        taskStart: task.start,
        taskEnd: task.end,
      };
      out.push(a);
    }
  }
  return out;
}

export const unit: Extractor = {
  id: 'unit',
  kind: 'unit',
  extract,
  patterns: [CUE, LABEL, ANNEX_HEAD, ANNEX_ITEM, ...firstListedPatterns, ...partyPatterns],
};

/** What this extractor must find, and where it must find nothing (tests/unit/extractors.test.ts runs them; lib/extract/examples.ts lists them). */
export const unitExamples: ExtractorExamples = {
  positive: [
    { text: '推进平安医院建设。（区医保局负责，区财政局参与）', expect: [{ text: '区医保局', role: 'responsible' }, { text: '区财政局', role: 'support' }] },
    { text: '降低损失率。（市水务局牵头，市发展改革委配合）', expect: [{ text: '市水务局', role: 'lead' }, { text: '市发展改革委', role: 'support' }] },
    { text: '（区卫生健康局、区民政局分别负责）', expect: [{ text: '区卫生健康局', role: 'responsible' }, { text: '区民政局', role: 'responsible' }] },
    { text: '（区自然资源局会同区农业农村局，各镇街按职责分工负责）', expect: [{ text: '区自然资源局', role: 'lead' }, { text: '区农业农村局', role: 'support' }, { text: '各镇街', role: 'responsible' }] },
    { text: '（牵头单位：省残联；责任单位：省人力资源社会保障厅、省商\n\n务厅）', expect: [{ text: '省残联', role: 'lead' }, { text: '省人力资源社会保障厅', role: 'responsible' }, { text: '省商\n\n务厅', role: 'responsible' }] },
    { text: '(市场监管总局、国家知识产权局等国务院相关部门及各地区按职责分工负责)', expect: [{ text: '市场监管总局' }, { text: '国家知识产权局' }, { text: '国务院相关部门' }, { text: '各地区', role: 'responsible' }] },
    { text: '（責任單位：省文化和旅遊廳，各市政府）', expect: [{ text: '省文化和旅遊廳', role: 'responsible' }, { text: '各市政府', role: 'responsible' }] },
    { text: '建立聯動機制（市醫保局、市財政局分別負責）。', expect: [{ text: '市醫保局', role: 'responsible' }, { text: '市財政局', role: 'responsible' }] },
    { text: '（區衛生健康局牽頭，區民政局配合）', expect: [{ text: '區衛生健康局', role: 'lead' }, { text: '區民政局', role: 'support' }] },
    { text: '（A局、B局负责，排在首位的为牵头单位，下同）……（区财政局、区审计局负责）', expect: [{ text: '区财政局', role: 'lead' }, { text: '区审计局', role: 'responsible' }] },
    { text: '（省通信管理局、省工业和信息化厅负责，排名第一的为牵头单位，下同）。（省统计局负责）', expect: [{ text: '省通信管理局', role: 'lead' }, { text: '省工业和信息化厅', role: 'responsible' }, { text: '省统计局', role: 'lead' }] },
    { text: '（列第一位者為牽頭單位，下同）……（市財政局、市審計局負責）', expect: [{ text: '市財政局', role: 'lead' }, { text: '市審計局', role: 'responsible' }] },
    { text: '实现企业开办全覆盖。（市市场监管局、市公\n安局）\n（二）优化审批。', expect: [{ text: '市市场监管局', role: 'responsible' }, { text: '市公\n安局', role: 'responsible' }] },
    { text: '资金于每年6月底前兑现（市财政局、市商务局）。', expect: [{ text: '市财政局', role: 'responsible' }, { text: '市商务局', role: 'responsible' }] },
    { text: '排在第一位的單位為牽頭單位。\n（一）加強監管。（市財政局、市審計局）', expect: [{ text: '市財政局', role: 'lead' }, { text: '市審計局', role: 'responsible' }] },
  ],
  negative: [
    '由市场监管部门决定，市财政局负责解释。',
    '各有关部门（市发展改革委、市财政局）要加强协调。',
    '依照《条例》。（国务院令第588号）',
    '应当在2小时内报告乡镇人民政府（街道办事处）。',
    '以前建成的小区（不包括业主自主管理小区）。',
    '（以下称区考核部门）',
    '各部门要积极配合支持改革。',
    '（基层政务公开事项标准目录编制牵头部门，见附件）',
  ],
};
