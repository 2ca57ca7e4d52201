/**
 * Searching the library straight from IndexedDB (for callers that do not hold it in memory):
 * it reads the notes and documents and answers as the library page's in-memory search does
 * (loaded-search.ts holds the rules: a CJK run in one stretch of one field, a Latin/digit word
 * as the start of a word, filters by tag, colour and validity). The database keeps no search
 * index (db.ts, version 5): a 10,000-note library reads in well under the time an index cost
 * every import.
 */
import type { LibraryDb } from './db.ts';
import { LoadedSearch } from './loaded-search.ts';
import { listDocuments, listNotes } from './repo.ts';
import type { SearchFilters, SearchResult } from './types.ts';

/**
 * Notes whose body, quote or a tag contains the query, and documents whose title or number
 * does; a blank query matches everything, one of only punctuation nothing. Notes most recently
 * changed first, documents most recently seen first (LoadedSearch.search).
 */
export async function search(db: LibraryDb, query: string, filters: SearchFilters = {}): Promise<SearchResult> {
  const [notes, documents] = await db.transaction('r', [db.notes, db.documents], () => Promise.all([listNotes(db), listDocuments(db)]));
  return new LoadedSearch(notes, documents).search(query, filters);
}
