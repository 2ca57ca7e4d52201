/**
 * The library's IndexedDB database. Open it in the extension's own origin only (background,
 * extension pages): opened in a content script, IndexedDB belongs to the web page.
 *
 * Versions (keep every one: Dexie upgrades an old database through each in turn):
 *   1  documents 'id, docnum, *urls, lastSeen'; notes 'id, documentId, updated, colour, *tags';
 *      watches 'id, due, documentId'; citations '[from+to], from, to'
 *   2  adds the `*grams` search index (text.ts) to notes and documents; the upgrade computes
 *      grams for the rows already there.
 *   3  adds `settings` (one row, lib/settings): kept here, in the extension's origin, because
 *      content scripts can write browser.storage.local but can never open this database.
 *   4  the search index becomes `postings` (postings.ts: one row per gram with the ids holding
 *      it) instead of the `*grams` multi-entry indexes, whose writes made imports slow; the
 *      upgrade builds the postings from the rows and drops their grams; notes lose the colour and
 *      tags indexes (filters read the rows: fewer index writes for every note).
 * The postings are derived data, kept by every write of notes and documents (postings.ts).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { documentGrams, noteGrams, reindex, type PostingRow } from './postings.ts';
import type { CitationRecord, DocumentRecord, NoteRecord, WatchRecord } from './types.ts';

/** Rows as stored (version 2 and 3 rows also carried their grams; version 4 drops them). */
export type NoteRow = NoteRecord & { grams?: string[] };
export type DocumentRow = DocumentRecord & { grams?: string[] };

export const SCHEMA_V1 = {
  documents: 'id, docnum, *urls, lastSeen',
  notes: 'id, documentId, updated, colour, *tags',
  watches: 'id, due, documentId',
  citations: '[from+to], from, to',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  documents: 'id, docnum, *urls, lastSeen, *grams',
  notes: 'id, documentId, updated, colour, *tags, *grams',
} as const;

export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  settings: 'id',
} as const;

/** The settings row (lib/settings/store.ts). */
export interface SettingsRow {
  id: string;
  value: unknown;
}

export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  documents: 'id, docnum, *urls, lastSeen',
  // Only what is looked up by key: tags, colours and order are read from the rows themselves.
  notes: 'id, documentId, updated',
  postings: 'key',
} as const;

export { documentGrams, noteGrams };

export class LibraryDb extends Dexie {
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare notes: EntityTable<NoteRow, 'id'>;
  declare watches: EntityTable<WatchRecord, 'id'>;
  declare citations: Table<CitationRecord, [string, string]>;
  declare settings: EntityTable<SettingsRow, 'id'>;
  declare postings: Table<PostingRow, string>;

  constructor(name = 'gazette-lens') {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        await tx.table<NoteRow, string>('notes').toCollection().modify((n) => {
          n.grams = noteGrams(n);
        });
        await tx.table<DocumentRow, string>('documents').toCollection().modify((d) => {
          d.grams = documentGrams(d);
        });
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade(async (tx) => {
        const postings = tx.table<PostingRow, string>('postings');
        const notes = await tx.table<NoteRow, string>('notes').toArray();
        const documents = await tx.table<DocumentRow, string>('documents').toArray();
        await reindex(postings, 'n', notes.map((n) => ({ id: n.id, before: [], after: noteGrams(n) })));
        await reindex(postings, 'd', documents.map((d) => ({ id: d.id, before: [], after: documentGrams(d) })));
        await tx.table<NoteRow, string>('notes').toCollection().modify((n) => {
          delete n.grams;
        });
        await tx.table<DocumentRow, string>('documents').toCollection().modify((d) => {
          delete d.grams;
        });
      });
  }
}

const instances = new Map<string, LibraryDb>();

/** The one LibraryDb for this name (opened on first use). */
export function openLibrary(name = 'gazette-lens'): LibraryDb {
  let db = instances.get(name);
  if (!db) {
    db = new LibraryDb(name);
    instances.set(name, db);
  }
  return db;
}

/** Closes and deletes the database and forgets its instance (tests, "erase my library"). */
export async function deleteLibrary(name = 'gazette-lens'): Promise<void> {
  const db = instances.get(name);
  instances.delete(name);
  if (db) await db.delete();
  else await Dexie.delete(name);
}
