/**
 * What the page UI shows, derived from an extraction result (pure: no DOM, no browser):
 * one item per annotation with its id and readable fields, and per document the outline —
 * facts, a timeline of deadlines by date, a units index (unit → tasks and roles) and the
 * citations. Cards and the outline render this; they hold no business logic.
 */
import type { Annotation, DeadlineType, DocumentFacts, ExtractionResult, UnitAnnotation, UnitRole } from '../schema.ts';
import { daysBetween, lastDay } from '../extract/dates.ts';
import { taskAt, tasksOf, taskSummary, unitList, type Task } from './tasks.ts';
import { deadlineContext } from './deadline-context.ts';
import { tidy } from './tidy.ts';

export interface ItemView {
  id: string;
  kind: Annotation['kind'];
  start: number;
  end: number;
  /** The words as a reader sees them (line breaks and spaces inside removed). */
  text: string;
  document: number | null;
  annotation: Annotation;
  /** deadline: the day it falls due, and whether that day was worked out (推算) or written. */
  due: string | null;
  dueResolved: boolean;
  /** deadline: days from today to the due day (negative: overdue). */
  daysLeft: number | null;
  /**
   * The task, shortened (worked out when first read): for a unit the one its attribution
   * closes; for a deadline the words around it (deadline-context.ts).
   */
  readonly task: string | null;
  /** deadline: the units its task names (「区卫生健康局（牵头）、区财政局」), or null. */
  readonly units: string | null;
  /** The same in the reader's language: roles in English as "(lead)", "(support)". */
  unitsIn(lang: 'zh' | 'en'): string | null;
}

export interface UnitEntry {
  name: string;
  roles: UnitRole[];
  items: ItemView[];
}

export interface CitationEntry {
  canonical: string;
  items: ItemView[];
}

export interface DocumentView {
  index: number | null;
  facts: DocumentFacts | null;
  timeline: ItemView[];
  units: UnitEntry[];
  citations: CitationEntry[];
}

export interface PageView {
  items: ItemView[];
  byId: Map<string, ItemView>;
  documents: DocumentView[];
  today: string;
}

/** Page text as a reader sees it: PDF line breaks and spaces next to Chinese removed. */
export function collapse(s: string): string {
  return tidy(s);
}

export const TYPE_LABEL: Record<DeadlineType, { zh: string; en: string }> = {
  effective: { zh: '施行', en: 'Takes effect' },
  expiry: { zh: '失效', en: 'Expires' },
  deadline: { zh: '完成时限', en: 'Due by' },
  duration: { zh: '办理时限', en: 'Time limit' },
};

export const ROLE_LABEL: Record<UnitRole, { zh: string; en: string }> = {
  lead: { zh: '牵头', en: 'Lead' },
  responsible: { zh: '负责', en: 'Responsible' },
  support: { zh: '配合', en: 'Support' },
};

/** The id of the i-th annotation of a result: highlights and views agree on it. */
export function itemId(i: number): string {
  return `gl-${i}`;
}

export function buildPageView(text: string, result: ExtractionResult): PageView {
  // The tasks the attributions close, made once when a deadline first asks for its units.
  let tasks: Task[] | null = null;
  const tasksNow = (): Task[] => (tasks ??= tasksOf(result.annotations.filter((x): x is UnitAnnotation => x.kind === 'unit')));
  const items: ItemView[] = result.annotations.map((a, i) => {
    let due: string | null = null;
    let dueResolved = false;
    if (a.kind === 'deadline') {
      if (a.date && a.type !== 'effective') due = lastDay(a.date);
      else if (a.date) due = a.resolvedDate ?? null;
      else if (a.resolvedDate) {
        due = a.resolvedDate;
        dueResolved = true;
      }
    }
    let task: string | null | undefined;
    let units: string | null | undefined;
    let unitsEn: string | null | undefined;
    const deadlineTask = (): Task | undefined => (a.kind === 'deadline' ? taskAt(tasksNow(), a.start) : undefined);
    return {
      get task(): string | null {
        if (task === undefined) task = a.kind === 'unit' ? taskSummary(text, { start: a.taskStart, end: a.taskEnd, units: [a] }, 48) : a.kind === 'deadline' ? deadlineContext(text, a) : null;
        return task;
      },
      get units(): string | null {
        if (units === undefined) {
          const t = deadlineTask();
          units = t ? unitList(t) : null;
        }
        return units;
      },
      unitsIn(lang: 'zh' | 'en'): string | null {
        if (lang === 'zh') return this.units;
        if (unitsEn === undefined) {
          const t = deadlineTask();
          unitsEn = t ? unitList(t, 4, 'en') : null;
        }
        return unitsEn;
      },
      id: itemId(i),
      kind: a.kind,
      start: a.start,
      end: a.end,
      text: collapse(a.text),
      document: a.kind === 'docnum' ? documentOf(result.documents, a.start) : (a.document ?? null),
      annotation: a,
      due,
      dueResolved,
      daysLeft: due ? daysBetween(result.today, due) : null,
    };
  });
  const byId = new Map(items.map((it) => [it.id, it]));

  const groups: Array<number | null> = result.documents.length ? result.documents.map((_, i) => i) : [null];
  const documents: DocumentView[] = groups.map((index) => {
    const facts = index === null ? null : result.documents[index]!;
    const mine = items.filter((it) => (index === null ? true : it.document === index));
    const timeline = mine
      .filter((it) => it.kind === 'deadline')
      .sort((a, b) => (a.due ?? '9999') .localeCompare(b.due ?? '9999') || a.start - b.start);
    const units = new Map<string, UnitEntry>();
    for (const it of mine) {
      if (it.annotation.kind !== 'unit') continue;
      const entry = units.get(it.text) ?? { name: it.text, roles: [], items: [] };
      if (!entry.roles.includes(it.annotation.role)) entry.roles.push(it.annotation.role);
      entry.items.push(it);
      units.set(it.text, entry);
    }
    const citations = new Map<string, CitationEntry>();
    for (const it of mine) {
      if (it.annotation.kind !== 'docnum' || it.annotation.canonical === facts?.docnum) continue;
      const entry = citations.get(it.annotation.canonical) ?? { canonical: it.annotation.canonical, items: [] };
      entry.items.push(it);
      citations.set(it.annotation.canonical, entry);
    }
    return {
      index,
      facts,
      timeline,
      units: [...units.values()].sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name, 'zh')),
      citations: [...citations.values()],
    };
  });
  return { items, byId, documents, today: result.today };
}

/** The facts of the document an item belongs to, or null (outside every document). */
export function factsOfItem(view: PageView, item: ItemView): DocumentFacts | null {
  return item.document !== null ? view.documents.find((d) => d.index === item.document)?.facts ?? null : null;
}

/** How many items of each kind the view holds (the launcher's and the outline's counts). */
export function countsOf(view: PageView | null): Record<Annotation['kind'], number> {
  const c = { docnum: 0, deadline: 0, unit: 0 };
  for (const it of view?.items ?? []) c[it.kind]++;
  return c;
}

function documentOf(docs: DocumentFacts[], start: number): number | null {
  const i = docs.findIndex((d) => d.start <= start && start < d.end);
  return i < 0 ? null : i;
}

/** The unit's other tasks in the same document, for its card. */
export function tasksOfUnit(view: PageView, item: ItemView): ItemView[] {
  return view.items.filter((it) => it.kind === 'unit' && it.text === item.text && it.document === item.document);
}
