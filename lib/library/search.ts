/**
 * Searching the library for Chinese (and Latin) words. The `*grams` index (db.ts, text.ts)
 * finds candidates: the notes or documents holding every bigram of the query. Each candidate
 * is then checked on its text, because holding 卫 and 生 (or even 卫生 elsewhere in a
 * different field) is not containing 卫生: a query's CJK run must appear in one stretch in
 * one field, a Latin/digit word as the start of a word. A one-character query has no bigram
 * to look up and reads every row.
 */
import type { EntityTable, IDType } from 'dexie';
import type { DocumentRow, LibraryDb, NoteRow } from './db.ts';
import { toDocument, toNote } from './repo.ts';
import { documentFields, matches, noteFields, parseQuery, tokenGrams, type Query } from './text.ts';
import type { SearchFilters, SearchResult } from './types.ts';

export { bigrams } from './text.ts';

/** Primary keys of the rows that may match, or null when the index cannot narrow them down. */
async function candidateKeys<R extends { id: string }>(table: EntityTable<R, 'id'>, query: Query): Promise<Set<string> | null> {
  let keys: Set<string> | null = null;
  const sets: Array<Promise<string[]>> = [];
  for (const t of query.tokens) {
    if (t.kind === 'word') sets.push(table.where('grams').startsWith(t.text).primaryKeys());
    else if ([...t.text].length > 1) for (const g of tokenGrams(t)) sets.push(table.where('grams').equals(g).primaryKeys());
  }
  const found = (await Promise.all(sets)).sort((a, b) => a.length - b.length);
  for (const list of found) {
    if (keys === null) keys = new Set(list);
    else {
      const next = new Set<string>();
      for (const k of list) if (keys.has(k)) next.add(k);
      keys = next;
    }
    if (keys.size === 0) break;
  }
  return keys;
}

async function matching<R extends { id: string }>(table: EntityTable<R, 'id'>, query: Query, fields: (r: R) => string[]): Promise<R[]> {
  if (query.blank) return table.toArray();
  const keys = await candidateKeys(table, query);
  const rows = keys === null ? await table.toArray() : (await table.bulkGet([...keys] as Array<IDType<R, 'id'>>)).filter((r): r is R => r !== undefined);
  return rows.filter((r) => matches(query, fields(r)));
}

const byUpdated = (a: NoteRow, b: NoteRow): number => b.updated.localeCompare(a.updated);
const byLastSeen = (a: DocumentRow, b: DocumentRow): number => b.lastSeen.localeCompare(a.lastSeen);

/**
 * Notes whose body, quote or a tag contains the query, and documents whose title or number
 * does; a blank query matches everything, one of only punctuation nothing.
 * Filters: a note must carry every tag in `tags`, have one of `colours`, and belong to a
 * document with one of `statuses`. Documents are filtered by `statuses`, and when `tags` or
 * `colours` are given, limited to those with a note that passes them.
 * Notes most recently changed first, documents most recently seen first.
 */
export async function search(db: LibraryDb, query: string, filters: SearchFilters = {}): Promise<SearchResult> {
  const q = parseQuery(query);
  if (!q.blank && !q.searchable) return { notes: [], documents: [] };
  const { tags = [], colours = [], statuses = [] } = filters;
  const noteFilter = (n: NoteRow): boolean =>
    tags.every((t) => n.tags.includes(t)) && (colours.length === 0 || colours.includes(n.colour));
  const byTagOrColour = tags.length > 0 || colours.length > 0;

  return db.transaction('r', [db.notes, db.documents], async () => {
    let notes = (await matching(db.notes, q, noteFields)).filter(noteFilter);
    let documents = await matching(db.documents, q, documentFields);
    if (statuses.length) {
      documents = documents.filter((d) => statuses.includes(d.status));
      const ids = [...new Set(notes.map((n) => n.documentId))];
      const docs = await db.documents.bulkGet(ids);
      const ok = new Set(ids.filter((_, i) => docs[i] !== undefined && statuses.includes(docs[i].status)));
      notes = notes.filter((n) => ok.has(n.documentId));
    }
    if (byTagOrColour) {
      const tagged = colours.length ? db.notes.where('colour').anyOf(colours) : db.notes.where('tags').equals(tags[0]!);
      const withNotes = new Set((await tagged.toArray()).filter(noteFilter).map((n) => n.documentId));
      documents = documents.filter((d) => withNotes.has(d.id));
    }
    return { notes: notes.sort(byUpdated).map(toNote), documents: documents.sort(byLastSeen).map(toDocument) };
  });
}
