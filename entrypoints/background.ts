// The extension's background: answers the message map (lib/platform/handlers.ts) with
// browser storage; the personal library (issue 4) will live here too, in the extension's origin.
import { createHandler, type KeyValue } from '@/lib/platform/handlers.ts';

function area(storage: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> }): KeyValue {
  return {
    async get<T>(key: string) {
      return (await storage.get(key))[key] as T | undefined;
    },
    async set(key: string, value: unknown) {
      await storage.set({ [key]: value });
    },
  };
}

/** The content script on every host the user turned on and granted (optional host permissions). */
async function registerUserSites(): Promise<void> {
  const { userHosts } = await browser.storage.local.get('userHosts');
  const granted = (await browser.permissions.getAll()).origins ?? [];
  const matches = (Array.isArray(userHosts) ? (userHosts as string[]) : [])
    .map((h) => `*://${h}/*`)
    .filter((m) => granted.includes(m) || granted.includes('*://*/*'));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: ['user-sites'] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: ['user-sites'] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([{ id: 'user-sites', matches, js: ['/content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
}

export default defineBackground(() => {
  browser.runtime.onStartup.addListener(() => void registerUserSites());
  browser.permissions.onRemoved.addListener(() => void registerUserSites());
  const handle = createHandler({
    local: area(browser.storage.local),
    session: area(browser.storage.session ?? browser.storage.local),
    extensionOrigin: browser.runtime.getURL('/'),
    async insertCss(tabId, css) {
      await browser.scripting.insertCSS({ target: { tabId }, css });
    },
    async enableSite(_host, tabId) {
      await registerUserSites();
      if (tabId !== null) await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    onWatchesChanged(items) {
      const soon = items.filter((w) => {
        const days = (Date.parse(`${w.due}T23:59:59`) - Date.now()) / 86_400_000;
        return days >= 0 && days <= 7;
      }).length;
      void browser.action.setBadgeText({ text: soon ? String(soon) : '' });
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handle(message, { tabId: sender.tab?.id, url: sender.url ?? sender.origin }).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // answer asynchronously
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session?.remove(`page:${tabId}`);
  });
});
