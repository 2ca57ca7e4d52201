/**
 * Who does what: units grouped by the task their attribution closes, a short summary of
 * each task, and a list of a task's units with the leads first.
 */
import type { UnitAnnotation, UnitRole } from '../schema.ts';
import { clipStart, tidy } from './tidy.ts';

export const ROLE_LABEL: Record<UnitRole, string> = { lead: '牵头', responsible: '负责', support: '配合' };
export const ROLE_ORDER: readonly UnitRole[] = ['lead', 'responsible', 'support'];

/** An enumerated heading: （三）加强党的领导。 / 3.优化服务。 / 二、工作任务 */
const HEADING = /^((?:[（(][一二三四五六七八九十百\d]{1,4}[)）]|[一二三四五六七八九十百]{1,3}[、．.]|\d{1,3}[、．.](?!\d))[^。；;！!？?]{2,40}?)[。；;！!？?]/;

/** A numbered item label written before the units, as in annexes: 2.公共资源交易领域：A、B */
const ITEM_LABEL = /^\d{1,3}[.、．]\S{2,40}$/;

/**
 * A short summary of a task: a numbered item's own label (2.公共资源交易领域), else the
 * enumerated heading of its text (（三）加强党的领导), else the sentence the attribution closes.
 */
export function taskSummary(text: string, task: Task, max = 40): string {
  const firstUnit = Math.min(...task.units.map((u) => u.start));
  if (task.end !== undefined && firstUnit > task.end && firstUnit - task.end <= 60) {
    const label = tidy(text.slice(task.end, firstUnit)).replace(/^[-•·\s]+/, '').replace(/[：:\s]+$/, '');
    if (ITEM_LABEL.test(label)) return label;
  }
  const { start, end } = task;
  if (start === undefined || end === undefined || end <= start) return '（未能定位任务原文）';
  const body = tidy(text.slice(start, end)).replace(/^[\s。；;，,、]+/, '').replace(/[\s，,、；;：:。（(]+$/, '');
  const heading = HEADING.exec(body);
  // One bracket width for enumerators: (三) → （三）.
  if (heading) return heading[1]!.replace(/^\(([^)]+)\)/, '（$1）');
  // Else the sentence the attribution closes: the task text's last sentence.
  const sentences = body.split(/(?<=[。；;！!？?])/);
  const last = sentences[sentences.length - 1]!.replace(/^[\s，,、：:]+/, '');
  return lastClauses(last, max) || '（未能定位任务原文）';
}

/** The trailing clauses of a sentence that fit in `max` characters: what an attribution closes. */
function lastClauses(sentence: string, max: number): string {
  if (Array.from(sentence).length <= max) return sentence;
  const clauses = sentence.split(/(?<=[，,：:])/);
  let kept = '';
  for (let i = clauses.length - 1; i >= 0; i--) {
    const next = clauses[i]! + kept;
    if (Array.from(next).length > max) break;
    kept = next;
  }
  return kept ? `…${kept}` : clipStart(sentence, max);
}

/** Units named for one task: the attribution (or attributions) closing the same task text. */
export interface Task {
  start: number | undefined;
  end: number | undefined;
  units: UnitAnnotation[];
}

export function tasksOf(units: readonly UnitAnnotation[]): Task[] {
  const byKey = new Map<string, Task>();
  for (const u of units) {
    const key = u.taskStart !== undefined && u.taskEnd !== undefined ? `${u.taskStart}-${u.taskEnd}` : `group${u.group}`;
    let task = byKey.get(key);
    if (!task) {
      task = { start: u.taskStart, end: u.taskEnd, units: [] };
      byKey.set(key, task);
    }
    task.units.push(u);
  }
  return [...byKey.values()];
}

/** The task whose text holds the offset (a deadline written inside the task), if any. */
export function taskAt(tasks: readonly Task[], offset: number): Task | undefined {
  return tasks.find((t) => t.start !== undefined && t.end !== undefined && offset >= t.start && offset < t.end);
}

/**
 * "区卫生健康局（牵头）、区财政局、区审计局 等 9 个单位": leads first, then the others; in English
 * "区卫生健康局 (lead), 区财政局, 区审计局 and 6 more" (the names stay as the document writes them).
 */
export function unitList(task: Task, max = 4, lang: 'zh' | 'en' = 'zh'): string {
  const seen = new Set<string>();
  const names: string[] = [];
  const role = lang === 'zh' ? { lead: '（牵头）', support: '（配合）' } : { lead: ' (lead)', support: ' (support)' };
  for (const r of ROLE_ORDER) {
    for (const u of task.units) {
      const name = tidy(u.text);
      if (u.role !== r || seen.has(name)) continue;
      seen.add(name);
      names.push(r === 'lead' ? `${name}${role.lead}` : r === 'support' ? `${name}${role.support}` : name);
    }
  }
  if (lang === 'en') return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
  return names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')} 等 ${names.length} 个单位`;
}
