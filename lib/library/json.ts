/**
 * The library as one JSON file, and back.
 * `exportJson` writes everything the library holds (search grams are derived and left out):
 *   { format: 'gazette-lens-library', version: 1, exportedAt, documents, notes, watches, citations }
 * `importJson` checks the whole file first — shape, types, dates, colours, limits, duplicate
 * ids, references between records — and on any problem answers `{ ok: false, error }` naming
 * the first one (`notes[3].colour: expected one of yellow, …`) with nothing changed. A good
 * file is written in one transaction, merged by id (merge.ts: a newer local edit is never
 * lost, a document's URLs are merged); if writing fails, the transaction rolls back and
 * nothing is changed either. The result counts what was added, updated, kept (the local copy
 * was newer) and unchanged, per kind.
 */
import { localIso } from '../local-time.ts';
import { z } from 'zod';
import type { Table } from 'dexie';
import type { LibraryDb } from './db.ts';
import { problemOfIssue, type ImportProblem } from './import-problem.ts';
import { toDocument, toNote, toWatch } from './repo.ts';
import { mergeDocument, mergeNote, mergeWatch, type MergeOutcome, type Merged } from './merge.ts';
import {
  citationRecordSchema,
  documentRecordSchema,
  formatError,
  formatPath,
  noteRecordSchema,
  watchRecordSchema,
} from './schemas.ts';
import type { CitationRecord, DocumentRecord, NoteRecord, WatchRecord } from './types.ts';

export const EXPORT_FORMAT = 'gazette-lens-library';
export const EXPORT_VERSION = 1;
/** Files larger than this (bytes of a Blob, characters of a string) are refused unread. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Most records of each kind one file may hold. */
export const MAX_RECORDS = 500_000;

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  documents: DocumentRecord[];
  notes: NoteRecord[];
  watches: WatchRecord[];
  citations: CitationRecord[];
}

export type OutcomeCounts = Record<MergeOutcome, number>;

export interface ImportCounts {
  documents: OutcomeCounts;
  notes: OutcomeCounts;
  watches: OutcomeCounts;
}

export interface ImportProgress {
  /** Records written so far, of `total`. */
  done: number;
  total: number;
}

/** A refusal carries the English line (command line, logs) and the problem as data (the page says it in the reader's language). */
export type ImportResult = { ok: true; counts: ImportCounts } | { ok: false; error: string; problem: ImportProblem };

type Issue = { path: PropertyKey[]; message: string };

/** Ids used twice, and references to records the file does not hold. */
function crossCheck(file: Omit<LibraryExport, 'format' | 'version' | 'exportedAt'>): Issue[] {
  const issues: Issue[] = [];
  const firstAt = (list: 'documents' | 'notes' | 'watches', ids: string[]): Map<string, number> => {
    const seen = new Map<string, number>();
    ids.forEach((id, i) => {
      const before = seen.get(id);
      if (before !== undefined) issues.push({ path: [list, i, 'id'], message: `duplicate id ${JSON.stringify(id)} (also ${formatPath([list, before])})` });
      else seen.set(id, i);
    });
    return seen;
  };
  const docs = firstAt('documents', file.documents.map((d) => d.id));
  firstAt('notes', file.notes.map((n) => n.id));
  firstAt('watches', file.watches.map((w) => w.id));
  file.notes.forEach((n, i) => {
    if (!docs.has(n.documentId)) issues.push({ path: ['notes', i, 'documentId'], message: `no document ${JSON.stringify(n.documentId)} in the file` });
  });
  file.watches.forEach((w, i) => {
    if (w.documentId !== null && !docs.has(w.documentId)) issues.push({ path: ['watches', i, 'documentId'], message: `no document ${JSON.stringify(w.documentId)} in the file` });
  });
  const pairs = new Map<string, number>();
  file.citations.forEach((c, i) => {
    const key = `${c.from}\u0000${c.to}`;
    const before = pairs.get(key);
    if (before !== undefined) issues.push({ path: ['citations', i], message: `duplicate citation (also ${formatPath(['citations', before])})` });
    else pairs.set(key, i);
    const d = docs.get(c.from);
    if (d === undefined) issues.push({ path: ['citations', i, 'from'], message: `no document ${JSON.stringify(c.from)} in the file` });
    else if (!file.documents[d]!.cites.includes(c.to)) issues.push({ path: ['citations', i, 'to'], message: `not among ${formatPath(['documents', d, 'cites'])}` });
  });
  file.documents.forEach((d, i) => {
    d.cites.forEach((to, j) => {
      if (!pairs.has(`${d.id}\u0000${to}`)) issues.push({ path: ['documents', i, 'cites', j], message: `no citation {from: ${JSON.stringify(d.id)}, to: ${JSON.stringify(to)}} in citations` });
    });
  });
  return issues;
}

export const libraryExportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime({ offset: true, error: 'expected an ISO datetime like 2026-01-31T08:00:00.000Z' }),
    documents: z.array(documentRecordSchema).max(MAX_RECORDS),
    notes: z.array(noteRecordSchema).max(MAX_RECORDS),
    watches: z.array(watchRecordSchema).max(MAX_RECORDS),
    citations: z.array(citationRecordSchema).max(MAX_RECORDS * 10),
  })
  .superRefine((file, ctx) => {
    for (const issue of crossCheck(file)) ctx.addIssue({ code: 'custom', ...issue });
  }) satisfies z.ZodType<LibraryExport>;

/** Everything in the library, ready for JSON.stringify. */
export async function exportJson(db: LibraryDb): Promise<LibraryExport> {
  return db.transaction('r', [db.documents, db.notes, db.watches, db.citations], async () => {
    const [documents, notes, watches, citations] = await Promise.all([
      db.documents.toArray(),
      db.notes.toArray(),
      db.watches.toArray(),
      db.citations.toArray(),
    ]);
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: localIso(),
      documents: documents.map(toDocument),
      notes: notes.map(toNote),
      watches: watches.map(toWatch),
      citations: citations.map((c) => ({ from: c.from, to: c.to })),
    };
  });
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

type Refusal = { ok: false; error: string; problem: ImportProblem };

/** The clearest message for a file that is not ours at all, or is from another version. */
function precheck(data: unknown): Refusal | null {
  const no = (error: string, problem: ImportProblem): Refusal => ({ ok: false, error, problem });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return no(`file: not a Gazette Lens library (expected a JSON object, got ${describe(data)})`, { code: 'not-library' });
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    const got = format === undefined ? 'no format' : typeof format === 'string' ? JSON.stringify(format.slice(0, 60)) : describe(format);
    return no(`format: expected "${EXPORT_FORMAT}", got ${got} (not a Gazette Lens library file)`, { code: 'not-library' });
  }
  if (version !== EXPORT_VERSION) {
    if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
      return no(`version: this file is version ${version}, made by a newer Gazette Lens; this one reads version ${EXPORT_VERSION}`, { code: 'newer-version', version, supported: EXPORT_VERSION });
    }
    return no(`version: expected ${EXPORT_VERSION}, got ${version === undefined ? 'none' : typeof version === 'string' ? JSON.stringify(version.slice(0, 20)) : typeof version === 'number' ? String(version) : describe(version)}`, { code: 'other-version', supported: EXPORT_VERSION });
  }
  return null;
}

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Checks a file (a Blob, its text, or parsed JSON) without writing anything. */
export async function parseLibraryFile(
  raw: unknown,
  maxBytes = MAX_IMPORT_BYTES,
): Promise<{ ok: true; data: LibraryExport } | Refusal> {
  let data = raw;
  const tooLarge = (size: number): Refusal => ({ ok: false, error: `file: too large (${mb(size)}; the limit is ${mb(maxBytes)})`, problem: { code: 'too-large', size, limit: maxBytes } });
  if (typeof Blob !== 'undefined' && raw instanceof Blob) {
    if (raw.size > maxBytes) return tooLarge(raw.size);
    data = await raw.text();
  }
  if (typeof data === 'string') {
    if (data.length > maxBytes) return tooLarge(data.length);
    try {
      data = JSON.parse(data);
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      return { ok: false, error: `file: not JSON (${detail})`, problem: { code: 'not-json', detail } };
    }
  }
  const pre = precheck(data);
  if (pre) return pre;
  const parsed = libraryExportSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, error: formatError(parsed.error), problem: problemOfIssue(parsed.error.issues[0]!, parsed.error.issues.length - 1) };
  return { ok: true, data: parsed.data };
}

const CHUNK = 1000;

/** Rows for many keys: a get per key when they are few; else one read of the keys there are, then of the rows. */
async function readMany<T, K extends string>(table: Table<T, K>, keys: readonly K[], keyOf: (row: T) => K): Promise<Array<T | undefined>> {
  if (keys.length <= 200) return table.bulkGet([...keys]);
  const there = new Set(await table.toCollection().primaryKeys());
  const present = keys.filter((k) => there.has(k));
  if (!present.length) return keys.map(() => undefined);
  // One read of every row is far cheaper than a request per key once many are wanted.
  const got = present.length > there.size / 4
    ? new Map((await table.toArray()).map((r) => [keyOf(r), r] as const))
    : new Map((await table.bulkGet(present)).map((r, i) => [present[i]!, r] as const));
  return keys.map((k) => got.get(k));
}

/**
 * Imports a library file: a Blob/File, its text, or the parsed JSON. Checks it all first
 * (nothing changes on any problem), then writes it in one transaction, merged by id, calling
 * `onProgress` after each chunk. Citations of the file's documents replace theirs.
 */
export async function importJson(
  db: LibraryDb,
  raw: unknown,
  onProgress?: (progress: ImportProgress) => void,
  options: { maxBytes?: number } = {},
): Promise<ImportResult> {
  let parsed: Awaited<ReturnType<typeof parseLibraryFile>>;
  try {
    parsed = await parseLibraryFile(raw, options.maxBytes);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `file: could not be read (${detail})`, problem: { code: 'unreadable', detail } };
  }
  if (!parsed.ok) return parsed;
  const { documents, notes, watches, citations } = parsed.data;
  const total = documents.length + notes.length + watches.length;
  const zero = (): OutcomeCounts => ({ added: 0, updated: 0, kept: 0, unchanged: 0 });
  const counts: ImportCounts = { documents: zero(), notes: zero(), watches: zero() };
  let done = 0;
  /** Merges the file's rows into a table, chunk by chunk: reads what is there, writes what changes. */
  const mergeAll = async <T extends { id: string }, R>(
    table: Table<R, string>, rows: T[], merge: (local: T | undefined, file: T) => Merged<T>, out: OutcomeCounts, read: (r: R) => T,
  ): Promise<Array<Merged<T> & { local: T | undefined }>> => {
    const results: Array<Merged<T> & { local: T | undefined }> = [];
    const all = (await readMany(table as unknown as Table<R, string>, rows.map((r) => r.id), (r) => (r as unknown as { id: string }).id)).map((r) => (r === undefined ? undefined : read(r)));
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      const local = all.slice(i, i + CHUNK);
      const merged = chunk.map((row, k) => merge(local[k], row));
      // A merge that changes nothing hands back the local record itself: only the others are written.
      const adds = merged.filter((m, k) => local[k] === undefined).map((m) => m.record);
      const puts = merged.filter((m, k) => local[k] !== undefined && m.record !== local[k]).map((m) => m.record);
      if (adds.length) await table.bulkAdd(adds as unknown as R[]);
      if (puts.length) await table.bulkPut(puts as unknown as R[]);
      for (const m of merged) out[m.outcome]++;
      merged.forEach((m, k) => results.push({ ...m, local: local[k] }));
      done += chunk.length;
      onProgress?.({ done, total });
    }
    return results;
  };
  try {
    onProgress?.({ done: 0, total });
    await db.transaction('rw', [db.documents, db.notes, db.watches, db.citations], async () => {
      const docs = await mergeAll(db.documents as unknown as Table<DocumentRecord, string>, documents, mergeDocument, counts.documents, toDocument);
      // Citations follow the facts: replaced for the documents whose file copy was taken.
      const took = docs.filter((d) => d.took).map((d) => d.record.id);
      if (took.length) {
        const from = new Set(took);
        await db.citations.where('from').anyOf(took).delete();
        await db.citations.bulkPut(citations.filter((c) => from.has(c.from)));
      }
      await mergeAll(db.notes as unknown as Table<NoteRecord, string>, notes, mergeNote, counts.notes, toNote);
      await mergeAll(db.watches as unknown as Table<WatchRecord, string>, watches, mergeWatch, counts.watches, toWatch);
    });
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, error: `import failed and nothing was changed: ${detail}`, problem: { code: 'write-failed', detail } };
  }
  return { ok: true, counts };
}
