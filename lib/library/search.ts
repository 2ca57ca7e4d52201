/**
 * Searching the library for Chinese (and Latin) words. The postings (postings.ts) give the
 * candidates: the ids under every bigram of the query (each Latin/digit word as a prefix),
 * intersected. A candidate is kept only when its text contains each CJK run of the query in
 * one stretch, in one field (holding 卫生 and 生健 and 健康 is not containing 卫生健康), and each
 * Latin/digit word as the start of a word. A one-character query has no bigram to look up and
 * reads every row.
 */
import type { EntityTable } from 'dexie';
import type { DocumentRow, LibraryDb, NoteRow } from './db.ts';
import { toDocument, toNote } from './repo.ts';
import { idsUnder, type IndexedKind } from './postings.ts';
import { documentFields, matches, noteFields, parseQuery, tokenGrams, type Query } from './text.ts';
import type { SearchFilters, SearchResult } from './types.ts';

export { bigrams } from './text.ts';

type Gram = { key: string; prefix: boolean };

/** What the index can look up for a query: each bigram of a CJK run, each word as a prefix. */
function lookups(query: Query): Gram[] {
  const out: Gram[] = [];
  for (const t of query.tokens) {
    if (t.kind === 'word') out.push({ key: t.text, prefix: true });
    else if ([...t.text].length > 1) for (const g of tokenGrams(t)) out.push({ key: g, prefix: false });
  }
  return out;
}

/** The ids holding every gram of the query (smallest set first); null when it has none to look up. */
async function candidates(db: LibraryDb, kind: IndexedKind, query: Query): Promise<Set<string> | null> {
  const grams = lookups(query);
  if (!grams.length) return null;
  const sets = (await Promise.all(grams.map((g) => idsUnder(db.postings, kind, g.key, g.prefix)))).sort((a, b) => a.size - b.size);
  let out = sets[0]!;
  for (const s of sets.slice(1)) {
    if (!out.size) break;
    out = new Set([...out].filter((id) => s.has(id)));
  }
  return out;
}

/** Above this many candidates per result wanted, the first page walks the order's index instead of reading them all. */
const WALK_FACTOR = 4;

async function matching<R extends { id: string }>(
  db: LibraryDb,
  kind: IndexedKind,
  table: EntityTable<R, 'id'>,
  order: string,
  query: Query,
  fields: (r: R) => string[],
  keep: (r: R) => boolean = () => true,
  limit = Infinity,
): Promise<R[]> {
  const newestFirst = (a: R, b: R): number => String((b as Record<string, unknown>)[order]).localeCompare(String((a as Record<string, unknown>)[order]));
  if (query.blank) return (await table.toArray()).filter(keep).sort(newestFirst).slice(0, limit);
  const ok = (r: R): boolean => matches(query, fields(r)) && keep(r);
  const ids = await candidates(db, kind, query);
  if (!ids) return (await table.toArray()).filter(ok).sort(newestFirst).slice(0, limit);
  if (!ids.size) return [];
  if (Number.isFinite(limit) && ids.size > limit * WALK_FACTOR) {
    // The first page of many: newest first through the index, stopping once `limit` passed.
    return table.orderBy(order).reverse().filter((r) => ids.has(r.id) && ok(r)).limit(limit).toArray();
  }
  const rows = (await (table as unknown as { bulkGet(keys: string[]): Promise<Array<R | undefined>> }).bulkGet([...ids])).filter((r): r is R => r !== undefined);
  return rows.filter(ok).sort(newestFirst).slice(0, limit);
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
  const { tags = [], colours = [], statuses = [], limit = Infinity } = filters;
  const noteFilter = (n: NoteRow): boolean =>
    tags.every((t) => n.tags.includes(t)) && (colours.length === 0 || colours.includes(n.colour));

  return db.transaction('r', [db.notes, db.documents, db.postings], async () => {
    // With a limit, one more than asked tells whether there are more.
    const take = Number.isFinite(limit) && !statuses.length ? limit + 1 : Infinity;
    const [noteRows, documentRows] = await Promise.all([
      matching(db, 'n', db.notes, 'updated', q, noteFields, noteFilter, take),
      matching(db, 'd', db.documents, 'lastSeen', q, documentFields, () => true, take),
    ]);
    let notes = noteRows;
    let documents = documentRows;
    if (statuses.length) {
      documents = documents.filter((d) => statuses.includes(d.status));
      const ids = [...new Set(notes.map((n) => n.documentId))];
      const docs = await db.documents.bulkGet(ids);
      const ok = new Set(ids.filter((_, i) => docs[i] !== undefined && statuses.includes(docs[i].status)));
      notes = notes.filter((n) => ok.has(n.documentId));
    }
    if (tags.length || colours.length) {
      const withNotes = new Set((await db.notes.toArray()).filter(noteFilter).map((n) => n.documentId));
      documents = documents.filter((d) => withNotes.has(d.id));
    }
    const more = notes.length > limit || documents.length > limit;
    return {
      notes: notes.sort(byUpdated).slice(0, limit).map(toNote),
      documents: documents.sort(byLastSeen).slice(0, limit).map(toDocument),
      ...(Number.isFinite(limit) ? { more } : {}),
    };
  });
}
