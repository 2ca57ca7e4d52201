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
 * Grams are derived data: a DBCore middleware sets them on every add/put to notes and
 * documents (repo, import, upgrade alike), and repo.ts strips them from what it returns.
 */
import Dexie, { type DBCore, type DBCoreTable, type EntityTable, type Middleware, type Table } from 'dexie';
import { documentFields, gramsOf, noteFields } from './text.ts';
import type { CitationRecord, DocumentRecord, NoteRecord, WatchRecord } from './types.ts';

/** Rows as stored: the records plus their search grams. */
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

export const noteGrams = (n: Pick<NoteRecord, 'body' | 'quote' | 'tags'>): string[] => gramsOf(noteFields(n));
export const documentGrams = (d: Pick<DocumentRecord, 'title' | 'docnum'>): string[] => gramsOf(documentFields(d));

const GRAMS: Record<string, (row: never) => string[]> = { notes: noteGrams, documents: documentGrams };

/** Sets `grams` on every row written to notes and documents. */
const gramsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'gazette-lens-grams',
  create(down) {
    return {
      ...down,
      table(name: string): DBCoreTable {
        const table = down.table(name);
        const grams = GRAMS[name];
        if (!grams) return table;
        return {
          ...table,
          mutate(req) {
            if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
            const values = req.values.map((v: Record<string, unknown>) => ({ ...v, grams: grams(v as never) }));
            return table.mutate({ ...req, values });
          },
        };
      },
    };
  },
};

export class LibraryDb extends Dexie {
  declare documents: EntityTable<DocumentRow, 'id'>;
  declare notes: EntityTable<NoteRow, 'id'>;
  declare watches: EntityTable<WatchRecord, 'id'>;
  declare citations: Table<CitationRecord, [string, string]>;
  declare settings: EntityTable<SettingsRow, 'id'>;

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
    this.use(gramsMiddleware);
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
