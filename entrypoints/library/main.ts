// 「我的资料库」: the reader's documents, notes and watches, searched and filtered live, edited
// and deleted in place, exported (JSON, Markdown, ICS) and imported. An extension page: it
// opens the library database directly (the extension's own origin, as the background does),
// and follows changes made elsewhere (a note added on a page) through Dexie's liveQuery.
import { render } from 'lit';
import { liveQuery } from 'dexie';
import { langOf } from '@/components/i18n.ts';
import { renderLibrary } from '@/components/library/library.ts';
import { libraryStyles } from '@/components/library/library.styles.ts';
import { darkStyles } from '@/components/theme.styles.ts';
import { LIBRARY_WORDS } from '@/components/library/strings.ts';
import { parseTags } from '@/components/note/note.ts';
import { DOC_ANCHOR, PAGE_SIZE, type DocumentEntry, type LibraryActions, type LibraryState } from '@/components/library/view-model.ts';
import { openLibrary } from '@/lib/library/db.ts';
import { deleteNote, deleteWatch, listDocuments, listNotes, listWatches, updateNote } from '@/lib/library/repo.ts';
import { LoadedSearch } from '@/lib/library/loaded-search.ts';
import { exportIcs, exportJson, exportMarkdown, importJson } from '@/lib/library/export.ts';
import type { DocumentRecord, NoteRecord, WatchRecord } from '@/lib/library/types.ts';
import { localToday } from '@/lib/extract/index.ts';
import { send } from '@/lib/platform/send.ts';

const style = document.createElement('style');
style.textContent = libraryStyles + darkStyles;
document.head.append(style);
const root = document.getElementById('app')!;
const db = openLibrary();
const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

interface Everything {
  documents: DocumentRecord[];
  notes: NoteRecord[];
  watches: WatchRecord[];
}

async function main(): Promise<void> {
  const got = await send({ type: 'settings.get' });
  const lang = langOf(browser.i18n.getUILanguage(), navigator.languages, got.ok && 'settings' in got ? got.settings.language : undefined);
  const w = LIBRARY_WORDS[lang];
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${w.pageTitle} · ${lang === 'zh' ? '公报阅读助手' : 'Gazette Lens'}`;

  const state: LibraryState = {
    lang,
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
  let all: Everything = { documents: [], notes: [], watches: [] };
  let loaded: LoadedSearch | null = null;
  let exportUrl: string | null = null;
  let generation = 0;
  let searchTimer: ReturnType<typeof setTimeout> | undefined;

  const draw = (): void => {
    render(renderLibrary(state, actions), root);
  };

  /**
   * Citations both ways, from the whole library in memory (each document's `cites` holds the
   * canonical numbers the citations table indexes): no query per document shown.
   */
  let byDocnum = new Map<string, DocumentRecord>();
  let citing = new Map<string, DocumentRecord[]>();
  let noteCounts = new Map<string, number>();
  function index(everything: Everything): void {
    byDocnum = new Map(everything.documents.filter((d) => d.docnum).map((d) => [d.docnum!, d]));
    citing = new Map();
    for (const d of everything.documents) {
      for (const to of new Set(d.cites)) citing.set(to, [...(citing.get(to) ?? []), d]);
    }
    noteCounts = new Map();
    for (const n of everything.notes) noteCounts.set(n.documentId, (noteCounts.get(n.documentId) ?? 0) + 1);
  }
  const related = (doc: DocumentRecord): DocumentEntry => ({
    doc,
    cites: doc.cites.map((docnum) => ({ docnum, document: byDocnum.get(docnum) ?? null })),
    citedBy: doc.docnum ? (citing.get(doc.docnum) ?? []).filter((d) => d.id !== doc.id) : [],
    noteCount: noteCounts.get(doc.id) ?? 0,
  });

  /** Recomputes what is shown from the whole library, the query and the filters. */
  async function refresh(): Promise<void> {
    const mine = ++generation;
    const { query, filters } = state;
    const filtering = query.trim() !== '' || filters.tags.length + filters.colours.length + filters.statuses.length > 0;
    try {
      // The page holds the whole library: it searches what it holds (the same rules as the database's search).
      const found = filtering ? (loaded ??= new LoadedSearch(all.notes, all.documents)).search(query, filters) : { documents: all.documents, notes: all.notes };
      const entries = found.documents.map((doc) => related(doc));
      if (mine !== generation) return; // a newer query or change has taken over
      const byId = new Map(all.documents.map((d) => [d.id, d]));
      const q = query.trim().toLowerCase();
      state.documents = entries;
      state.notes = found.notes.map((note) => ({ note, document: byId.get(note.documentId) ?? null }));
      state.watches = q
        ? all.watches.filter((x) => [x.text, x.title ?? '', x.docnum ?? ''].some((s) => s.toLowerCase().includes(q)))
        : all.watches;
      state.loadError = null;
    } catch (e) {
      if (mine !== generation) return;
      state.loadError = message(e);
    }
    state.loading = false;
    draw();
  }

  /** Scrolls to a document's entry (showing everything again if the filters hide it) and flashes it. */
  async function showDocument(id: string): Promise<void> {
    if (!state.documents.some((e) => e.doc.id === id)) {
      state.query = '';
      state.filters = { tags: [], colours: [], statuses: [] };
      await refresh();
    }
    const el = document.getElementById(DOC_ANCHOR(id));
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
    el.focus({ preventScroll: true });
  }

  function download(name: string, type: string, text: string): void {
    if (exportUrl) URL.revokeObjectURL(exportUrl);
    exportUrl = URL.createObjectURL(new Blob([text], { type }));
    state.io = { kind: 'exported', name, href: exportUrl };
    draw();
    const a = document.createElement('a');
    a.href = exportUrl;
    a.download = name;
    a.hidden = true;
    document.body.append(a);
    a.click();
    a.remove();
  }

  async function runExport(make: () => Promise<string>, ext: string, type: string): Promise<void> {
    try {
      download(`gazette-lens-${localToday()}.${ext}`, type, await make());
    } catch (e) {
      state.io = { kind: 'export-failed', error: message(e) };
      draw();
    }
  }

  const toggle = <T>(list: T[], x: T): T[] => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x]);
  const refilter = (): void => {
    clearTimeout(searchTimer);
    void refresh();
  };

  const actions: LibraryActions = {
    search(query) {
      state.query = query;
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => void refresh(), 200);
    },
    toggleTag(tag) {
      state.filters = { ...state.filters, tags: toggle(state.filters.tags, tag) };
      refilter();
    },
    toggleColour(colour) {
      state.filters = { ...state.filters, colours: toggle(state.filters.colours, colour) };
      refilter();
    },
    toggleStatus(status) {
      state.filters = { ...state.filters, statuses: toggle(state.filters.statuses, status) };
      refilter();
    },
    clearFilters() {
      state.filters = { tags: [], colours: [], statuses: [] };
      refilter();
    },
    exportJson() {
      void runExport(async () => `${JSON.stringify(await exportJson(db), null, 2)}\n`, 'json', 'application/json');
    },
    exportMarkdown() {
      void runExport(() => exportMarkdown(db), 'md', 'text/markdown;charset=utf-8');
    },
    exportIcs() {
      void runExport(() => exportIcs(db, got.ok && 'settings' in got ? got.settings.reminderDays : undefined), 'ics', 'text/calendar;charset=utf-8');
    },
    chooseImport() {
      (root.querySelector('#import-file') as HTMLInputElement | null)?.click();
    },
    importFile(file) {
      state.io = { kind: 'importing', file: file.name, done: 0, total: 0 };
      draw();
      void importJson(db, file, ({ done, total }) => {
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
    showDocument(id) {
      void showDocument(id);
    },
    editNote(id) {
      const entry = state.notes.find((e) => e.note.id === id);
      if (!entry) return;
      const n = entry.note;
      state.edit = { id, body: n.body, tags: n.tags.join(' '), colour: n.colour, error: null };
      state.confirming = null;
      state.noteError = null;
      draw();
      root.querySelector<HTMLTextAreaElement>(`[data-note-id="${CSS.escape(id)}"] textarea`)?.focus();
    },
    changeEdit(patch) {
      if (!state.edit) return;
      state.edit = { ...state.edit, ...patch };
      draw();
    },
    saveEdit() {
      const edit = state.edit;
      if (!edit) return;
      void updateNote(db, edit.id, { body: edit.body, tags: parseTags(edit.tags), colour: edit.colour }).then(
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
    cancelEdit() {
      state.edit = null;
      draw();
    },
    askDelete(id) {
      state.confirming = id;
      state.noteError = null;
      draw();
      root.querySelector<HTMLButtonElement>(`[data-note-id="${CSS.escape(id)}"] .confirm-yes`)?.focus();
    },
    confirmDelete(id) {
      state.confirming = null;
      void deleteNote(db, id).catch((e: unknown) => {
        state.noteError = { id, message: `${w.deleteFailed}${w.colon}${message(e)}` };
        draw();
      });
    },
    cancelDelete() {
      state.confirming = null;
      draw();
    },
    deleteWatch(id) {
      void deleteWatch(db, id).catch((e: unknown) => {
        state.io = { kind: 'export-failed', error: `${w.deleteFailed}${w.colon}${message(e)}` };
        draw();
      });
    },
    openSettings() {
      void browser.runtime.openOptionsPage();
    },
    showMore(section) {
      state.limits = { ...state.limits, [section]: state.limits[section] + PAGE_SIZE * 4 };
      draw();
    },
  };

  draw();

  // The whole library, again whenever it changes here, in the background or in another tab.
  const subscription = liveQuery(async (): Promise<Everything> => ({
    documents: await listDocuments(db),
    notes: await listNotes(db),
    watches: await listWatches(db),
  })).subscribe({
    next(value) {
      all = value;
      loaded = null;
      index(value);
      const counts = new Map<string, number>();
      for (const n of value.notes) for (const t of n.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
      state.allTags = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh')).map(([t]) => t);
      state.filters = { ...state.filters, tags: state.filters.tags.filter((t) => counts.has(t)) };
      state.totals = { documents: value.documents.length, notes: value.notes.length, watches: value.watches.length };
      if (state.edit && !value.notes.some((n) => n.id === state.edit!.id)) state.edit = null;
      void refresh();
    },
    error(e) {
      state.loading = false;
      state.loadError = message(e);
      draw();
    },
  });
  addEventListener('pagehide', () => {
    subscription.unsubscribe();
    if (exportUrl) URL.revokeObjectURL(exportUrl);
  });

  // Ask that the browser keep the library when disk space runs low, and say whether it will.
  try {
    const persisted = (await navigator.storage?.persisted?.()) || (await navigator.storage?.persist?.());
    state.storage = persisted === undefined ? 'unknown' : persisted ? 'persisted' : 'not-persisted';
  } catch {
    state.storage = 'unknown';
  }
  draw();
}

void main();
