/**
 * Searching the library for Chinese (and Latin) words. The `*grams` index (db.ts, text.ts)
 * finds the candidates: the rows under the query's rarest bigram. They are kept when their
 * grams hold every bigram of the query, and then only when their text contains each CJK run
 * of the query in one stretch, in one field (holding 卫生 and 生健 and 健康 is not containing
 * 卫生健康), and each Latin/digit word as the start of a word. A one-character query has no
 * bigram to look up and reads every row.
 */
import type { EntityTable } from 'dexie';
import type { DocumentRow, LibraryDb, NoteRow } from './db.ts';
import { toDocument, toNote } from './repo.ts';
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

/** True when the row's grams hold every gram of the query (a cheap test before the text's). */
function holdsGrams(query: Query, grams: string[] | undefined): boolean {
  if (!grams) return true;
  const set = new Set(grams);
  for (const t of query.tokens) {
    if (t.kind === 'word') {
      if (!grams.some((g) => g.startsWith(t.text))) return false;
    } else if ([...t.text].length === 1) {
      if (!grams.some((g) => g.includes(t.text))) return false;
    } else if (!tokenGrams(t).every((g) => set.has(g))) return false;
  }
  return true;
}

async function matching<R extends { id: string; grams?: string[] }>(
  table: EntityTable<R, 'id'>,
  query: Query,
  fields: (r: R) => string[],
  keep: (r: R) => boolean = () => true,
  limit = Infinity,
): Promise<R[]> {
  const ok = (r: R): boolean => holdsGrams(query, r.grams) && matches(query, fields(r)) && keep(r);
  if (Number.isFinite(limit) && !query.blank && lookups(query).length) {
    // The first page only: the cursor stops as soon as `limit` rows passed every test.
    const grams = lookups(query);
    const where = (g: Gram) => (g.prefix ? table.where('grams').startsWith(g.key) : table.where('grams').equals(g.key));
    const counts = grams.length > 1 ? await Promise.all(grams.map((g) => where(g).count())) : [0];
    const rarest = grams[counts.indexOf(Math.min(...counts))]!;
    const seen = new Set<string>();
    return where(rarest)
      .filter((r) => !seen.has(r.id) && (seen.add(r.id), ok(r)))
      .limit(limit)
      .toArray();
  }
  if (query.blank) return (await table.toArray()).filter(keep).slice(0, limit);
  const grams = lookups(query);
  const where = (g: Gram) => (g.prefix ? table.where('grams').startsWith(g.key) : table.where('grams').equals(g.key));
  let rows: R[];
  if (grams.length === 0) {
    rows = await table.toArray();
  } else {
    const counts = grams.length > 1 ? await Promise.all(grams.map((g) => where(g).count())) : [0];
    const rarest = grams[counts.indexOf(Math.min(...counts))]!;
    rows = await where(rarest).toArray();
    // A prefix can match several grams of one row.
    if (rarest.prefix) rows = [...new Map(rows.map((r) => [r.id, r])).values()];
  }
  return rows.filter(ok).slice(0, limit);
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

  return db.transaction('r', [db.notes, db.documents], async () => {
    // With a limit, one more than asked tells whether there are more.
    const take = Number.isFinite(limit) && !statuses.length ? limit + 1 : Infinity;
    const [noteRows, documentRows] = await Promise.all([matching(db.notes, q, noteFields, noteFilter, take), matching(db.documents, q, documentFields, () => true, take)]);
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
      const tagged = colours.length ? db.notes.where('colour').anyOf(colours) : db.notes.where('tags').equals(tags[0]!);
      const withNotes = new Set((await tagged.toArray()).filter(noteFilter).map((n) => n.documentId));
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
