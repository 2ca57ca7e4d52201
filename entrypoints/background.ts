// The extension's background: the personal library and the settings (Dexie, in the
// extension's own origin), the message map's answers (lib/platform/handlers.ts), reminders
// through alarms and notifications, and the badge. Everything lives in IndexedDB or session
// storage: a restart of the background loses nothing.
import { createHandler, type KeyValue } from '@/lib/platform/handlers.ts';
import { libraryPort } from '@/lib/platform/library-port.ts';
import { badgeCount, reminderText, remindersDue } from '@/lib/platform/reminders.ts';
import { openLibrary } from '@/lib/library/db.ts';
import * as repo from '@/lib/library/repo.ts';
import { localToday } from '@/lib/extract/index.ts';
import { loadSettings, patchSettings, saveSettings } from '@/lib/settings/store.ts';
import { LEGACY_KEYS, fromLegacy } from '@/lib/settings/legacy.ts';
import type { Settings } from '@/lib/settings/schema.ts';
import { tabMessageSchema } from '@/lib/platform/messages.ts';
import { liveQuery } from 'dexie';
import { sitesAfterGrant } from '@/lib/detect/hosts.ts';
import { GOV_HOSTS } from '@/lib/detect/gov-host.ts';
import { ORIGINAL_RULE_BASE, PDF_RULE_ID, isPdfContentType, isPdfDownload, opensInReader, originalAllowRule, pdfRedirectRule, readerUrlFor, type InterceptPolicy } from '@/lib/pdf/intercept.ts';

type StorageArea = {
  get(k: string | string[]): Promise<Record<string, unknown>>;
  set(v: Record<string, unknown>): Promise<void>;
  remove(k: string | string[]): Promise<void>;
};

function area(storage: StorageArea): KeyValue {
  return {
    async get<T>(key: string) {
      return (await storage.get(key))[key] as T | undefined;
    },
    async set(key: string, value: unknown) {
      await storage.set({ [key]: value });
    },
    async remove(key: string) {
      await storage.remove(key);
    },
  };
}

function memoryArea(): KeyValue {
  const data = new Map<string, unknown>();
  return {
    async get<T>(key: string) {
      return structuredClone(data.get(key)) as T | undefined;
    },
    async set(key: string, value: unknown) {
      data.set(key, structuredClone(value));
    },
    async remove(key: string) {
      data.delete(key);
    },
  };
}

/** An unguessable token (a note draft's), 32 URL-safe characters. */
function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const REMINDER_ALARM = 'gazette-lens-reminders';

export default defineBackground(() => {
  const db = openLibrary();

  // Settings: read from the database once, kept in memory; the background is their only writer.
  let settings: Promise<Settings> = (async () => {
    // The first version kept them in storage.local, which content scripts can write: move them.
    const legacy = await browser.storage.local.get([...LEGACY_KEYS]).catch(() => ({}) as Record<string, unknown>);
    const current = await loadSettings(db);
    if (!Object.keys(legacy).length) return current;
    const moved = await saveSettings(db, fromLegacy(legacy, current));
    await browser.storage.local.remove([...LEGACY_KEYS]);
    return moved;
  })().catch(() => loadSettings(db));
  // Chromium: content scripts may not even read storage.local (Firefox has no such switch for
  // it; nothing there matters: settings live in the database).
  const local = browser.storage.local as unknown as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  void local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

  function setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = patchSettings(db, patch);
    // A failed write leaves what is stored (and says why to the options page).
    settings = next.catch(() => loadSettings(db));
    return next;
  }

  /**
   * The browser granted sites (from the popup's 「在此网站启用」 or the settings page): they join
   * the reader's sites, the content script is registered there, and their open pages are read
   * now. Done here, not by the page that asked: Firefox closes the popup at the prompt.
   */
  async function sitesGranted(origins: string[]): Promise<void> {
    const userHosts = sitesAfterGrant((await settings).userHosts, origins, GOV_HOSTS);
    if (userHosts) {
      await setSettings({ userHosts });
      void browser.runtime.sendMessage({ type: 'settings.changed' }).catch(() => undefined);
    }
    await registerUserSites();
    for (const origin of origins) {
      if (origin === '*://*/*' || origin === '<all_urls>') continue;
      const tabs = await browser.tabs.query({ url: origin }).catch(() => []);
      for (const tab of tabs) {
        // A page already read ignores a second injection (the content script's own guard).
        if (tab.id !== undefined) await browser.scripting.executeScript({ target: { tabId: tab.id }, files: ['/content-scripts/content.js'] }).catch(() => undefined);
      }
    }
  }

  /** The content script on every host the user turned on and granted (optional host permissions). */
  async function registerUserSites(): Promise<void> {
    const { userHosts } = await settings;
    const granted = (await browser.permissions.getAll()).origins ?? [];
    const matches = userHosts.map((h) => `*://${h}/*`).filter((m) => granted.includes(m) || granted.includes('*://*/*'));
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: ['user-sites'] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: ['user-sites'] });
    if (matches.length) {
      await browser.scripting.registerContentScripts([{ id: 'user-sites', matches, js: ['/content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
    }
  }

  // ---- PDFs: open in the reader (lib/pdf/intercept.ts decides; the browser's own way does it) ----
  const readerPage = browser.runtime.getURL('/reader.html');
  const policy = async (): Promise<InterceptPolicy> => {
    const s = await settings;
    return { setting: s.pdfOpen, hosts: [...GOV_HOSTS, ...s.userHosts], paused: s.pausedHosts };
  };
  /** Firefox: URLs the reader let through to the browser's viewer, per tab (「打开原文件」). */
  const originals = new Set<string>();
  let originalRules = 0;
  const dnr = (browser as unknown as { declarativeNetRequest?: { updateDynamicRules(o: object): Promise<void>; updateSessionRules(o: object): Promise<void> } }).declarativeNetRequest;

  /** Chromium: the one redirect rule, made again from the settings. */
  async function updatePdfRule(): Promise<void> {
    if (import.meta.env.FIREFOX || !dnr) return;
    const rule = pdfRedirectRule(readerPage, await policy());
    await dnr.updateDynamicRules({ removeRuleIds: [PDF_RULE_ID], addRules: rule ? [rule] : [] }).catch((e: unknown) => console.warn('gazette-lens: the PDF rule was not taken', e));
  }

  async function allowOriginal(url: string, tabId: number): Promise<void> {
    const bare = url.split('#')[0]!;
    if (import.meta.env.FIREFOX || !dnr) {
      originals.add(`${tabId} ${bare}`);
      return;
    }
    await dnr.updateSessionRules({ addRules: [originalAllowRule(ORIGINAL_RULE_BASE + (originalRules++ % 5000), bare, tabId)] });
  }

  if (import.meta.env.FIREFOX) {
    // Firefox's PDF viewer runs no content script: answer the response itself, before it is shown.
    const webRequest = (browser as unknown as { webRequest: { onHeadersReceived: { addListener(fn: (d: { url: string; tabId: number; responseHeaders?: Array<{ name: string; value?: string }> }) => object | Promise<object>, filter: object, extra: string[]): void } } }).webRequest;
    webRequest.onHeadersReceived.addListener(async (d) => {
      const header = (name: string): string | undefined => d.responseHeaders?.find((h) => h.name.toLowerCase() === name)?.value;
      const type = header('content-type');
      if (!isPdfContentType(type) && !isPdfDownload(d.url, type, header('content-disposition'))) return {};
      const bare = d.url.split('#')[0]!;
      if (originals.has(`${d.tabId} ${bare}`)) return {};
      if (!opensInReader(d.url, await policy())) return {};
      return { redirectUrl: readerUrlFor(readerPage, d.url) };
    }, { urls: ['http://*/*', 'https://*/*'], types: ['main_frame'] }, ['blocking', 'responseHeaders']);
  }

  // The link's menu: 「用公报阅读助手打开」 on links to PDFs, wherever they are.
  const MENU_ID = 'gazette-lens-open-pdf';
  function createMenu(): void {
    browser.contextMenus?.create({
      id: MENU_ID,
      title: browser.i18n.getMessage('openPdfInReader') || '用公报阅读助手打开',
      contexts: ['link'],
      targetUrlPatterns: ['*://*/*.pdf', '*://*/*.PDF', '*://*/*.pdf?*', '*://*/*.PDF?*'],
    }, () => void browser.runtime.lastError);
  }
  browser.contextMenus?.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.linkUrl && /^https?:/i.test(info.linkUrl)) void browser.tabs.create({ url: readerUrlFor(readerPage, info.linkUrl) });
  });

  /** Sends the reminders that are due, marks them sent, and sets the badge. */
  async function checkReminders(): Promise<void> {
    const today = localToday();
    const { reminderDays } = await settings;
    const watches = await repo.listWatches(db);
    for (const r of remindersDue(watches, today, reminderDays)) {
      const { title, message } = reminderText(r);
      await browser.notifications.create(`watch:${r.watch.id}:${r.day}`, {
        type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title, message,
      });
      for (const d of r.settles) await repo.markReminded(db, r.watch.id, d);
    }
    const count = badgeCount(watches, today);
    await browser.action.setBadgeText({ text: count ? String(count) : '' });
    await browser.action.setBadgeBackgroundColor({ color: '#B8322A' });
  }

  const handle = createHandler({
    library: libraryPort(db),
    settings: { get: () => settings, set: setSettings },
    // Session storage is for extension contexts only in both browsers (content scripts cannot
    // read it); without it, memory (lost on a restart of the background, never readable by pages).
    session: browser.storage.session ? area(browser.storage.session as unknown as StorageArea) : memoryArea(),
    // How the reader left the outline per site: rows of the extension's own database.
    sitePrefs: {
      get: async <T>(key: string) => (await db.settings.get(key))?.value as T | undefined,
      set: async (key, value) => { await db.settings.put({ id: key, value }); },
      remove: async (key) => { await db.settings.delete(key); },
    },
    extensionOrigin: browser.runtime.getURL('/'),
    newToken,
    async insertCss(tabId, css) {
      await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, css }).catch(() =>
        browser.scripting.insertCSS({ target: { tabId }, css }));
    },
    allowOriginal,
    async enableSite(_host, tabId) {
      await registerUserSites();
      if (tabId !== null) await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    async notifyTab(tabId, message) {
      await browser.tabs.sendMessage(tabId, tabMessageSchema.parse(message), { frameId: 0 });
    },
    onWatchesChanged() {
      void checkReminders();
    },
    onSettingsChanged(_next, patch) {
      if (patch.userHosts) void registerUserSites();
      if (patch.userHosts || patch.pausedHosts || patch.pdfOpen) void updatePdfRule();
      if (patch.reminderDays) void checkReminders();
      // Open extension pages (options in another tab, the library) follow at once.
      void browser.runtime.sendMessage({ type: 'settings.changed' }).catch(() => undefined);
    },
  }, browser.runtime.id);

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    // Our own broadcast to the extension pages is not a request.
    if ((message as { type?: unknown } | null)?.type === 'settings.changed') return false;
    handle(message, { id: sender.id, url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId }).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // answer asynchronously
  });

  // Alarms: Firefox does not keep them across a restart (Chrome only since 150), so the
  // reminder alarm is made again at every start of the background, in both browsers.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void checkReminders();
  });
  void (async () => {
    if (!(await browser.alarms.get(REMINDER_ALARM))) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    await checkReminders();
  })();
  browser.runtime.onStartup.addListener(() => void registerUserSites());
  browser.runtime.onInstalled.addListener(() => {
    void registerUserSites();
    createMenu();
  });
  void updatePdfRule();
  browser.permissions.onRemoved.addListener(() => void registerUserSites());
  browser.permissions.onAdded.addListener((p) => void sitesGranted(p.origins ?? []));
  // The library page changes watches directly in the database (delete, import): keep the
  // badge and reminders in step with what is stored.
  liveQuery(() => db.watches.count()).subscribe({ next: () => void checkReminders() });
  browser.notifications.onClicked.addListener((id) => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    void browser.notifications.clear(id);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session?.remove(`page:${tabId}`);
  });
});
