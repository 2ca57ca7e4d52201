/**
 * What a summary needs of one file, made where the file was read (in a worker) so that the
 * text and the engine's full result are dropped there: its documents' facts, its dated
 * deadlines with their task and units, its tasks with their units and roles, the numbers it
 * cites and those its documents repeal. Documents are numbered from 1, as in the brief.
 */
import type { DeadlineAnnotation, DeadlineType, DocnumAnnotation, UnitAnnotation, UnitRole, ValidityStatus } from '../../lib/schema.ts';
import { ROLE_ORDER, taskSummary, tasksOf, type Task } from '../../lib/view/tasks.ts';
import { tidy } from '../../lib/view/tidy.ts';
import type { Detection } from '../detect.ts';
import { deadlineContext, isInferred, trustedDay } from '../format/deadlines.ts';
import { citedTitle, documentAt } from '../format/documents.ts';
import { tidyName } from '../format/names.ts';
import { taskCursor } from '../format/task-cursor.ts';
import type { FileResult } from '../types.ts';

export interface Named {
  /** Written name, tidied (no whitespace, traditional folded). */
  name: string;
  role: UnitRole;
}

export interface Reference {
  docnum: string | null;
  title: string | null;
}

export interface DocumentDigest {
  /** From 1, in text order. */
  index: number;
  title: string | null;
  docnum: string | null;
  issuer: string | null;
  signedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  status: ValidityStatus;
  statusReason: string;
  repeals: Reference[];
  /** Deadlines found in it (dated or not). */
  deadlines: number;
}

export interface DeadlineDigest {
  /** Document index from 1, null outside every document. */
  document: number | null;
  text: string;
  type: DeadlineType;
  /** The day it falls on (written, or worked out by the engine: `inferred`). */
  day: string;
  inferred: boolean;
  task: string;
  units: Named[];
  start: number;
}

export interface TaskDigest {
  document: number | null;
  summary: string;
  units: Named[];
}

export interface CitationDigest {
  document: number | null;
  /** The cited number's canonical form. */
  cited: string;
  /** Its title in 《》 where the text gives one. */
  title: string | null;
  times: number;
}

export interface Digest {
  file: string;
  detection: Detection;
  documents: DocumentDigest[];
  deadlines: DeadlineDigest[];
  /** Deadlines that fall on no day (recurring, relative to an event …). */
  undated: number;
  tasks: TaskDigest[];
  citations: CitationDigest[];
}

/** Repealed documents, from the engine's `repeals` fact where it gives one (issue 8). */
function repealsOf(d: object): Reference[] {
  const list = (d as { repeals?: unknown }).repeals;
  if (!Array.isArray(list)) return [];
  return list
    .filter((r): r is Reference => typeof r === 'object' && r !== null)
    .map((r) => ({ docnum: typeof r.docnum === 'string' ? tidyName(r.docnum) : null, title: typeof r.title === 'string' ? tidy(r.title) : null }))
    .filter((r) => r.docnum || r.title);
}

/** Leads first, each name once. */
function named(task: Task | undefined): Named[] {
  if (!task) return [];
  const seen = new Set<string>();
  const out: Named[] = [];
  for (const role of ROLE_ORDER) {
    for (const u of task.units) {
      const name = tidyName(u.text);
      if (u.role !== role || seen.has(name)) continue;
      seen.add(name);
      out.push({ name, role });
    }
  }
  return out;
}

const oneBased = (i: number | undefined): number | null => (i === undefined || i < 0 ? null : i + 1);

export function digest(f: FileResult): Digest {
  const { annotations, documents } = f.result;
  const units = annotations.filter((a): a is UnitAnnotation => a.kind === 'unit');
  const tasks = tasksOf(units);
  const taskAt = taskCursor(tasks);
  const deadlines: DeadlineDigest[] = [];
  const counts = new Map<number | undefined, number>();
  let undated = 0;
  for (const a of annotations) {
    if (a.kind !== 'deadline') continue;
    const dl = a as DeadlineAnnotation;
    counts.set(dl.document, (counts.get(dl.document) ?? 0) + 1);
    const day = trustedDay(dl, f.result);
    if (!day) {
      undated++;
      continue;
    }
    deadlines.push({
      document: oneBased(dl.document),
      text: tidy(dl.text),
      type: dl.type,
      day,
      inferred: isInferred(dl),
      task: deadlineContext(f.text, dl),
      units: named(taskAt(dl.start, dl.end)),
      start: dl.start,
    });
  }
  const citations = new Map<string, CitationDigest>();
  for (const a of annotations) {
    if (a.kind !== 'docnum') continue;
    const d = documentAt(f.result, a.start);
    const own = d >= 0 ? documents[d]!.docnum : null;
    if (own !== null && a.canonical === own) continue;
    const key = `${d}\u0000${a.canonical}`;
    let c = citations.get(key);
    if (!c) {
      c = { document: oneBased(d), cited: tidyName(a.canonical), title: null, times: 0 };
      citations.set(key, c);
    }
    c.times++;
    c.title ??= citedTitle(f.text, a as DocnumAnnotation);
  }
  return {
    file: f.file,
    detection: f.detection,
    documents: documents.map((d, i) => ({
      index: i + 1,
      title: d.title === null ? null : tidy(d.title),
      docnum: d.docnum === null ? null : tidyName(d.docnum),
      issuer: d.issuer,
      signedDate: d.signedDate,
      effectiveDate: d.effectiveDate,
      expiryDate: d.expiryDate,
      status: d.status,
      statusReason: d.statusReason,
      repeals: repealsOf(d),
      deadlines: counts.get(i) ?? 0,
    })),
    deadlines,
    undated,
    tasks: tasks.map((t) => ({ document: oneBased(t.units[0]?.document), summary: taskSummary(f.text, t), units: named(t) })),
    citations: [...citations.values()],
  };
}
