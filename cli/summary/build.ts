/**
 * A corpus summary, built from the files' digests as they arrive (cli/summary/digest.ts);
 * the digests themselves are not kept. The tables: documents, every dated deadline in date
 * order, a unit index across documents (names tidied, traditional folded), the citation
 * graph, and documents that repeal others. Filters: --unit (units, their deadlines and the
 * documents naming them), --kind and --from/--to (deadlines).
 */
import type { DeadlineType, UnitRole, ValidityStatus } from '../../lib/schema.ts';
import type { Filters } from '../args.ts';
import { dayStatus, daysFrom } from '../format/deadlines.ts';
import { nameKey } from '../format/names.ts';
import type { Digest, Named } from './digest.ts';

/** A document of the corpus: the file and its index there (from 1). */
export interface DocRef {
  file: string;
  document: number;
  docnum: string | null;
  title: string | null;
}

export interface DocumentRow extends DocRef {
  issuer: string | null;
  signedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  validity: ValidityStatus;
  validityReason: string;
  deadlines: number;
}

export interface DeadlineRow {
  day: string;
  daysLeft: number;
  status: string;
  type: DeadlineType;
  text: string;
  /** The day was worked out by the engine, not written. */
  inferred: boolean;
  task: string;
  units: Named[];
  file: string;
  document: number | null;
  docnum: string | null;
  title: string | null;
}

export interface UnitTask {
  role: UnitRole;
  task: string;
  file: string;
  document: number | null;
  docnum: string | null;
  title: string | null;
}

export interface UnitEntry {
  unit: string;
  tasks: number;
  roles: Record<UnitRole, number>;
  /** Documents (or files, for units outside any document) it is named in. */
  documents: number;
  items: UnitTask[];
}

export interface CitationRow {
  file: string;
  document: number | null;
  docnum: string | null;
  title: string | null;
  cited: string;
  citedTitle: string | null;
  times: number;
  /** How many documents of the corpus have the cited number as their own … */
  inCorpusCount: number;
  /** … and the first of them (at most MAX_REFS; all are in mostCited). */
  inCorpus: DocRef[];
}

export interface CitedEntry {
  cited: string;
  title: string | null;
  /** Documents citing it. */
  citedBy: number;
  times: number;
  /** Every document of the corpus whose own number it is. */
  inCorpus: DocRef[];
}

export interface RepealRow {
  file: string;
  document: number;
  docnum: string | null;
  title: string | null;
  repealedDocnum: string | null;
  repealedTitle: string | null;
  inCorpusCount: number;
  /** The first (at most MAX_REFS) documents of the corpus that are the repealed one. */
  inCorpus: DocRef[];
}

export interface Summary {
  today: string;
  filters: Filters;
  files: { read: number; failed: number; notGovernment: number };
  /** Deadlines left out of the table because they fall on no day (before filters). */
  undated: number;
  documents: DocumentRow[];
  deadlines: DeadlineRow[];
  units: UnitEntry[];
  citations: { edges: CitationRow[]; mostCited: CitedEntry[] };
  repeals: RepealRow[];
}

interface UnitAcc {
  unit: string;
  roles: Record<UnitRole, number>;
  documents: Set<string>;
  items: UnitTask[];
}

/**
 * Documents of the corpus named per row where a number is held by several (the same gazette
 * read twice, a corpus of copies): the rows stay small, mostCited has the full lists.
 */
export const MAX_REFS = 3;

const docKey = (file: string, document: number | null): string => `${file}\u0000${document ?? ''}`;

export class SummaryBuilder {
  private readonly documents: DocumentRow[] = [];
  private readonly deadlines: Array<{ row: DeadlineRow; order: number; start: number }> = [];
  private readonly units = new Map<string, UnitAcc>();
  private readonly edges: CitationRow[] = [];
  private readonly repeals: Array<Omit<RepealRow, 'inCorpus' | 'inCorpusCount'>> = [];
  /** Own numbers (nameKey) and titles (nameKey) → documents. */
  private readonly byNumber = new Map<string, DocRef[]>();
  private readonly byTitle = new Map<string, DocRef[]>();
  private readonly unitKey: string | null;
  private files = 0;
  private failed = 0;
  private notGovernment = 0;
  private undated = 0;

  constructor(private readonly today: string, private readonly filters: Filters) {
    this.unitKey = filters.unit ? nameKey(filters.unit) : null;
  }

  private unitMatches(name: string): boolean {
    return this.unitKey === null || nameKey(name).includes(this.unitKey);
  }

  private deadlineKept(day: string, type: DeadlineType, units: Named[]): boolean {
    const { kinds, from, to } = this.filters;
    if (kinds && !kinds.includes(type)) return false;
    if (from && day < from) return false;
    if (to && day > to) return false;
    return this.unitKey === null || units.some((u) => this.unitMatches(u.name));
  }

  addFailure(): void {
    this.failed++;
  }

  add(d: Digest): void {
    const order = this.files++;
    if (!d.detection.government) this.notGovernment++;
    this.undated += d.undated;
    const docs = new Map(d.documents.map((x) => [x.index, x]));
    const ref = (document: number | null): { docnum: string | null; title: string | null } => {
      const doc = document === null ? undefined : docs.get(document);
      return { docnum: doc?.docnum ?? null, title: doc?.title ?? null };
    };
    // Documents naming the unit asked for (all documents without --unit).
    const naming = new Set<number | null>();
    for (const task of d.tasks) {
      for (const u of task.units) {
        if (!this.unitMatches(u.name)) continue;
        naming.add(task.document);
        const key = nameKey(u.name);
        let acc = this.units.get(key);
        if (!acc) {
          acc = { unit: u.name, roles: { lead: 0, responsible: 0, support: 0 }, documents: new Set(), items: [] };
          this.units.set(key, acc);
        }
        acc.roles[u.role]++;
        acc.documents.add(docKey(d.file, task.document));
        acc.items.push({ role: u.role, task: task.summary, file: d.file, document: task.document, ...ref(task.document) });
      }
    }
    const kept = (document: number | null): boolean => this.unitKey === null || naming.has(document);
    for (const doc of d.documents) {
      const r: DocRef = { file: d.file, document: doc.index, docnum: doc.docnum, title: doc.title };
      if (doc.docnum) push(this.byNumber, nameKey(doc.docnum), r);
      if (doc.title) push(this.byTitle, nameKey(doc.title), r);
      if (!kept(doc.index)) continue;
      this.documents.push({
        ...r,
        issuer: doc.issuer,
        signedDate: doc.signedDate,
        effectiveDate: doc.effectiveDate,
        expiryDate: doc.expiryDate,
        validity: doc.status,
        validityReason: doc.statusReason,
        deadlines: doc.deadlines,
      });
      for (const rep of doc.repeals) {
        this.repeals.push({ ...r, repealedDocnum: rep.docnum, repealedTitle: rep.title });
      }
    }
    for (const dl of d.deadlines) {
      if (!this.deadlineKept(dl.day, dl.type, dl.units)) continue;
      const row: DeadlineRow = {
        day: dl.day,
        daysLeft: daysFrom(this.today, dl.day),
        status: dayStatus({ text: dl.text, type: dl.type }, dl.day, this.today),
        type: dl.type,
        text: dl.text,
        inferred: dl.inferred,
        task: dl.task,
        units: dl.units,
        file: d.file,
        document: dl.document,
        ...ref(dl.document),
      };
      this.deadlines.push({ row, order, start: dl.start });
    }
    for (const c of d.citations) {
      if (!kept(c.document)) continue;
      this.edges.push({ file: d.file, document: c.document, ...ref(c.document), cited: c.cited, citedTitle: c.title, times: c.times, inCorpusCount: 0, inCorpus: [] });
    }
  }

  build(): Summary {
    const inCorpus = (docnum: string | null, title: string | null): DocRef[] =>
      (docnum ? this.byNumber.get(nameKey(docnum)) : undefined) ?? (title ? this.byTitle.get(nameKey(title.replace(/^《|》$/g, ''))) : undefined) ?? [];
    const cited = new Map<string, CitedEntry & { by: Set<string> }>();
    for (const e of this.edges) {
      const key = nameKey(e.cited);
      let c = cited.get(key);
      if (!c) {
        c = { cited: e.cited, title: null, citedBy: 0, times: 0, inCorpus: inCorpus(e.cited, null), by: new Set() };
        cited.set(key, c);
      }
      e.inCorpusCount = c.inCorpus.length;
      e.inCorpus = c.inCorpus.slice(0, MAX_REFS);
      c.by.add(docKey(e.file, e.document));
      c.times += e.times;
      c.title ??= e.citedTitle ?? (e.inCorpus[0]?.title ? `《${e.inCorpus[0].title}》` : null);
    }
    const mostCited = [...cited.values()]
      .map(({ by, ...c }) => ({ ...c, citedBy: by.size }))
      .sort((a, b) => b.citedBy - a.citedBy || b.times - a.times || (a.cited < b.cited ? -1 : a.cited > b.cited ? 1 : 0));
    const deadlines = this.deadlines
      .sort((a, b) => (a.row.day < b.row.day ? -1 : a.row.day > b.row.day ? 1 : a.order - b.order || a.start - b.start))
      .map((d) => d.row);
    const units = [...this.units.values()]
      .map((u) => ({ unit: u.unit, tasks: u.items.length, roles: u.roles, documents: u.documents.size, items: u.items }))
      .sort((a, b) => b.tasks - a.tasks || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
    return {
      today: this.today,
      filters: this.filters,
      files: { read: this.files, failed: this.failed, notGovernment: this.notGovernment },
      undated: this.undated,
      documents: this.documents,
      deadlines,
      units,
      citations: { edges: this.edges, mostCited },
      repeals: this.repeals.map((r) => {
        const all = inCorpus(r.repealedDocnum, r.repealedTitle);
        return { ...r, inCorpusCount: all.length, inCorpus: all.slice(0, MAX_REFS) };
      }),
    };
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
