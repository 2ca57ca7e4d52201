/**
 * The background's answers to the message map (messages.ts). The personal library and the
 * browser calls come in as `deps`, so this runs in a unit test as it runs in the service
 * worker. Every message is parsed with zod first; a privileged one (deleting, listing the
 * watchlist, turning a site on) from anything but an extension page is refused. Nothing is
 * kept in memory: a service-worker restart loses nothing.
 */
import {
  PRIVILEGED, requestSchema, type KnownDocument, type NewNote, type PageNote, type PageSummary, type Request, type SeenDocument, type Watch, type WatchItem,
} from './messages.ts';

export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

/** What the background needs of the personal library (lib/library in the extension). */
export interface LibraryPort {
  recordDocuments(documents: SeenDocument[]): Promise<void>;
  lookup(docnums: string[]): Promise<Record<string, KnownDocument>>;
  notesForPage(docnums: string[], url: string): Promise<PageNote[]>;
  addNote(note: NewNote): Promise<PageNote>;
  updateNote(id: string, patch: { body?: string; colour?: PageNote['colour']; tags?: string[] }): Promise<void>;
  deleteNote(id: string): Promise<void>;
  addWatch(item: WatchItem): Promise<{ added: boolean }>;
  listWatches(): Promise<Watch[]>;
  deleteWatch(id: string): Promise<void>;
}

export interface HandlerDeps {
  library: LibraryPort;
  session: KeyValue;
  local: KeyValue;
  insertCss(tabId: number, css: string): Promise<void>;
  /** Runs the content script on a host the user turned on (its permission already granted). */
  enableSite(host: string, tabId: number | null): Promise<void>;
  /** The extension's own origin, e.g. chrome-extension://abc/ */
  extensionOrigin: string;
  /** Called after the watchlist changed (badge, reminders). */
  onWatchesChanged?(): void;
}

export interface SenderInfo {
  tabId?: number;
  /** The sender's page URL (an extension page's, or the content script's page). */
  url?: string;
}

export function createHandler(deps: HandlerDeps) {
  const { library } = deps;
  return async function handle(raw: unknown, sender: SenderInfo): Promise<unknown> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, error: `invalid message: ${issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'unknown shape'}` };
    }
    const msg: Request = parsed.data;
    const fromExtensionPage = sender.tabId === undefined && !!sender.url?.startsWith(deps.extensionOrigin);
    if (PRIVILEGED.has(msg.type) && !fromExtensionPage) return { ok: false, error: `${msg.type} is only accepted from extension pages` };

    switch (msg.type) {
      case 'page.read': {
        if (sender.tabId === undefined) return { ok: false, error: 'page.read needs a tab' };
        await deps.session.set(`page:${sender.tabId}`, msg.page);
        return { ok: true };
      }
      case 'page.get':
        return { ok: true, page: (await deps.session.get<PageSummary>(`page:${msg.tabId}`)) ?? null };
      case 'documents.seen':
        await library.recordDocuments(msg.documents);
        return { ok: true };
      case 'documents.lookup':
        return { ok: true, known: await library.lookup(msg.docnums) };
      case 'notes.forPage':
        return { ok: true, notes: await library.notesForPage(msg.docnums, msg.url) };
      case 'note.add':
        return { ok: true, note: await library.addNote(msg.note) };
      case 'note.update':
        await library.updateNote(msg.id, msg.patch);
        return { ok: true };
      case 'note.delete':
        await library.deleteNote(msg.id);
        return { ok: true };
      case 'watch.add': {
        const { added } = await library.addWatch(msg.item);
        deps.onWatchesChanged?.();
        return { ok: true, added };
      }
      case 'watch.list':
        return { ok: true, items: await library.listWatches() };
      case 'watch.delete':
        await library.deleteWatch(msg.id);
        deps.onWatchesChanged?.();
        return { ok: true };
      case 'site.enable': {
        const hosts = (await deps.local.get<string[]>('userHosts')) ?? [];
        if (!hosts.includes(msg.host)) hosts.push(msg.host);
        await deps.local.set('userHosts', hosts);
        await deps.enableSite(msg.host, msg.tabId);
        return { ok: true };
      }
      case 'styles.inject': {
        if (sender.tabId === undefined) return { ok: false, error: 'styles.inject needs a tab' };
        await deps.insertCss(sender.tabId, msg.css);
        return { ok: true };
      }
    }
  };
}
