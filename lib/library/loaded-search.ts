/**
 * Search over a library already in memory: the library page holds every document and note
 * (it shows them and follows changes with liveQuery), so it searches those, in the same normal
 * form and by the same rule (text.ts: a CJK run in one stretch of one field, a Latin/digit word
 * as the start of a word), without a read per query; search.ts reads the rows and asks it. Each record's
 * fields are normalised once, when the index is made.
 */
import { documentFields, matchesNormalised, noteFields, normaliseForSearch, parseQuery, wordsOf, type Query } from './text.ts';
import type { DocumentRecord, NoteRecord, SearchFilters, SearchResult } from './types.ts';

interface Entry<T> {
  record: T;
  /** Normalised fields. */
  norms: string[];
  /** The Latin/digit words of each field, made when a query first needs them. */
  words?: string[][];
}

function entry<T>(record: T, fields: string[]): Entry<T> {
  return { record, norms: fields.map(normaliseForSearch) };
}

function holds<T>(e: Entry<T>, query: Query): boolean {
  return matchesNormalised(query, e.norms, () => (e.words ??= wordsOf(e.norms)));
}

export class LoadedSearch {
  private readonly notes: Array<Entry<NoteRecord>>;
  private readonly documents: Array<Entry<DocumentRecord>>;
  private readonly status = new Map<string, DocumentRecord['status']>();

  constructor(notes: readonly NoteRecord[], documents: readonly DocumentRecord[]) {
    // Newest first once, so a search only filters.
    this.notes = [...notes].sort((a, b) => b.updated.localeCompare(a.updated)).map((n) => entry(n, noteFields(n)));
    this.documents = [...documents].sort((a, b) => b.lastSeen.localeCompare(a.lastSeen)).map((d) => entry(d, documentFields(d)));
    for (const d of documents) this.status.set(d.id, d.status);
  }

  /** What search.ts answers for the same library, query and filters. */
  search(query: string, filters: SearchFilters = {}): SearchResult {
    const q = parseQuery(query);
    if (!q.blank && !q.searchable) return { notes: [], documents: [] };
    const { tags = [], colours = [], statuses = [], limit = Infinity } = filters;
    const noteOk = (n: NoteRecord): boolean =>
      tags.every((t) => n.tags.includes(t)) && (colours.length === 0 || colours.includes(n.colour))
      && (statuses.length === 0 || statuses.includes(this.status.get(n.documentId)!));
    const notes: NoteRecord[] = [];
    let more = false;
    for (const e of this.notes) {
      if (!noteOk(e.record) || (!q.blank && !holds(e, q))) continue;
      if (notes.length === limit) {
        more = true;
        break;
      }
      notes.push(e.record);
    }
    let withNotes: Set<string> | null = null;
    if (tags.length || colours.length) {
      withNotes = new Set();
      for (const e of this.notes) if (tags.every((t) => e.record.tags.includes(t)) && (colours.length === 0 || colours.includes(e.record.colour))) withNotes.add(e.record.documentId);
    }
    const documents: DocumentRecord[] = [];
    for (const e of this.documents) {
      const d = e.record;
      if ((statuses.length && !statuses.includes(d.status)) || (withNotes && !withNotes.has(d.id)) || (!q.blank && !holds(e, q))) continue;
      if (documents.length === limit) {
        more = true;
        break;
      }
      documents.push(d);
    }
    return { notes, documents, ...(Number.isFinite(limit) ? { more } : {}) };
  }
}
