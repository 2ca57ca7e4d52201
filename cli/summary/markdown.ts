/**
 * The summary as a Markdown brief in Chinese: the overview, then each table. Long lists are
 * shortened where a reader would stop (tasks per unit and role, the most cited numbers) with
 * a pointer to the full table in csv or json; the documents and deadlines are given whole.
 */
import { TYPE_LABEL } from '../format/deadlines.ts';
import { append, daysLabel, md, table } from '../format/markdown.ts';
import { ROLE_LABEL, ROLE_ORDER } from '../../lib/view/tasks.ts';
import type { SummaryTable } from '../types.ts';
import { MAX_REFS, type DocRef, type Summary } from './build.ts';
import type { Named } from './digest.ts';

const TASKS_PER_ROLE = 8;
const MOST_CITED = 20;

const dash = (s: string | null | undefined): string => s || '—';

/** 标题 文号（file 第 n 件）: the document as a reader finds it again. */
function docLabel(r: { file: string; document: number | null; docnum: string | null; title: string | null }): string {
  const name = [r.title ?? (r.docnum ? '' : '（标题未识别）'), r.docnum ?? ''].filter(Boolean).join(' ');
  return r.document === null ? `${r.file}（公文之外）` : `${name}（${r.file} 第 ${r.document} 件）`;
}

function units(list: Named[]): string {
  const names = list.map((u) => (u.role === 'lead' ? `${u.name}（牵头）` : u.role === 'support' ? `${u.name}（配合）` : u.name));
  return names.length ? names.join('、') : '—';
}

/** The corpus documents holding a number: the first MAX_REFS, and how many more. */
function refs(list: DocRef[], count = list.length): string {
  if (!count) return '—';
  const shown = list.slice(0, MAX_REFS).map(docLabel).join('；');
  return count > MAX_REFS ? `${shown} 等 ${count} 件` : shown;
}

function overview(s: Summary): string[] {
  const f = s.filters;
  const parts = [
    `基准日 ${s.today}`,
    `读取 ${s.files.read} 个文件${s.files.failed ? `（另有 ${s.files.failed} 个未能读取）` : ''}`,
    `公文 ${s.documents.length} 件`,
    `有日期的期限 ${s.deadlines.length} 项${s.undated ? `（另有 ${s.undated} 项无确定日期，未列入）` : ''}`,
    `责任单位 ${s.units.length} 个`,
    `被引文号 ${s.citations.mostCited.length} 个`,
  ];
  const filters = [
    f.unit ? `单位含「${f.unit}」` : '',
    f.kinds ? `期限类型：${f.kinds.map((k) => TYPE_LABEL[k]).join('、')}` : '',
    f.from || f.to ? `期限日期：${f.from ?? '…'} 至 ${f.to ?? '…'}` : '',
  ].filter(Boolean);
  const out = [parts.join(' ｜ '), ''];
  if (filters.length) out.push(`筛选：${md(filters.join('；'))}`, '');
  if (s.files.notGovernment) out.push(`> ⚠ ${s.files.notGovernment} 个文件看起来不是政府公文（检测得分偏低），其结果仅供参考。`, '');
  return out;
}

function documents(s: Summary): string[] {
  const rows = s.documents.map((d) => [
    d.file, String(d.document), dash(d.docnum), d.title ?? '（标题未识别）', dash(d.issuer), dash(d.signedDate),
    dash(d.effectiveDate), dash(d.expiryDate), `${d.validity}（${d.validityReason}）`,
  ]);
  const out = [`## 公文一览（${s.documents.length} 件）`, ''];
  if (!rows.length) return [...out, '未识别出公文。', ''];
  append(out, table(['文件', '#', '文号', '标题', '发文机关', '成文日期', '施行', '有效期至', '效力状态'], rows));
  out.push('');
  return out;
}

function deadlines(s: Summary): string[] {
  const out = [`## 期限（按日期，${s.deadlines.length} 项）`, ''];
  if (!s.deadlines.length) return [...out, '没有有日期的期限。', ''];
  const rows = s.deadlines.map((d) => [
    d.inferred ? `${d.day}（推算）` : d.day, daysLabel(d, d.day, s.today), TYPE_LABEL[d.type], d.text, d.task, units(d.units), docLabel(d),
  ]);
  append(out, table(['日期', '剩余天数', '类型', '期限原文', '所属任务摘要', '责任单位', '公文'], rows));
  out.push('');
  return out;
}

function unitIndex(s: Summary): string[] {
  const out = [`## 责任单位索引（${s.units.length} 个单位）`, ''];
  if (!s.units.length) return [...out, '未识别出责任单位。', ''];
  for (const u of s.units) {
    const roles = ROLE_ORDER.filter((r) => u.roles[r]).map((r) => `${ROLE_LABEL[r]} ${u.roles[r]}`).join('、');
    out.push(`- **${md(u.unit)}** · ${u.tasks} 项任务（${roles}），见于 ${u.documents} 件公文`);
    for (const role of ROLE_ORDER) {
      const mine = u.items.filter((t) => t.role === role);
      if (!mine.length) continue;
      const shown = mine.slice(0, TASKS_PER_ROLE).map((t) => `${t.task}（${docLabel(t)}）`).join('；');
      const more = mine.length > TASKS_PER_ROLE ? `；……（另 ${mine.length - TASKS_PER_ROLE} 项，全部见 --format csv --table units）` : '';
      out.push(`  - ${ROLE_LABEL[role]}：${md(shown)}${more}`);
    }
  }
  out.push('');
  return out;
}

function citations(s: Summary): string[] {
  const { edges, mostCited } = s.citations;
  const out = ['## 引用关系', ''];
  if (!edges.length) return [...out, '未发现引用其他文号。', ''];
  const found = mostCited.filter((c) => c.inCorpus.length).length;
  out.push(`${edges.length} 处引用，${mostCited.length} 个被引文号，其中 ${found} 个文号的公文本身在语料中。全部引用见 --format csv --table citations。`, '');
  out.push(`### 被引最多${mostCited.length > MOST_CITED ? `（前 ${MOST_CITED} 个）` : ''}`, '');
  append(out, table(['被引文号', '标题', '引用它的公文', '引用次数', '语料中的该公文'],
    mostCited.slice(0, MOST_CITED).map((c) => [c.cited, dash(c.title), String(c.citedBy), String(c.times), refs(c.inCorpus)])));
  out.push('');
  const within = edges.filter((e) => e.inCorpusCount);
  out.push(`### 语料内的引用（${within.length} 处）`, '');
  if (!within.length) out.push('被引文号的公文都不在语料中。', '');
  else {
    append(out, table(['引用方', '被引文号', '被引公文'], within.map((e) => [docLabel(e), e.cited, refs(e.inCorpus, e.inCorpusCount)])));
    out.push('');
  }
  return out;
}

function repeals(s: Summary): string[] {
  const out = [`## 废止其他文件的公文（${s.repeals.length} 处）`, ''];
  if (!s.repeals.length) return [...out, '未识别出废止其他文件的公文。', ''];
  append(out, table(['公文', '废止的文件', '语料中的该公文'], s.repeals.map((r) => [
    docLabel(r), [r.repealedTitle, r.repealedDocnum].filter(Boolean).join(' '), refs(r.inCorpus, r.inCorpusCount),
  ])));
  out.push('');
  return out;
}

const SECTIONS: Record<SummaryTable, (s: Summary) => string[]> = { documents, deadlines, units: unitIndex, citations, repeals };

/** Lines written per chunk: no output of any size is ever one string. */
const LINES_PER_CHUNK = 2000;

export function* summaryMarkdown(s: Summary, only: SummaryTable | null): Generator<string> {
  const out = ['# 公报汇总', '', ...overview(s)];
  for (const [name, section] of Object.entries(SECTIONS) as Array<[SummaryTable, (s: Summary) => string[]]>) {
    if (!only || only === name) append(out, section(s));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  for (let i = 0; i < out.length; i += LINES_PER_CHUNK) yield `${out.slice(i, i + LINES_PER_CHUNK).join('\n')}\n`;
}
