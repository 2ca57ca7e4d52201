/** The background's LibraryPort over the Dexie library (lib/library), in the extension's origin. */
import type { LibraryDb } from '../library/db.ts';
import * as repo from '../library/repo.ts';
import type { NoteRecord, WatchRecord } from '../library/types.ts';
import type { KnownDocument, PageNote, Watch, WatchKey } from './messages.ts';
import type { LibraryPort } from './handlers.ts';

async function documentFor(db: LibraryDb, docnum: string | null, url: string) {
  const found = await repo.findDocument(db, docnum ? { docnum } : { url });
  if (found) return found;
  return repo.recordDocument(db, {
    docnum, url, title: null, issuer: null, signedDate: null, effectiveDate: null, expiryDate: null, status: '未知', cites: [],
  });
}

const pageNote = (n: NoteRecord): PageNote => ({
  id: n.id, documentId: n.documentId, url: n.url, quote: n.quote, position: n.position, body: n.body, colour: n.colour, tags: n.tags, created: n.created, updated: n.updated,
});
const watch = (w: WatchRecord): Watch => ({
  kind: w.kind, text: w.text, due: w.due, docnum: w.docnum, title: w.title, url: w.url, id: w.id, created: w.created, reminded: w.reminded,
});

export function libraryPort(db: LibraryDb): LibraryPort {
  return {
    async recordDocuments(documents) {
      for (const d of documents) await repo.recordDocument(db, d);
    },
    async lookup(docnums) {
      const out: Record<string, KnownDocument> = {};
      for (const docnum of new Set(docnums)) {
        const d = await repo.findDocument(db, { docnum });
        if (d) out[docnum] = { docnum, title: d.title, url: d.urls[0] ?? '' };
      }
      return out;
    },
    async documentIds(docnums, url) {
      const ids = new Set<string>();
      for (const docnum of new Set(docnums)) {
        const d = await repo.findDocument(db, { docnum });
        if (d) ids.add(d.id);
      }
      const byUrl = await repo.findDocument(db, { url });
      if (byUrl) ids.add(byUrl.id);
      return [...ids];
    },
    async notesOf(documentIds) {
      const notes: PageNote[] = [];
      for (const id of documentIds) notes.push(...(await repo.notesFor(db, id)).map(pageNote));
      return notes;
    },
    async getNote(id) {
      const n = await repo.getNote(db, id);
      return n ? pageNote(n) : null;
    },
    async addNote(note) {
      const doc = await documentFor(db, note.docnum, note.url);
      return pageNote(await repo.addNote(db, {
        documentId: doc.id, url: note.url, quote: note.quote, position: note.position, body: note.body, colour: note.colour, tags: note.tags,
      }));
    },
    async updateNote(id, patch) {
      return pageNote(await repo.updateNote(db, id, patch));
    },
    async deleteNote(id) {
      await repo.deleteNote(db, id);
    },
    async addWatch(item) {
      const doc = await repo.findDocument(db, item.docnum ? { docnum: item.docnum } : { url: item.url });
      const { added } = await repo.addWatch(db, { ...item, documentId: doc?.id ?? null });
      return { added };
    },
    async watchesOf(documentIds, url) {
      const rows = await repo.watchesOf(db, documentIds, url);
      return rows.map((w) => ({ kind: w.kind, docnum: w.docnum, due: w.due, text: w.text }) satisfies WatchKey);
    },
    async listWatches() {
      return (await repo.listWatches(db)).map(watch);
    },
    async deleteWatch(id) {
      await repo.deleteWatch(db, id);
    },
  };
}
