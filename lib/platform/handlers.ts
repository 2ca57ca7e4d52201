/**
 * The background's answers to the message map (messages.ts). Storage and browser calls come
 * in as `deps`, so this runs in a unit test as it runs in the service worker. Every message
 * is parsed with zod first; a privileged one from anything but an extension page is refused.
 * Nothing is kept in memory: a service-worker restart loses nothing.
 */
import { PRIVILEGED, requestSchema, type KnownDocument, type PageSummary, type Request, type WatchItem } from './messages.ts';

export interface KeyValue {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
}

export interface HandlerDeps {
  local: KeyValue;
  session: KeyValue;
  insertCss(tabId: number, css: string): Promise<void>;
  /** Runs the content script on a host the user turned on (its permission already granted). */
  enableSite(host: string, tabId: number | null): Promise<void>;
  /** The extension's own origin, e.g. chrome-extension://abc/ */
  extensionOrigin: string;
  onWatchesChanged?(items: WatchItem[]): void;
}

export interface SenderInfo {
  tabId?: number;
  /** The sender's page URL (an extension page's, or the content script's page). */
  url?: string;
}

const MAX_KNOWN = 5000;

export function createHandler(deps: HandlerDeps) {
  return async function handle(raw: unknown, sender: SenderInfo): Promise<unknown> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `invalid message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}` };
    const msg: Request = parsed.data;
    const fromExtensionPage = sender.tabId === undefined && !!sender.url?.startsWith(deps.extensionOrigin);
    if (PRIVILEGED.has(msg.type) && !fromExtensionPage) return { ok: false, error: `${msg.type} is only accepted from extension pages` };

    switch (msg.type) {
      case 'page.read': {
        if (sender.tabId === undefined) return { ok: false, error: 'page.read needs a tab' };
        await deps.session.set(`page:${sender.tabId}`, msg.page);
        return { ok: true };
      }
      case 'page.get': {
        const page = (await deps.session.get<PageSummary>(`page:${msg.tabId}`)) ?? null;
        return { ok: true, page };
      }
      case 'documents.seen': {
        const known = (await deps.local.get<Record<string, KnownDocument>>('knownDocuments')) ?? {};
        for (const d of msg.documents) known[d.docnum] = { docnum: d.docnum, title: d.title, url: d.url };
        const keys = Object.keys(known);
        for (const k of keys.slice(0, Math.max(0, keys.length - MAX_KNOWN))) delete known[k];
        await deps.local.set('knownDocuments', known);
        return { ok: true };
      }
      case 'documents.lookup': {
        const known = (await deps.local.get<Record<string, KnownDocument>>('knownDocuments')) ?? {};
        const out: Record<string, KnownDocument> = {};
        for (const n of msg.docnums) if (known[n]) out[n] = known[n];
        return { ok: true, known: out };
      }
      case 'watch.add': {
        const items = (await deps.local.get<WatchItem[]>('watches')) ?? [];
        const same = items.some((w) => w.kind === msg.item.kind && w.due === msg.item.due && w.text === msg.item.text && w.url === msg.item.url);
        if (!same) items.push(msg.item);
        await deps.local.set('watches', items);
        deps.onWatchesChanged?.(items);
        return { ok: true, added: !same };
      }
      case 'watch.list': {
        return { ok: true, items: (await deps.local.get<WatchItem[]>('watches')) ?? [] };
      }
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
