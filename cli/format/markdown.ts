/**
 * Markdown: a brief in Chinese for a busy official. Per document: its facts and validity,
 * its deadlines (with the task around each and who is responsible), who does what
 * (责任单位 → 任务), and the documents it cites. Everything quoted is whitespace-tidied.
 */
import type { DeadlineAnnotation, DocnumAnnotation, DocumentFacts, ExtractionResult, UnitAnnotation, UnitRole } from '../../lib/schema.ts';
import { TYPE_LABEL, daysFrom, deadlineContext, dueDay, isInferred, trustedDay } from './deadlines.ts';
import { byDocument, citedTitle, documentAt } from './documents.ts';
import { ROLE_LABEL, ROLE_ORDER, tasksOf, taskSummary, unitList, type Task } from '../../lib/view/tasks.ts';
import { tidy } from '../../lib/view/tidy.ts';
import { taskCursor } from './task-cursor.ts';
import type { FileResult, StreamFormat } from '../types.ts';

/** Deadlines this close (in days) are called out. */
const SOON = 30;
/** Tasks quoted per unit and role; 各地区 in a national task-division plan has sixty. */
const MAX_TASKS_LISTED = 8;

/** Markdown-safe inline text. */
export function md(s: string): string {
  return s.replace(/[\\`*_<]/g, (c) => `\\${c}`);
}

/** Markdown-safe table cell. */
function cell(s: string): string {
  return md(s).replace(/\|/g, '\\|');
}

/** out.push(...items) without the call-stack limit on huge lists (~130k items). */
export function append<T>(out: T[], items: readonly T[]): void {
  for (const item of items) out.push(item);
}

export function table(head: string[], rows: string[][]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** Days left as a reader says them: 剩 12 天 ⚠, 已过 3 天, 已施行 … */
export function daysLabel(a: Pick<DeadlineAnnotation, 'text' | 'type'>, day: string | null, today: string): string {
  if (!day) return /每/.test(a.text) ? '周期性' : '—';
  const n = daysFrom(today, day);
  if (a.type === 'effective') return n > 0 ? `${n} 天后施行` : n === 0 ? '今天施行' : '已施行';
  if (n === 0) return '今天到期';
  if (n < 0) return a.type === 'expiry' ? `已失效 ${-n} 天` : `已过 ${-n} 天`;
  return n <= SOON ? `剩 ${n} 天 ⚠` : `剩 ${n} 天`;
}

/** Deadlines in date order, undated ones last, then in text order. */
function byDay(result: ExtractionResult) {
  return (a: DeadlineAnnotation, b: DeadlineAnnotation): number => {
    const da = trustedDay(a, result);
    const db = trustedDay(b, result);
    if (da && db && da !== db) return da < db ? -1 : 1;
    if (!da !== !db) return da ? -1 : 1;
    return a.start - b.start;
  };
}

interface Section {
  heading: string;
  facts: DocumentFacts | null;
  deadlines: DeadlineAnnotation[];
  units: UnitAnnotation[];
  docnums: DocnumAnnotation[];
}

function factsLine(d: DocumentFacts): string {
  const v = (s: string | null): string => (s ? md(s) : '—');
  return [
    `文号：${v(d.docnum)}`,
    `发文机关：${v(d.issuer)}`,
    `成文日期：${v(d.signedDate)}`,
    `施行：${v(d.effectiveDate)}`,
    `有效期至：${v(d.expiryDate)}`,
    `效力状态：**${d.status}**（${md(d.statusReason)}）`,
  ].join(' ｜ ');
}

function deadlineBlock(s: Section, f: FileResult, tasks: Task[], today: string): string[] {
  if (!s.deadlines.length) return [];
  const notes: string[] = [];
  const taskAt = taskCursor(tasks);
  const taskOf = new Map(s.deadlines.map((a) => [a, taskAt(a.start, a.end)]));
  const rows = [...s.deadlines].sort(byDay(f.result)).map((a) => {
    const day = trustedDay(a, f.result);
    const rejected = dueDay(a);
    if (!day && rejected) notes.push(`「${tidy(a.text)}」推算为 ${rejected}，早于成文日期，不予采用`);
    const task = taskOf.get(a);
    return [
      tidy(a.text),
      TYPE_LABEL[a.type],
      day ? (isInferred(a) ? `${day}（推算）` : day) : '—',
      daysLabel(a, day, today),
      deadlineContext(f.text, a),
      task ? unitList(task) : '—',
    ];
  });
  const out = [`### 期限（${s.deadlines.length} 项）`, '', ...table(['期限原文', '类型', '日期', '剩余天数', '所属任务摘要', '责任单位'], rows)];
  const how = [...new Set(s.deadlines.filter((a) => isInferred(a) && trustedDay(a, f.result)).map((a) => a.resolvedFrom ?? '按文中信息推算'))];
  if (how.length) notes.unshift(`推算：文中未写明具体日期，${how.join('；')}`);
  if (notes.length) out.push('', notes.map((n) => `> ${md(n)}。`).join('\n>\n'));
  return [...out, ''];
}

function unitBlock(s: Section, f: FileResult, tasks: Task[]): string[] {
  if (!s.units.length) return [];
  interface Entry { name: string; first: number; tasks: Array<{ role: UnitRole; task: Task }>; seen: Set<Task> }
  const entries = new Map<string, Entry>();
  for (const task of tasks) {
    for (const u of task.units) {
      const name = tidy(u.text);
      let e = entries.get(name);
      if (!e) {
        e = { name, first: u.start, tasks: [], seen: new Set() };
        entries.set(name, e);
      }
      if (e.seen.has(task)) continue;
      e.seen.add(task);
      e.tasks.push({ role: u.role, task });
    }
  }
  const sorted = [...entries.values()].sort((a, b) => b.tasks.length - a.tasks.length || a.first - b.first);
  const out = [`### 责任单位 → 任务（${sorted.length} 个单位，${tasks.length} 项任务）`, ''];
  for (const e of sorted) {
    if (e.tasks.length === 1) {
      const t = e.tasks[0]!;
      out.push(`- **${md(e.name)}** · 1 项：${ROLE_LABEL[t.role]}｜${md(taskSummary(f.text, t.task))}`);
      continue;
    }
    out.push(`- **${md(e.name)}** · ${e.tasks.length} 项`);
    for (const role of ROLE_ORDER) {
      const mine = e.tasks.filter((t) => t.role === role);
      if (!mine.length) continue;
      const list = [...new Set(mine.map((t) => taskSummary(f.text, t.task)))];
      const shown = list.slice(0, MAX_TASKS_LISTED).join('；');
      const more = list.length > MAX_TASKS_LISTED ? `；……（另 ${list.length - MAX_TASKS_LISTED} 项从略，全部见 --format csv）` : '';
      out.push(`  - ${ROLE_LABEL[role]} ${mine.length} 项：${md(shown)}${more}`);
    }
  }
  return [...out, ''];
}

function citedBlock(s: Section, f: FileResult): string[] {
  const own = s.facts?.docnum ?? null;
  const cited = new Map<string, { count: number; title: string | null }>();
  for (const d of s.docnums) {
    if (d.canonical === own) continue;
    const c = cited.get(d.canonical) ?? { count: 0, title: null };
    c.count++;
    c.title ??= citedTitle(f.text, d);
    cited.set(d.canonical, c);
  }
  if (!cited.size) return [];
  const out = [`### 引用文件（${cited.size} 件）`, ''];
  for (const [canonical, c] of cited) {
    const times = c.count > 1 ? `，引用 ${c.count} 次` : '';
    out.push(`- ${c.title ? `${md(c.title)}（${md(canonical)}${times}）` : `${md(canonical)}${times ? `（${times.slice(1)}）` : ''}`}`);
  }
  return [...out, ''];
}

function sections(f: FileResult): Section[] {
  const { annotations, documents } = f.result;
  const deadlines = annotations.filter((a): a is DeadlineAnnotation => a.kind === 'deadline');
  const units = annotations.filter((a): a is UnitAnnotation => a.kind === 'unit');
  const docnums = annotations.filter((a): a is DocnumAnnotation => a.kind === 'docnum');
  if (!documents.length) {
    return [{ heading: '全文（未识别出文件标题和文号）', facts: null, deadlines, units, docnums }];
  }
  const deadlinesOf = byDocument(deadlines, (a) => a.document);
  const unitsOf = byDocument(units, (a) => a.document);
  const docnumsOf = byDocument(docnums, (a) => documentAt(f.result, a.start));
  const out: Section[] = documents.map((d, i) => ({
    heading: `${i + 1}. ${d.title ?? `（标题未识别）${d.docnum ?? ''}`}`,
    facts: d,
    deadlines: deadlinesOf.get(i) ?? [],
    units: unitsOf.get(i) ?? [],
    docnums: docnumsOf.get(i) ?? [],
  }));
  const outside = {
    heading: '文件正文之外（封面、目录等处）',
    facts: null,
    deadlines: deadlinesOf.get(undefined) ?? [],
    units: unitsOf.get(undefined) ?? [],
    docnums: [],
  };
  if (outside.deadlines.length || outside.units.length) out.push(outside);
  return out;
}

function overview(f: FileResult, today: string): string[] {
  const deadlines = f.result.annotations.filter((a): a is DeadlineAnnotation => a.kind === 'deadline');
  const dated = deadlines.map((a) => ({ a, day: trustedDay(a, f.result) }));
  const ahead = dated.filter((d) => d.day && d.day >= today).sort((x, y) => (x.day! < y.day! ? -1 : x.day! > y.day! ? 1 : 0));
  const soon = ahead.filter((d) => daysFrom(today, d.day!) <= SOON).length;
  const past = dated.filter((d) => d.day && d.day < today).length;
  const undated = dated.filter((d) => !d.day).length;
  const { documents } = f.result;
  const parts = [
    `基准日 ${today}`,
    `识别出 ${documents.length} 件文件`,
    `期限 ${deadlines.length} 项：未到期 ${ahead.length} 项（${SOON} 天内 ${soon} 项），已过 ${past} 项，无确定日期 ${undated} 项`,
  ];
  const out = [parts.join(' ｜ '), ''];
  const next = ahead[0];
  if (next) {
    const doc = next.a.document !== undefined ? `（文件 ${next.a.document + 1}）` : '';
    out.push(`> 最近的期限：**${next.day}**「${md(tidy(next.a.text))}」${doc}，${daysLabel(next.a, next.day!, today)}：${md(deadlineContext(f.text, next.a))}`, '');
  }
  const attention = documents.filter((d) => d.status === '即将到期' || d.status === '尚未生效');
  for (const d of attention) out.push(`> ⚠ ${md(d.title ?? d.docnum ?? '（标题未识别）')}：${d.status}，${md(d.statusReason)}`, '');
  for (const e of f.result.errors) out.push(`> ⚠ 部分内容未能识别（${md(e.extractor)}：${md(e.message)}），结果可能不全。`, '');
  if (documents.length >= 2) {
    const deadlinesOf = byDocument(deadlines, (a) => a.document);
    const unitsOf = byDocument(f.result.annotations.filter((a) => a.kind === 'unit'), (a) => a.document);
    const rows = documents.map((d, i) => {
      const mine = deadlinesOf.get(i)?.length ?? 0;
      const units = new Set((unitsOf.get(i) ?? []).map((a) => tidy(a.text))).size;
      return [String(i + 1), d.title ?? '（标题未识别）', d.docnum ?? '—', d.signedDate ?? '—', d.status, mine ? String(mine) : '—', units ? String(units) : '—'];
    });
    append(out, table(['#', '文件', '文号', '成文日期', '效力状态', '期限', '责任单位'], rows));
    out.push('');
  }
  return out;
}

function fileBrief(f: FileResult, today: string): string[] {
  const out = [`# 公文要点：\`${f.file.replace(/`/g, "'")}\``, '', ...overview(f, today)];
  for (const s of sections(f)) {
    const tasks = tasksOf(s.units);
    out.push(`## ${md(s.heading)}`, '');
    if (s.facts) out.push(factsLine(s.facts), '');
    const body = [...deadlineBlock(s, f, tasks, today), ...unitBlock(s, f, tasks), ...citedBlock(s, f)];
    append(out, body.length ? body : ['未发现期限、责任分工或引用文件。', '']);
  }
  return out;
}

/** One brief per file; a blank line between briefs. */
export const markdown: StreamFormat = {
  head: () => '',
  file: (f, { today }) => ({ chunk: `${fileBrief(f, today).join('\n').replace(/\n+$/, '')}\n` }),
  separator: '\n',
  tail: () => '',
};
