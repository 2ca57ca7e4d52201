/**
 * `<gl-library>`: 「我的资料库」 — the reader's documents, notes and watches, searched and filtered
 * live, edited and deleted in place, exported (JSON, Markdown, ICS) and imported. The library's
 * state lives here: the whole library from a Dexie liveQuery (LiveQueryController), the search
 * over it in memory, the edit and delete steps, the export and import. It renders into its own
 * light DOM (it is the whole of an extension page, styled by that page; the template is
 * library.ts's renderLibrary).
 */
import { LitElement, type TemplateResult } from 'lit';
import { renderLibrary } from './library.ts';
import { LIBRARY_WORDS } from './strings.ts';
import { parseTags } from '../note/note.ts';
import { DOC_ANCHOR, PAGE_SIZE, type DocumentEntry, type LibraryActions, type LibraryState } from './view-model.ts';
import { LiveQueryController } from './live-query.ts';
import type { LibraryDb } from '../../lib/library/db.ts';
import { deleteNote, deleteWatch, listDocuments, listNotes, listWatches, updateNote } from '../../lib/library/repo.ts';
import { LoadedSearch } from '../../lib/library/loaded-search.ts';
import { exportIcs, exportJson, exportMarkdown, importJson } from '../../lib/library/export.ts';
import type { DocumentRecord, NoteRecord, WatchRecord } from '../../lib/library/types.ts';
import { localToday } from '../../lib/extract/index.ts';
import type { Lang } from '../i18n.ts';
import { emit } from '../events.ts';

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const toggle = <T>(list: T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);

interface Everything {
  documents: DocumentRecord[];
  notes: NoteRecord[];
  watches: WatchRecord[];
}

/**
 * @customElement gl-library
 * @summary The reader's library: documents, notes and watches; search, edit, export, import.
 * @event gl-open-options - The reader asked for the settings.
 */
export class GlLibrary extends LitElement {
  static override properties = {
    lang: { type: String },
    reminderDays: { attribute: false },
  };

  /** The library database (the extension's own origin); set before the element is connected. */
  db!: LibraryDb;
  declare lang: Lang;
  /** The reader's reminder days, for the calendar export's alarms. */
  declare reminderDays: number[] | undefined;

  private state: LibraryState;
  private all: Everything = { documents: [], notes: [], watches: [] };
  private loaded: LoadedSearch | null = null;
  private exportUrl: string | null = null;
  private generation = 0;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private byDocnum = new Map<string, DocumentRecord>();
  private citing = new Map<string, DocumentRecord[]>();
  private noteCounts = new Map<string, number>();
  private readonly actions: LibraryActions;

  constructor() {
    super();
    this.lang = 'zh';
    this.reminderDays = undefined;
    this.state = {
      lang: 'zh',
      today: localToday(),
      loading: true,
      loadError: null,
      query: '',
      filters: { tags: [], colours: [], statuses: [] },
      allTags: [],
      documents: [],
      notes: [],
      watches: [],
      totals: { documents: 0, notes: 0, watches: 0 },
      edit: null,
      confirming: null,
      noteError: null,
      storage: null,
      io: { kind: 'idle' },
      limits: { documents: PAGE_SIZE, notes: PAGE_SIZE, watches: PAGE_SIZE },
    };
    this.actions = this.makeActions();
    // The whole library, again whenever it changes here, in the background or in another tab.
    new LiveQueryController<Everything>(this, async () => ({
      documents: await listDocuments(this.db),
      notes: await listNotes(this.db),
      watches: await listWatches(this.db),
    }), {
      next: (value) => this.received(value),
      error: (e) => {
        this.state.loading = false;
        this.state.loadError = message(e);
      },
    });
  }

  /** The page's own document holds the library's styles: render there. */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.askPersistence();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.exportUrl) URL.revokeObjectURL(this.exportUrl);
  }

  override render(): TemplateResult {
    this.state.lang = this.lang;
    return renderLibrary(this.state, this.actions);
  }

  private get words() {
    return LIBRARY_WORDS[this.lang];
  }

  /** Ask that the browser keep the library when disk space runs low, and say whether it will. */
  private async askPersistence(): Promise<void> {
    try {
      const persisted = (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.());
      this.state.storage = persisted === undefined ? 'unknown' : persisted ? 'persisted' : 'not-persisted';
    } catch {
      this.state.storage = 'unknown';
    }
    this.requestUpdate();
  }

  private received(value: Everything): void {
    const state = this.state;
    this.all = value;
    this.loaded = null;
    this.index(value);
    const counts = new Map<string, number>();
    for (const n of value.notes) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    state.allTags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([t]) => t);
    state.filters = { ...state.filters, tags: state.filters.tags.filter((t) => counts.has(t)) };
    state.totals = { documents: value.documents.length, notes: value.notes.length, watches: value.watches.length };
    if (state.edit && !value.notes.some((n) => n.id === state.edit!.id)) state.edit = null;
    void this.refresh();
  }

  /**
   * Citations both ways, from the whole library in memory (each document's `cites` holds the
   * canonical numbers the citations table indexes): no query per document shown.
   */
  private index(everything: Everything): void {
    this.byDocnum = new Map(everything.documents.filter((d) => d.docnum).map((d) => [d.docnum!, d]));
    this.citing = new Map();
    for (const d of everything.documents) {
      for (const to of new Set(d.cites)) this.citing.set(to, [...(this.citing.get(to) ?? []), d]);
    }
    this.noteCounts = new Map();
    for (const n of everything.notes) this.noteCounts.set(n.documentId, (this.noteCounts.get(n.documentId) ?? 0) + 1);
  }

  private related(doc: DocumentRecord): DocumentEntry {
    return {
      doc,
      cites: doc.cites.map((docnum) => ({ docnum, document: this.byDocnum.get(docnum) ?? null })),
      citedBy: doc.docnum ? (this.citing.get(doc.docnum) ?? []).filter((d) => d.id !== doc.id) : [],
      noteCount: this.noteCounts.get(doc.id) ?? 0,
    };
  }

  /** Recomputes what is shown from the whole library, the query and the filters. */
  private async refresh(): Promise<void> {
    const state = this.state;
    const all = this.all;
    const mine = ++this.generation;
    const { query, filters } = state;
    const filtering = query.trim() !== '' || filters.tags.length + filters.colours.length + filters.statuses.length > 0;
    try {
      // The page holds the whole library: it searches what it holds (the same rules as the database's search).
      const found = filtering ? (this.loaded ??= new LoadedSearch(all.notes, all.documents)).search(query, filters) : { documents: all.documents, notes: all.notes };
      const entries = found.documents.map((doc) => this.related(doc));
      if (mine !== this.generation) return; // a newer query or change has taken over
      const byId = new Map(all.documents.map((d) => [d.id, d]));
      const q = query.trim().toLowerCase();
      state.documents = entries;
      state.notes = found.notes.map((note) => ({ note, document: byId.get(note.documentId) ?? null }));
      state.watches = q
        ? all.watches.filter((x) => [x.text, x.title ?? '', x.docnum ?? ''].some((s) => s.toLowerCase().includes(q)))
        : all.watches;
      state.loadError = null;
    } catch (e) {
      if (mine !== this.generation) return;
      state.loadError = message(e);
    }
    state.loading = false;
    this.requestUpdate();
  }

  /** Scrolls to a document's entry (showing everything again if the filters hide it) and flashes it. */
  private async showDocument(id: string): Promise<void> {
    const state = this.state;
    if (!state.documents.some((e) => e.doc.id === id)) {
      state.query = '';
      state.filters = { tags: [], colours: [], statuses: [] };
      await this.refresh();
    }
    await this.updateComplete;
    const el = this.ownerDocument.getElementById(DOC_ANCHOR(id));
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
    el.focus({ preventScroll: true });
  }

  private download(name: string, type: string, text: string): void {
    if (this.exportUrl) URL.revokeObjectURL(this.exportUrl);
    const url = URL.createObjectURL(new Blob([text], { type }));
    this.exportUrl = url;
    this.state.io = { kind: 'exported', name, href: url };
    this.requestUpdate();
    const a = this.ownerDocument.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    this.ownerDocument.body.append(a);
    a.click();
    a.remove();
  }

  private async runExport(make: () => Promise<string>, ext: string, type: string): Promise<void> {
    try {
      this.download(`gazette-lens-${localToday()}.${ext}`, type, await make());
    } catch (e) {
      this.state.io = { kind: 'export-failed', error: message(e) };
      this.requestUpdate();
    }
  }

  /** Focuses the first match once the state just set is on screen. */
  private focusAfterRender(selector: string): void {
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(selector)?.focus());
  }

  private makeActions(): LibraryActions {
    const state = this.state;
    const draw = (): void => this.requestUpdate();
    const refilter = (): void => {
      clearTimeout(this.searchTimer);
      void this.refresh();
    };
    return {
      search: (query) => {
        state.query = query;
        clearTimeout(this.searchTimer);
        this.searchTimer = setTimeout(() => void this.refresh(), 200);
      },
      toggleTag: (tag) => {
        state.filters = { ...state.filters, tags: toggle(state.filters.tags, tag) };
        refilter();
      },
      toggleColour: (colour) => {
        state.filters = { ...state.filters, colours: toggle(state.filters.colours, colour) };
        refilter();
      },
      toggleStatus: (status) => {
        state.filters = { ...state.filters, statuses: toggle(state.filters.statuses, status) };
        refilter();
      },
      clearFilters: () => {
        state.filters = { tags: [], colours: [], statuses: [] };
        refilter();
      },
      exportJson: () => {
        void this.runExport(async () => `${JSON.stringify(await exportJson(this.db), null, 2)}\n`, 'json', 'application/json');
      },
      exportMarkdown: () => {
        void this.runExport(() => exportMarkdown(this.db), 'md', 'text/markdown;charset=utf-8');
      },
      exportIcs: () => {
        void this.runExport(() => exportIcs(this.db, this.reminderDays), 'ics', 'text/calendar;charset=utf-8');
      },
      chooseImport: () => {
        this.querySelector<HTMLInputElement>('#import-file')?.click();
      },
      importFile: (file) => {
        state.io = { kind: 'importing', file: file.name, done: 0, total: 0 };
        draw();
        void importJson(this.db, file, ({ done, total }) => {
          state.io = { kind: 'importing', file: file.name, done, total };
          draw();
        }).then(
          (r) => {
            state.io = r.ok ? { kind: 'imported', file: file.name, counts: { ...r.counts } } : { kind: 'import-failed', file: file.name, error: r.error, problem: r.problem };
            draw();
          },
          (e: unknown) => {
            state.io = { kind: 'import-failed', file: file.name, error: message(e) };
            draw();
          },
        );
      },
      showDocument: (id) => {
        void this.showDocument(id);
      },
      editNote: (id) => {
        const entry = state.notes.find((e) => e.note.id === id);
        if (!entry) return;
        const n = entry.note;
        state.edit = { id, body: n.body, tags: n.tags.join(' '), colour: n.colour, error: null };
        state.confirming = null;
        state.noteError = null;
        draw();
        this.focusAfterRender(`[data-note-id="${CSS.escape(id)}"] textarea`);
      },
      changeEdit: (patch) => {
        if (!state.edit) return;
        state.edit = { ...state.edit, ...patch };
        draw();
      },
      saveEdit: () => {
        const edit = state.edit;
        if (!edit) return;
        void updateNote(this.db, edit.id, { body: edit.body, tags: parseTags(edit.tags), colour: edit.colour }).then(
          () => {
            if (state.edit?.id === edit.id) state.edit = null;
            draw();
          },
          (e: unknown) => {
            if (state.edit?.id === edit.id) state.edit = { ...state.edit, error: message(e) };
            draw();
          },
        );
      },
      cancelEdit: () => {
        state.edit = null;
        draw();
      },
      askDelete: (id) => {
        state.confirming = id;
        state.noteError = null;
        draw();
        this.focusAfterRender(`[data-note-id="${CSS.escape(id)}"] .confirm-yes`);
      },
      confirmDelete: (id) => {
        state.confirming = null;
        void deleteNote(this.db, id).catch((e: unknown) => {
          state.noteError = { id, message: `${this.words.deleteFailed}${this.words.colon}${message(e)}` };
          draw();
        });
      },
      cancelDelete: () => {
        state.confirming = null;
        draw();
      },
      deleteWatch: (id) => {
        void deleteWatch(this.db, id).catch((e: unknown) => {
          state.io = { kind: 'export-failed', error: `${this.words.deleteFailed}${this.words.colon}${message(e)}` };
          draw();
        });
      },
      openSettings: () => {
        emit(this, 'gl-open-options', {});
      },
      showMore: (section) => {
        state.limits = { ...state.limits, [section]: state.limits[section] + PAGE_SIZE * 4 };
        draw();
      },
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gl-library': GlLibrary;
  }
}
