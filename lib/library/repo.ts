/**
 * Reading and writing the library. Every function takes the database first; every change
 * that touches more than one table runs in one read-write transaction, and only Dexie work
 * runs inside it. Records are checked with schemas.ts before they are written (so what the
 * library holds can always be exported and imported again); a bad one throws LibraryError.
 */
import type { Table } from 'dexie';
import { isoDay } from '../schema.ts';
import type { DocumentRow, LibraryDb, NoteRow } from './db.ts';
import { LibraryError } from './errors.ts';
import { canonicalOrNull, docId, normaliseUrl, urlId } from './ids.ts';
import { documentRecordSchema, formatError, LIMITS, noteRecordSchema, watchRecordSchema } from './schemas.ts';
import type { z } from 'zod';
import type {
  DocumentInput,
  DocumentRecord,
  NoteInput,
  NotePatch,
  NoteRecord,
  WatchInput,
  WatchRecord,
} from './types.ts';

const now = (): string => new Date().toISOString();
const newId = (): string => crypto.randomUUID();

function checked<T>(schema: z.ZodType<T>, value: T, what: string): T {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) throw new LibraryError('invalid-input', `${what}: ${formatError(r.error)}`);
  return value;
}

/** The record without its stored search grams (or any other stray field). */
export function toDocument(r: DocumentRow): DocumentRecord {
  return {
    id: r.id, docnum: r.docnum, urls: r.urls, title: r.title, issuer: r.issuer, signedDate: r.signedDate,
    effectiveDate: r.effectiveDate, expiryDate: r.expiryDate, status: r.status, cites: r.cites,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen,
  };
}

export function toNote(r: NoteRow): NoteRecord {
  return {
    id: r.id, documentId: r.documentId, url: r.url, quote: r.quote, position: r.position, body: r.body,
    colour: r.colour, tags: r.tags, created: r.created, updated: r.updated,
  };
}

export function toWatch(r: WatchRecord): WatchRecord {
  return {
    id: r.id, kind: r.kind, text: r.text, due: r.due, documentId: r.documentId, docnum: r.docnum,
    title: r.title, url: r.url, created: r.created, reminded: r.reminded,
  };
}

const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];
const first = <T>(...xs: Array<T | null | undefined>): T | null => xs.find((x) => x !== null && x !== undefined) ?? null;

function allTables(db: LibraryDb): Table[] {
  return [db.documents, db.notes, db.watches, db.citations] as Table[];
}

/** Tags trimmed, blanks and repeats dropped. */
function cleanTags(tags: string[]): string[] {
  return unique(tags.map((t) => t.trim()).filter(Boolean));
}

// ---- documents ----

/**
 * Records one reading of a document and returns the stored record.
 * Identity: its canonical number when known (seen at another URL too: one document, its urls
 * grow); else its normalised URL, or the numbered document already seen at that URL. When a
 * number appears for a document known only by its URL, that record merges into the numbered
 * one, and its notes and watches move with it. New facts replace old ones; an unknown
 * (null, 未知) fact keeps what was known. Its citations are replaced by `cites`.
 */
export async function recordDocument(db: LibraryDb, input: DocumentInput): Promise<DocumentRecord> {
  const url = normaliseUrl(input.url);
  const canon = canonicalOrNull(input.docnum);
  const cites = unique(input.cites.map(canonicalOrNull).filter((c): c is string => c !== null && c !== canon));
  const at = now();
  return db.transaction('rw', allTables(db), async () => {
    let target: DocumentRow | undefined;
    const absorbed: DocumentRow[] = [];
    if (canon) {
      target = await db.documents.get(docId(canon));
      const byUrl = await db.documents.get(urlId(url));
      if (byUrl) absorbed.push(byUrl);
    } else {
      const seen = await db.documents.where('urls').equals(url).toArray();
      target = seen.find((d) => d.docnum !== null) ?? seen[0];
    }
    const id = canon ? docId(canon) : (target?.id ?? urlId(url));
    const old = [target, ...absorbed].filter((d): d is DocumentRow => d !== undefined);
    const record: DocumentRecord = {
      id,
      docnum: canon ?? target?.docnum ?? null,
      urls: unique([...old.flatMap((d) => d.urls), url]).slice(-LIMITS.urls),
      title: first(input.title, ...old.map((d) => d.title)),
      issuer: first(input.issuer, ...old.map((d) => d.issuer)),
      signedDate: first(input.signedDate, ...old.map((d) => d.signedDate)),
      effectiveDate: first(input.effectiveDate, ...old.map((d) => d.effectiveDate)),
      expiryDate: first(input.expiryDate, ...old.map((d) => d.expiryDate)),
      status: input.status !== '未知' ? input.status : (old.find((d) => d.status !== '未知')?.status ?? '未知'),
      cites,
      firstSeen: [at, ...old.map((d) => d.firstSeen)].sort()[0]!,
      lastSeen: at,
    };
    checked(documentRecordSchema, record, 'document');
    await db.documents.put(record);
    for (const a of absorbed) {
      await db.notes.where('documentId').equals(a.id).modify({ documentId: id });
      await db.watches.where('documentId').equals(a.id).modify((w) => {
        w.documentId = id;
        w.docnum ??= canon;
      });
      await db.citations.where('from').equals(a.id).delete();
      await db.documents.delete(a.id);
    }
    await db.citations.where('from').equals(id).delete();
    await db.citations.bulkPut(cites.map((to) => ({ from: id, to })));
    return toDocument(record);
  });
}

async function findRow(db: LibraryDb, query: { docnum?: string | null; url?: string | null }): Promise<DocumentRow | undefined> {
  const canon = canonicalOrNull(query.docnum);
  if (canon) {
    const byNumber = await db.documents.get(docId(canon));
    if (byNumber) return byNumber;
  }
  if (query.url) {
    let url: string;
    try {
      url = normaliseUrl(query.url);
    } catch {
      return undefined;
    }
    const seen = await db.documents.where('urls').equals(url).toArray();
    return seen.find((d) => d.docnum !== null) ?? seen[0];
  }
  return undefined;
}

/** The document with this number, else the one seen at this URL; null when neither is known. */
export async function findDocument(db: LibraryDb, query: { docnum?: string | null; url?: string | null }): Promise<DocumentRecord | null> {
  const row = await db.transaction('r', db.documents, () => findRow(db, query));
  return row ? toDocument(row) : null;
}

/** Every document, most recently seen first. */
export async function listDocuments(db: LibraryDb): Promise<DocumentRecord[]> {
  return (await db.documents.orderBy('lastSeen').reverse().toArray()).map(toDocument);
}

/** The documents in the library that cite this number, most recently seen first. */
export async function citedBy(db: LibraryDb, docnum: string): Promise<DocumentRecord[]> {
  const canon = canonicalOrNull(docnum);
  if (!canon) return [];
  return db.transaction('r', [db.citations, db.documents], async () => {
    const from = await db.citations.where('to').equals(canon).toArray();
    const docs = await db.documents.bulkGet(from.map((c) => c.from));
    return docs
      .filter((d): d is DocumentRow => d !== undefined)
      .sort((a, b) => b.lastSeen.localeCompare(a.lastSeen))
      .map(toDocument);
  });
}

/** The numbers a document cites, in its order, each with the library's record of it or null. */
export async function cites(db: LibraryDb, documentId: string): Promise<Array<{ docnum: string; document: DocumentRecord | null }>> {
  return db.transaction('r', [db.citations, db.documents], async () => {
    const doc = await db.documents.get(documentId);
    const rows = await db.citations.where('from').equals(documentId).toArray();
    const order = new Map((doc?.cites ?? []).map((c, i) => [c, i]));
    const tos = rows.map((r) => r.to).sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
    const docs = await db.documents.bulkGet(tos.map(docId));
    return tos.map((to, i) => ({ docnum: to, document: docs[i] ? toDocument(docs[i]) : null }));
  });
}

// ---- notes ----

/** Adds a note to a document in the library (LibraryError 'not-found' when it is not). */
export async function addNote(db: LibraryDb, input: NoteInput): Promise<NoteRecord> {
  const at = now();
  const note: NoteRecord = {
    id: newId(),
    documentId: input.documentId,
    url: input.url,
    quote: { exact: input.quote.exact, prefix: input.quote.prefix, suffix: input.quote.suffix },
    position: { start: input.position.start, end: input.position.end },
    body: input.body,
    colour: input.colour,
    tags: cleanTags(input.tags),
    created: at,
    updated: at,
  };
  checked(noteRecordSchema, note, 'note');
  return db.transaction('rw', [db.documents, db.notes], async () => {
    if (!(await db.documents.get(note.documentId))) throw new LibraryError('not-found', `no document ${note.documentId} in the library`);
    await db.notes.add(note);
    return note;
  });
}

/** Changes a note's body, colour, tags, quote or position; returns it (LibraryError 'not-found'). */
export async function updateNote(db: LibraryDb, id: string, patch: NotePatch): Promise<NoteRecord> {
  const at = now();
  return db.transaction('rw', [db.notes], async () => {
    const row = await db.notes.get(id);
    if (!row) throw new LibraryError('not-found', `no note ${id}`);
    const old = toNote(row);
    const note: NoteRecord = {
      ...old,
      ...(patch.body !== undefined && { body: patch.body }),
      ...(patch.colour !== undefined && { colour: patch.colour }),
      ...(patch.tags !== undefined && { tags: cleanTags(patch.tags) }),
      ...(patch.quote !== undefined && { quote: { exact: patch.quote.exact, prefix: patch.quote.prefix, suffix: patch.quote.suffix } }),
      ...(patch.position !== undefined && { position: { start: patch.position.start, end: patch.position.end } }),
      updated: at > old.updated ? at : old.updated,
    };
    checked(noteRecordSchema, note, 'note');
    await db.notes.put(note);
    return note;
  });
}

/** True when there was such a note. */
export async function deleteNote(db: LibraryDb, id: string): Promise<boolean> {
  return db.transaction('rw', [db.notes], async () => {
    const row = await db.notes.get(id);
    await db.notes.delete(id);
    return row !== undefined;
  });
}

/** The note with this id, or null. */
export async function getNote(db: LibraryDb, id: string): Promise<NoteRecord | null> {
  const row = await db.notes.get(id);
  return row ? toNote(row) : null;
}

/** A document's notes in page order (then oldest first). */
export async function notesFor(db: LibraryDb, documentId: string): Promise<NoteRecord[]> {
  const rows = await db.notes.where('documentId').equals(documentId).toArray();
  return rows
    .sort((a, b) => a.position.start - b.position.start || a.created.localeCompare(b.created))
    .map(toNote);
}

/** Every note, most recently changed first. */
export async function listNotes(db: LibraryDb): Promise<NoteRecord[]> {
  // Sorted here, not by an index: an index on \`updated\` would cost every write (imports above all).
  return (await db.notes.toArray()).sort((a, b) => b.updated.localeCompare(a.updated) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(toNote);
}

// ---- watches ----

const sameUrl = (a: string, b: string): boolean => {
  try {
    return normaliseUrl(a) === normaliseUrl(b);
  } catch {
    return a === b;
  }
};

/** The same deadline: its kind, day and words (spaces aside: PDF lines break anywhere). */
const sameDeadline = (w: WatchRecord, input: { kind: string; due: string; text: string }): boolean =>
  w.kind === input.kind && w.due === input.due && w.text.replace(/\s+/g, '') === input.text.replace(/\s+/g, '');

/**
 * Watches a date. No duplicates: a watch's identity is its document plus the deadline, so the
 * same deadline of the same document (by its own number, at any URL) or on the same page is
 * returned with `added: false`. Without a documentId, it is linked to the library's document
 * with its number or URL, when there is one.
 */
export async function addWatch(db: LibraryDb, input: WatchInput): Promise<{ record: WatchRecord; added: boolean }> {
  const at = now();
  const docnum = canonicalOrNull(input.docnum);
  return db.transaction('rw', [db.documents, db.watches], async () => {
    const same = await db.watches
      .where('due')
      .equals(input.due)
      .filter((w) => sameDeadline(w, input) && ((docnum !== null && w.docnum === docnum) || sameUrl(w.url, input.url)))
      .first();
    if (same) return { record: toWatch(same), added: false };
    const documentId = input.documentId ?? (await findRow(db, { docnum, url: input.url }))?.id ?? null;
    const record: WatchRecord = {
      id: newId(),
      kind: input.kind,
      text: input.text,
      due: input.due,
      documentId,
      docnum,
      title: input.title,
      url: input.url,
      created: at,
      reminded: [],
    };
    checked(watchRecordSchema, record, 'watch');
    await db.watches.add(record);
    return { record, added: true };
  });
}

/** Watches on these documents, or made on this page (a page whose documents have no number). */
export async function watchesOf(db: LibraryDb, documentIds: readonly string[], url: string): Promise<WatchRecord[]> {
  const byDoc = documentIds.length ? await db.watches.where('documentId').anyOf([...documentIds]).toArray() : [];
  const seen = new Set(byDoc.map((w) => w.id));
  const byUrl = (await db.watches.toArray()).filter((w) => !seen.has(w.id) && sameUrl(w.url, url));
  return [...byDoc, ...byUrl].map(toWatch);
}

export async function deleteWatch(db: LibraryDb, id: string): Promise<boolean> {
  return db.transaction('rw', db.watches, async () => {
    const had = (await db.watches.get(id)) !== undefined;
    await db.watches.delete(id);
    return had;
  });
}

/** Every watch, soonest first. */
export async function listWatches(db: LibraryDb): Promise<WatchRecord[]> {
  return (await db.watches.orderBy('due').toArray()).map(toWatch);
}

function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Watches due from `today` to `today + days` inclusive, soonest first (overdue ones are not). */
export async function dueWithin(db: LibraryDb, today: string, days: number): Promise<WatchRecord[]> {
  if (!isoDay.safeParse(today).success) throw new LibraryError('invalid-input', `today: expected a date like 2026-01-31, got ${JSON.stringify(today)}`);
  if (!Number.isFinite(days) || days < 0) return [];
  const until = addDays(today, Math.floor(days));
  return (await db.watches.where('due').between(today, until, true, true).toArray()).map(toWatch);
}

/** Records that the reminder `day` days before was sent; returns the watch (LibraryError 'not-found'). */
export async function markReminded(db: LibraryDb, id: string, day: number): Promise<WatchRecord> {
  return db.transaction('rw', db.watches, async () => {
    const row = await db.watches.get(id);
    if (!row) throw new LibraryError('not-found', `no watch ${id}`);
    const record = toWatch(row);
    if (!record.reminded.includes(day)) record.reminded = [...record.reminded, day];
    checked(watchRecordSchema, record, 'watch');
    await db.watches.put(record);
    return record;
  });
}
