/**
 * The convention that the first-listed unit leads, in its many wordings, holding from where a
 * document states it (its bracket, 下同) to the document's end (EXTRACTION_SPEC.md §3 roles):
 *   排在首位的为牵头单位 · 排第一位为牵头部门 · 排名第一的为牵头单位 · 列第一位者为牵头单位 ·
 *   第一个单位为牵头单位 · 首位单位为牵头单位 · 排在首位的單位為牽頭單位 (folded)
 * (The statement may be cut by a page's running header: 排第一位为牵⏎…⏎头部门, so 为牵 is enough.)
 * Both the bracketed attributions (unit.ts) and the task tables (unit-table.ts) obey it.
 */
import type { TextModel } from '../text/model.ts';
import { lastAtOrBefore } from '../text/bisect.ts';
import { findDocumentStarts } from './boundaries.ts';

export const FIRST_LEADS =
  /(?:排名|排序|排|列|位于|居)在?(?:首位|第一位|第1位|第一|最前)(?:的|者)?(?:部门|单位)?(?:为|是)(?:牵|主责|主办)|(?:第一个|第1个|首个|首家|第一家|首位)(?:的)?(?:部门|单位)(?:为|是)(?:牵头|主责|主办)|(?:排|列)在?(?:首位|第一位)的(?:部门|单位)牵头/g;

export const firstListedExamples = {
  positive: ['排在首位的为牵头单位', '排第一位为牵头部门', '排名第一的为牵头单位', '列第一位者为牵头单位', '第一个单位为牵头单位', '首位单位为牵头单位', '排在首位的單位為牽頭單位', '排名第一的為牽頭部門'],
  negative: ['排名第一的城市为杭州', '第一个阶段为试点阶段', '牽頭單位排在首位', '列入首批名单'],
};

/** What every wording ends with: the whole pattern is tried only in a window before each. */
const TRIGGER_COPULA = /[为是](?:牵|主[责办])/g;
const TRIGGER_BODY = /(?:部门|单位)牵头/g;

/**
 * Where a trigger stands, in order. Two patterns that start with a literal or a small class scan
 * quickly; one that joins them with an alternation at its start is scanned character by character.
 */
function triggers(norm: string): Array<{ index: number; length: number }> {
  const out: Array<{ index: number; length: number }> = [];
  for (const re of [TRIGGER_COPULA, TRIGGER_BODY]) for (const m of norm.matchAll(re)) out.push({ index: m.index, length: m[0].length });
  return out.sort((a, b) => a.index - b.index);
}
const WORDING = new RegExp(FIRST_LEADS.source);

export const firstListedPatterns: readonly RegExp[] = [FIRST_LEADS, TRIGGER_COPULA, TRIGGER_BODY];

const memoStatements = new WeakMap<TextModel, Array<{ index: number }>>();

/** Where the model's text states the convention (normalised offsets of each wording), found once per model. */
function statements(model: TextModel): Array<{ index: number }> {
  const cached = memoStatements.get(model);
  if (cached) return cached;
  const { norm } = model;
  const out: Array<{ index: number }> = [];
  let reach = 0;
  for (const t of triggers(norm)) {
    if (t.index < reach) continue;
    reach = t.index + t.length;
    const w0 = Math.max(0, t.index - 14);
    const w = WORDING.exec(norm.slice(w0, t.index + t.length + 2));
    if (!w) continue;
    out.push({ index: w0 + w.index });
    reach = Math.max(reach, w0 + w.index + w[0].length);
  }
  memoStatements.set(model, out);
  return out;
}

const memo = new WeakMap<TextModel, Array<[number, number]>>();
const memoTables = new WeakMap<TextModel, Array<[number, number]>>();

/**
 * Normalised ranges [from, to) in which the first-listed unit of an attribution leads; with
 * `forTables`, a note about the tables (表中…) holds from the document's start.
 */
export function firstListedRanges(model: TextModel, forTables = false): Array<[number, number]> {
  const cache = forTables ? memoTables : memo;
  const cached = cache.get(model);
  if (cached) return cached;
  const { norm } = model;
  const out: Array<[number, number]> = [];
  let starts: number[] | null = null;
  for (const m of statements(model)) {
    // From the bracket that states it (its own attribution counts too), else from the statement.
    let from = m.index;
    for (let i = m.index - 1, depth = 0; i >= 0 && m.index - i < 300; i--) {
      const c = norm[i]!;
      if (c === '。' || c === '\n') break;
      if (c === ')') depth++;
      else if (c === '(') {
        if (depth === 0) {
          from = i;
          break;
        }
        depth--;
      }
    }
    starts ??= findDocumentStarts(model);
    const s = starts;
    const k = lastAtOrBefore(s.length, (i) => s[i]!, m.index);
    // A note about a table (注：表中责任单位排在首位的为牵头单位) holds for the document's tables
    // wherever it stands, so from the document's start.
    if (forTables && /表/.test(norm.slice(Math.max(0, m.index - 16), m.index))) from = k >= 0 ? s[k]! : 0;
    const next = k + 1 < s.length ? s[k + 1]! : norm.length;
    // Merged as they come (sorted by start), so one binary search answers firstListedAt.
    const last = out[out.length - 1];
    if (last && from <= last[1]) {
      last[0] = Math.min(last[0], from);
      last[1] = Math.max(last[1], next);
    }
    else out.push([from, next]);
  }
  cache.set(model, out);
  return out;
}

/** True when normalised offset `at` is under the first-listed convention (ranges sorted, disjoint). */
export function firstListedAt(ranges: ReadonlyArray<[number, number]>, at: number): boolean {
  const k = lastAtOrBefore(ranges.length, (i) => ranges[i]![0], at);
  return k >= 0 && at < ranges[k]![1];
}
