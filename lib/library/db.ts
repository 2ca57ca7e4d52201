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
 *   4  the search index became `postings` (one row per gram with the ids holding it) instead of
 *      the `*grams` multi-entry indexes; notes lost the colour and tags indexes.
 *   5  no search index in the database at all: the library page holds every note and document
 *      in memory and searches them there (loaded-search.ts), and `search` reads the rows and
 *      does the same; the postings' writes were a third of every import. Notes keep only the
 *      `documentId` index (lists sort in memory). The upgrade drops `postings` and strips the
 *      grams version 2 and 3 rows carried.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
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

export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  notes: 'id, documentId',
  postings: null,
} as const;

export class LibraryDb extends Dexie {
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare notes: EntityTable<NoteRow, 'id'>;
  declare watches: EntityTable<WatchRecord, 'id'>;
  declare citations: Table<CitationRecord, [string, string]>;
  declare settings: EntityTable<SettingsRow, 'id'>;

  constructor(name = 'gazette-lens') {
    super(name);
    // Versions 2 and 4 built search indexes that version 5 drops again: their upgrades are gone
    // (Dexie only needs the stores of each version); version 5's strips what they left.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        const strip = (r: { grams?: string[] }): void => {
          delete r.grams;
        };
        await tx.table<NoteRow, string>('notes').filter((r) => 'grams' in r).modify(strip);
        await tx.table<DocumentRow, string>('documents').filter((r) => 'grams' in r).modify(strip);
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
