/** The background's LibraryPort over the Dexie library (lib/library), in the extension's origin. */
import type { LibraryDb } from '../library/db.ts';
import * as repo from '../library/repo.ts';
import type { KnownDocument, NewNote, PageNote, SeenDocument, Watch, WatchItem } from './messages.ts';
import type { LibraryPort } from './handlers.ts';

async function documentFor(db: LibraryDb, docnum: string | null, url: string) {
  const found = await repo.findDocument(db, docnum ? { docnum } : { url });
  if (found) return found;
  return repo.recordDocument(db, {
    docnum, url, title: null, issuer: null, signedDate: null, effectiveDate: null, expiryDate: null, status: '未知', cites: [],
  });
}

export function libraryPort(db: LibraryDb): LibraryPort {
  return {
    async recordDocuments(documents: SeenDocument[]) {
      for (const d of documents) await repo.recordDocument(db, d);
    },
    async lookup(docnums: string[]) {
      const out: Record<string, KnownDocument> = {};
      for (const docnum of new Set(docnums)) {
        const d = await repo.findDocument(db, { docnum });
        if (d) out[docnum] = { docnum, title: d.title, url: d.urls[0] ?? '' };
      }
      return out;
    },
    async notesForPage(docnums: string[], url: string) {
      const ids = new Set<string>();
      for (const docnum of docnums) {
        const d = await repo.findDocument(db, { docnum });
        if (d) ids.add(d.id);
      }
      const byUrl = await repo.findDocument(db, { url });
      if (byUrl) ids.add(byUrl.id);
      const notes: PageNote[] = [];
      for (const id of ids) notes.push(...(await repo.notesFor(db, id)));
      return notes;
    },
    async addNote(note: NewNote) {
      const doc = await documentFor(db, note.docnum, note.url);
      return repo.addNote(db, {
        documentId: doc.id, url: note.url, quote: note.quote, position: note.position, body: note.body, colour: note.colour, tags: note.tags,
      });
    },
    async updateNote(id, patch) {
      await repo.updateNote(db, id, patch);
    },
    async deleteNote(id) {
      await repo.deleteNote(db, id);
    },
    async addWatch(item: WatchItem) {
      const doc = item.docnum || item.url ? await repo.findDocument(db, item.docnum ? { docnum: item.docnum } : { url: item.url }) : null;
      const { added } = await repo.addWatch(db, { ...item, documentId: doc?.id ?? null });
      return { added };
    },
    async listWatches(): Promise<Watch[]> {
      return (await repo.listWatches(db)).map((w): Watch => ({
        kind: w.kind, text: w.text, due: w.due, docnum: w.docnum, title: w.title, url: w.url, id: w.id, created: w.created, reminded: w.reminded,
      }));
    },
    async deleteWatch(id) {
      await repo.deleteWatch(db, id);
    },
  };
}
