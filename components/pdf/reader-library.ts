/**
 * The PDF reader's notes and watches, kept in the library at the PDF's URL. The reader is an
 * extension page: it reads the library and writes notes as the library page does, through the
 * same port the background uses; a watch goes through the background (its badge and reminders).
 * A note belongs to the document its words are in (by that document's own number), else to the
 * PDF. The editor is drawn in place: no page can listen to its keys here.
 */
import { html, type TemplateResult } from 'lit';
import type { LibraryPort } from '../../lib/platform/handlers.ts';
import type { NoteDraft as DraftRequest, PageNote } from '../../lib/platform/messages.ts';
import type { ExtractionResult } from '../../lib/schema.ts';
import { draftProblem, parseTags, renderNoteEditor, type NoteDraft } from '../note/note.ts';
import type { DocumentNotes, DocumentWatches } from '../document/gazette-lens-document.ts';
import type { WatchRequest } from '../../lib/platform/messages.ts';
import type { Lang } from '../i18n.ts';

export interface ReaderNotesHost {
  /** The engine's result for the whole issue (the documents' own numbers), once read. */
  result(): ExtractionResult | null;
  /** Draw the editor again (the element's requestUpdate). */
  update(): void;
  /** A draft was saved (the notes are fetched again) or cancelled. */
  saved(token: string): void;
  cancelled(token: string): void;
}

interface OpenDraft {
  request: DraftRequest;
  state: NoteDraft;
  saving: boolean;
}

/** Where the reader keeps what the reader keeps: the library, and the background's watch.addAt. */
export interface ReaderLibrary {
  port: LibraryPort;
  /** The PDF's URL. */
  url: string;
  /** Keeps a watch at the PDF's URL; false when it was kept already. */
  addWatch(item: WatchRequest): Promise<boolean>;
}

const ownNumbers = (result: ExtractionResult | null): string[] => (result?.documents ?? []).flatMap((d) => (d.docnum ? [d.docnum] : []));

export function readerWatches(library: ReaderLibrary, result: () => ExtractionResult | null): DocumentWatches {
  return {
    add: (item) => library.addWatch(item),
    async keys() {
      return library.port.watchesOf(await library.port.documentIds(ownNumbers(result()), library.url), library.url);
    },
  };
}

export function readerNotes(port: LibraryPort, url: string, lang: Lang, host: ReaderNotesHost): DocumentNotes {
  const drafts = new Map<string, OpenDraft>();
  const failure = (e: unknown): string => (e instanceof Error ? e.message : String(e));

  async function save(token: string): Promise<void> {
    const d = drafts.get(token);
    if (!d || d.saving || draftProblem(lang, d.state)) return;
    d.saving = true;
    const content = { body: d.state.body, colour: d.state.colour, tags: parseTags(d.state.tags) };
    try {
      if ('edit' in d.request) await port.updateNote(d.request.edit, content);
      else await port.addNote({ ...content, docnum: d.request.docnum, url, quote: d.request.quote, position: d.request.position });
      drafts.delete(token);
      host.saved(token);
    } catch (e) {
      d.saving = false;
      d.state.error = failure(e);
      host.update();
    }
  }

  return {
    bridge: {
      async notesForPage(): Promise<PageNote[]> {
        return port.notesOf(await port.documentIds(ownNumbers(host.result()), url));
      },
      async draft(request) {
        let state: NoteDraft;
        const token = crypto.randomUUID();
        if ('edit' in request) {
          const note = await port.getNote(request.edit);
          if (!note) throw new Error(lang === 'zh' ? '这条笔记已被删除' : 'this note was deleted');
          state = { quote: note.quote.exact, body: note.body, colour: note.colour, tags: note.tags.join(' '), id: note.id, error: null };
        } else state = { quote: request.quote.exact, body: '', colour: 'yellow', tags: '', id: null, error: null };
        drafts.set(token, { request, state, saving: false });
        return { token, url: '' };
      },
      async recolour(id, colour) {
        await port.updateNote(id, { colour });
      },
      async deleteNote(id) {
        await port.deleteNote(id);
      },
      async reattach(id, at) {
        await port.updateNote(id, { quote: at.quote, position: at.position });
      },
    },
    editor(token: string): TemplateResult {
      const d = drafts.get(token);
      if (!d) return html``;
      return renderNoteEditor(lang, d.state, {
        change(patch) {
          Object.assign(d.state, patch);
          host.update();
        },
        save: () => void save(token),
        cancel() {
          drafts.delete(token);
          host.cancelled(token);
        },
      });
    },
  };
}
