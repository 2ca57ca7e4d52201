/**
 * The background's answers to the message map (messages.ts). The library, the settings store
 * and the browser calls come in as `deps`, so this runs in a unit test as it runs in the
 * background.
 *
 * Every message is parsed against the map first. Then the sender decides:
 *   - an extension page of ours (its URL is in the extension's origin, in a tab or not) may
 *     send the `extension` and `any` requests;
 *   - a content script (a web page's URL, a tab, the top frame) may send the `content` and
 *     `any` requests, and is answered only about its own page: the URL is the sender's, the
 *     documents are the ones that page reported (`page.read`), a note may be changed only when
 *     it belongs to one of them. It is treated as possibly compromised: nothing in a message
 *     widens what it can reach;
 *   - anything else is refused.
 * Nothing is kept in memory: a restart of the background loses nothing.
 */
import { documentsToKeep } from '../view/page-documents.ts';
import {
  MESSAGES, parseRequest,
  type DraftView, type KnownDocument, type MessageType, type NoteContent, type PageDocument, type PageNote, type PageSummary,
  type RequestOf, type Responses, type TabMessage, type Watch, type WatchKey, type WatchRequest,
} from './messages.ts';
import { contentSettings, type Settings, type SettingsPatch } from '../settings/schema.ts';
import { prefsKey } from '../reader/outline-prefs.ts';
import { restorePrefs } from '../reader/outline-prefs-schema.ts';

export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A document as recorded from a page: its facts and the URL it was read at. */
export type RecordedDocument = PageDocument & { url: string };
/** A new note, for a document found by its own number or else by the page URL. */
export interface NoteInput extends NoteContent {
  docnum: string | null;
  url: string;
  quote: PageNote['quote'];
  position: PageNote['position'];
}

/** What the background needs of the personal library (lib/library in the extension). */
export interface LibraryPort {
  recordDocuments(documents: RecordedDocument[]): Promise<void>;
  lookup(docnums: string[]): Promise<Record<string, KnownDocument>>;
  /** Ids of the library's documents with these own numbers, or seen at this URL. */
  documentIds(docnums: string[], url: string): Promise<string[]>;
  notesOf(documentIds: string[]): Promise<PageNote[]>;
  getNote(id: string): Promise<PageNote | null>;
  addNote(note: NoteInput): Promise<PageNote>;
  updateNote(id: string, patch: Partial<NoteContent> & Partial<Pick<PageNote, 'quote' | 'position'>>): Promise<PageNote>;
  deleteNote(id: string): Promise<void>;
  addWatch(item: WatchRequest & { url: string }): Promise<{ added: boolean }>;
  /** Watches on these documents or made at this URL. */
  watchesOf(documentIds: string[], url: string): Promise<WatchKey[]>;
  listWatches(): Promise<Watch[]>;
  deleteWatch(id: string): Promise<void>;
}

export interface SettingsPort {
  get(): Promise<Settings>;
  set(patch: SettingsPatch): Promise<Settings>;
}

export interface HandlerDeps {
  library: LibraryPort;
  settings: SettingsPort;
  /** Per-tab state that must survive a restart of the background, never readable by pages. */
  session: KeyValue;
  /** Per-site reader preferences (the outline), kept across restarts, never readable by pages. */
  sitePrefs: KeyValue;
  /** Inserts extension CSS into a tab's page (and its same-origin frames). */
  insertCss(tabId: number, css: string): Promise<void>;
  /** Runs the content script on a host the user turned on (its permission already granted). */
  enableSite(host: string, tabId: number | null): Promise<void>;
  /** Tells a tab's content script something (notes changed, the editor closed). */
  notifyTab(tabId: number, message: TabMessage): Promise<void>;
  /** The extension's own origin, e.g. chrome-extension://abc/ */
  extensionOrigin: string;
  /** An unguessable token for a note draft. */
  newToken(): string;
  /** Called after the watchlist changed (badge, reminders). */
  onWatchesChanged?(): void;
  /** Called after the settings changed. */
  onSettingsChanged?(settings: Settings, patch: SettingsPatch): void;
  /** Lets one PDF URL open in the browser's own viewer in one tab (not redirected to the reader). */
  allowOriginal(url: string, tabId: number): Promise<void>;
}

/** What the browser says about a message's sender (runtime.MessageSender, trimmed). */
export interface SenderInfo {
  /** The sender's page URL (an extension page's, or the content script's page). */
  url?: string;
  tabId?: number;
  frameId?: number;
  /** The extension id the sender belongs to (our own, for our contexts). */
  id?: string;
}

export type Sender =
  | { kind: 'extension'; url: string; tabId?: number }
  | { kind: 'content'; url: string; tabId: number };

/** Who sent it, or null when it is neither our extension page nor our content script in a top frame. */
export function classifySender(info: SenderInfo, extensionOrigin: string, extensionId?: string): Sender | null {
  if (extensionId !== undefined && info.id !== undefined && info.id !== extensionId) return null;
  const url = info.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension', url, ...(info.tabId !== undefined && { tabId: info.tabId }) };
  if (info.tabId === undefined || info.tabId < 0 || !/^https?:\/\//i.test(url)) return null;
  if (info.frameId !== undefined && info.frameId !== 0) return null;
  return { kind: 'content', url, tabId: info.tabId };
}

interface Draft {
  tabId: number;
  url: string;
  docnum: string | null;
  quote: PageNote['quote'];
  position: PageNote['position'];
  /** The note being edited, or null for a new one. */
  noteId: string | null;
  created: number;
}
/** A draft the editor did not close within this time is forgotten. */
export const DRAFT_LIFETIME_MS = 6 * 60 * 60 * 1000;

/** The same page: fragments aside (a reader following an anchor stays on the page). */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

class Refused extends Error {}

type Context<T extends MessageType> = (typeof MESSAGES)[T]['from'] extends 'content'
  ? Extract<Sender, { kind: 'content' }>
  : (typeof MESSAGES)[T]['from'] extends 'extension'
    ? Extract<Sender, { kind: 'extension' }>
    : Sender;
type Handlers = { [T in MessageType]: (msg: RequestOf<T>, sender: Context<T>) => Promise<Responses[T]> };

export function createHandler(deps: HandlerDeps, extensionId?: string) {
  const { library } = deps;
  const pageKey = (tabId: number): string => `page:${tabId}`;
  const draftKey = (token: string): string => `draft:${token}`;

  /** The sender's page as it last reported itself, when the report is for the URL it is at now. */
  async function pageOf(sender: { tabId: number; url: string }): Promise<PageSummary> {
    const page = await deps.session.get<PageSummary>(pageKey(sender.tabId));
    if (!page || !samePage(page.url, sender.url)) throw new Refused('this page has not been read yet');
    return page;
  }
  const ownNumbers = (page: PageSummary): string[] => page.documents.flatMap((d) => (d.docnum ? [d.docnum] : []));
  async function pageDocumentIds(sender: { tabId: number; url: string }): Promise<Set<string>> {
    const page = await pageOf(sender);
    return new Set(await library.documentIds(ownNumbers(page), sender.url));
  }
  async function noteOfPage(id: string, sender: { tabId: number; url: string }): Promise<PageNote> {
    const [note, ids] = await Promise.all([library.getNote(id), pageDocumentIds(sender)]);
    if (!note || !ids.has(note.documentId)) throw new Refused('not a note of this page');
    return note;
  }
  async function draftFor(token: string, sender: { tabId?: number }): Promise<Draft> {
    const d = await deps.session.get<Draft>(draftKey(token));
    if (!d || Date.now() - d.created > DRAFT_LIFETIME_MS) throw new Refused('this note editor has expired: select the words again');
    if (sender.tabId !== undefined && sender.tabId !== d.tabId) throw new Refused('not a draft of this tab');
    return d;
  }

  const handlers: Handlers = {
    async 'page.read'(msg, sender) {
      const page: PageSummary = { ...msg.page, url: sender.url };
      await deps.session.set(pageKey(sender.tabId), page);
      // The library keeps the documents with their own number, and a page that is one document.
      const documents = documentsToKeep(page.documents);
      if (page.counts && documents.length) await library.recordDocuments(documents.map((d) => ({ ...d, url: sender.url })));
      return { ok: true };
    },
    async 'documents.lookup'(msg, sender) {
      const shown = new Set((await pageOf(sender)).shown);
      return { ok: true, known: await library.lookup(msg.docnums.filter((d) => shown.has(d))) };
    },
    async 'notes.forPage'(_msg, sender) {
      return { ok: true, notes: await library.notesOf([...(await pageDocumentIds(sender))]) };
    },
    async 'note.draft'(msg, sender) {
      let draft: Draft;
      if ('edit' in msg.draft) {
        const note = await noteOfPage(msg.draft.edit, sender);
        draft = { tabId: sender.tabId, url: sender.url, docnum: null, quote: note.quote, position: note.position, noteId: note.id, created: Date.now() };
      } else {
        const page = await pageOf(sender);
        if (msg.draft.docnum !== null && !ownNumbers(page).includes(msg.draft.docnum)) throw new Refused('not a document of this page');
        draft = { tabId: sender.tabId, url: sender.url, docnum: msg.draft.docnum, quote: msg.draft.quote, position: msg.draft.position, noteId: null, created: Date.now() };
      }
      const token = deps.newToken();
      await deps.session.set(draftKey(token), draft);
      return { ok: true, token };
    },
    async 'note.recolour'(msg, sender) {
      await noteOfPage(msg.id, sender);
      await library.updateNote(msg.id, { colour: msg.colour });
      return { ok: true };
    },
    async 'note.delete'(msg, sender) {
      await noteOfPage(msg.id, sender);
      await library.deleteNote(msg.id);
      return { ok: true };
    },
    async 'note.reattach'(msg, sender) {
      await noteOfPage(msg.id, sender);
      await library.updateNote(msg.id, { quote: msg.quote, position: msg.position });
      return { ok: true };
    },
    async 'watch.add'(msg, sender) {
      const page = await pageOf(sender);
      if (msg.item.docnum !== null && !ownNumbers(page).includes(msg.item.docnum)) throw new Refused('not a document of this page');
      const { added } = await library.addWatch({ ...msg.item, url: sender.url });
      deps.onWatchesChanged?.();
      return { ok: true, added };
    },
    async 'watches.forPage'(_msg, sender) {
      return { ok: true, watches: await library.watchesOf([...(await pageDocumentIds(sender))], sender.url) };
    },
    async 'site.prefs.get'(_msg, sender) {
      return { ok: true, prefs: restorePrefs(await deps.sitePrefs.get(prefsKey(sender.url))) };
    },
    async 'site.prefs.set'(msg, sender) {
      await deps.sitePrefs.set(prefsKey(sender.url), msg.prefs);
      return { ok: true };
    },
    async 'styles.inject'(msg, sender) {
      await deps.insertCss(sender.tabId, msg.css);
      return { ok: true };
    },
    async 'settings.get'(_msg, sender) {
      const settings = await deps.settings.get();
      return sender.kind === 'extension' ? { ok: true, settings } : { ok: true, content: contentSettings(settings, sender.url) };
    },
    async 'page.get'(msg) {
      return { ok: true, page: (await deps.session.get<PageSummary>(pageKey(msg.tabId))) ?? null };
    },
    async 'watch.list'() {
      return { ok: true, items: await library.listWatches() };
    },
    async 'watch.addAt'(msg) {
      const { added } = await library.addWatch({ ...msg.item, url: msg.url });
      deps.onWatchesChanged?.();
      return { ok: true, added };
    },
    async 'watch.delete'(msg) {
      await library.deleteWatch(msg.id);
      deps.onWatchesChanged?.();
      return { ok: true };
    },
    async 'site.enable'(msg) {
      const settings = await deps.settings.get();
      if (!settings.userHosts.includes(msg.host)) {
        const patch = { userHosts: [...settings.userHosts, msg.host] };
        const next = await deps.settings.set(patch);
        deps.onSettingsChanged?.(next, patch);
      }
      await deps.enableSite(msg.host, msg.tabId);
      return { ok: true };
    },
    async 'pdf.original'(msg, sender) {
      if (sender.tabId === undefined) throw new Refused('the reader page is not in a tab');
      await deps.allowOriginal(msg.url, sender.tabId);
      return { ok: true };
    },
    async 'settings.set'(msg) {
      const settings = await deps.settings.set(msg.patch);
      deps.onSettingsChanged?.(settings, msg.patch);
      return { ok: true, settings };
    },
    async 'draft.get'(msg, sender) {
      const d = await draftFor(msg.token, sender);
      const note = d.noteId ? await library.getNote(d.noteId) : null;
      if (d.noteId && !note) throw new Refused('this note was deleted');
      const draft: DraftView = {
        quote: d.quote.exact, body: note?.body ?? '', colour: note?.colour ?? 'yellow', tags: note?.tags ?? [], editing: note !== null,
      };
      return { ok: true, draft };
    },
    async 'draft.save'(msg, sender) {
      const d = await draftFor(msg.token, sender);
      const note = d.noteId
        ? await library.updateNote(d.noteId, msg.note)
        : await library.addNote({ ...msg.note, docnum: d.docnum, url: d.url, quote: d.quote, position: d.position });
      await deps.session.remove(draftKey(msg.token));
      await deps.notifyTab(d.tabId, { type: 'notes.changed', token: msg.token }).catch(() => undefined);
      await deps.notifyTab(d.tabId, { type: 'draft.closed', token: msg.token }).catch(() => undefined);
      return { ok: true, note };
    },
    async 'draft.close'(msg, sender) {
      const d = await draftFor(msg.token, sender).catch(() => null);
      await deps.session.remove(draftKey(msg.token));
      if (d) await deps.notifyTab(d.tabId, { type: 'draft.closed', token: msg.token }).catch(() => undefined);
      return { ok: true };
    },
    async 'draft.resize'(msg, sender) {
      const d = await draftFor(msg.token, sender);
      await deps.notifyTab(d.tabId, { type: 'draft.height', token: msg.token, height: msg.height }).catch(() => undefined);
      return { ok: true };
    },
  };

  return async function handle(raw: unknown, info: SenderInfo): Promise<unknown> {
    const parsed = parseRequest(raw);
    if (!parsed.ok) return { ok: false, error: parsed.error };
    const msg = parsed.request;
    const sender = classifySender(info, deps.extensionOrigin, extensionId);
    const from = MESSAGES[msg.type].from;
    if (!sender) return { ok: false, error: `${msg.type}: not accepted from this sender` };
    if (from === 'extension' && sender.kind !== 'extension') return { ok: false, error: `${msg.type} is only accepted from extension pages` };
    if (from === 'content' && sender.kind !== 'content') return { ok: false, error: `${msg.type} is only accepted from a page's content script` };
    try {
      const run = handlers[msg.type] as (m: typeof msg, s: Sender) => Promise<unknown>;
      return await run(msg, sender);
    } catch (e) {
      if (e instanceof Refused) return { ok: false, error: `${msg.type}: ${e.message}` };
      throw e;
    }
  };
}
