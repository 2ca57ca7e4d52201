/**
 * The search index: for each gram (text.ts) of notes and of documents, the ids of the records
 * that hold it — one row per gram (`postings`, key `n|卫生` or `d|卫生`), instead of a
 * multi-entry index holding every gram of every record (a 10,000-note import wrote some
 * 600,000 index entries; this writes one row per distinct gram).
 *
 * Kept by every write of notes and documents (repo.ts, json.ts, db.ts's upgrade), inside the
 * same transaction, which must include the postings table. Only Dexie work happens here.
 */
import type { Table } from 'dexie';
import { documentFields, gramsOf, noteFields } from './text.ts';
import type { DocumentRecord, NoteRecord } from './types.ts';

export type IndexedKind = 'n' | 'd';

/** One gram's postings: the ids joined by NUL (one string is far cheaper to store and read than an array of them). */
export interface PostingRow {
  key: string;
  ids: string;
}

const SEP = '\u0000';
export const idsOf = (row: PostingRow | undefined): string[] => (row?.ids ? row.ids.split(SEP) : []);

export const postingKey = (kind: IndexedKind, gram: string): string => `${kind}|${gram}`;

export const noteGrams = (n: Pick<NoteRecord, 'body' | 'quote' | 'tags'>): string[] => gramsOf(noteFields(n));
export const documentGrams = (d: Pick<DocumentRecord, 'title' | 'docnum'>): string[] => gramsOf(documentFields(d));

/** A record's grams before and after a write (none before: added; none after: deleted). */
export interface GramChange {
  id: string;
  before: readonly string[];
  after: readonly string[];
}

/** Applies the changes to the postings (one read and one write per gram touched). */
export async function reindex(postings: Table<PostingRow, string>, kind: IndexedKind, changes: readonly GramChange[]): Promise<void> {
  const add = new Map<string, Set<string>>();
  const remove = new Map<string, Set<string>>();
  const to = (m: Map<string, Set<string>>, gram: string, id: string): void => {
    const k = postingKey(kind, gram);
    let s = m.get(k);
    if (!s) m.set(k, (s = new Set()));
    s.add(id);
  };
  for (const c of changes) {
    const after = new Set(c.after);
    const before = new Set(c.before);
    for (const g of after) if (!before.has(g)) to(add, g, c.id);
    for (const g of before) if (!after.has(g)) to(remove, g, c.id);
  }
  const keys = [...new Set([...add.keys(), ...remove.keys()])];
  if (!keys.length) return;
  const rows = await readMany(postings, keys, (r) => r.key);
  const puts: PostingRow[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const gone = remove.get(key);
    const ids = idsOf(rows[i]).filter((id) => !gone?.has(id));
    const have = new Set(ids);
    for (const id of add.get(key) ?? []) if (!have.has(id)) ids.push(id);
    if (ids.length) puts.push({ key, ids: ids.join(SEP) });
    else if (rows[i]) deletes.push(key);
  });
  if (puts.length) await postings.bulkPut(puts);
  if (deletes.length) await postings.bulkDelete(deletes);
}

/** The ids under one gram, or, with `prefix`, under every gram that starts with it. */
export async function idsUnder(postings: Table<PostingRow, string>, kind: IndexedKind, gram: string, prefix: boolean): Promise<Set<string>> {
  if (!prefix) return new Set(idsOf(await postings.get(postingKey(kind, gram))));
  const from = postingKey(kind, gram);
  const rows = await postings.where('key').between(from, `${from}\uffff`, true, true).toArray();
  return new Set(rows.flatMap(idsOf));
}

/** Rows for many keys: a get per key when they are few; else one read of the keys there are, then of the rows. */
export async function readMany<T, K extends string>(table: Table<T, K>, keys: readonly K[], keyOf: (row: T) => K): Promise<Array<T | undefined>> {
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
