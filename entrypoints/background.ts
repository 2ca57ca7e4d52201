// The extension's background: the personal library (Dexie, in the extension's own origin),
// the message map's answers (lib/platform/handlers.ts), reminders through alarms and
// notifications, and the badge. Everything lives in IndexedDB or browser storage: a
// service-worker restart loses nothing.
import { createHandler, type KeyValue } from '@/lib/platform/handlers.ts';
import { libraryPort } from '@/lib/platform/library-port.ts';
import { badgeCount, DEFAULT_REMINDER_DAYS, reminderText, remindersDue } from '@/lib/platform/reminders.ts';
import { openLibrary } from '@/lib/library/db.ts';
import * as repo from '@/lib/library/repo.ts';
import { localToday } from '@/lib/extract/index.ts';
import { liveQuery } from 'dexie';

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

const REMINDER_ALARM = 'gazette-lens-reminders';

export default defineBackground(() => {
  const db = openLibrary();

  /** Sends the reminders that are due, marks them sent, and sets the badge. */
  async function checkReminders(): Promise<void> {
    const today = localToday();
    const { reminderDays } = await browser.storage.local.get('reminderDays');
    const days = Array.isArray(reminderDays) && reminderDays.every((d) => Number.isInteger(d)) ? (reminderDays as number[]) : [...DEFAULT_REMINDER_DAYS];
    const watches = await repo.listWatches(db);
    for (const r of remindersDue(watches, today, days)) {
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
    onWatchesChanged() {
      void checkReminders();
    },
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handle(message, { tabId: sender.tab?.id, url: sender.url ?? sender.origin }).then(sendResponse, (e: unknown) =>
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
    return true; // answer asynchronously
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void checkReminders();
  });
  const schedule = async (): Promise<void> => {
    if (!(await browser.alarms.get(REMINDER_ALARM))) await browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60, delayInMinutes: 1 });
    await checkReminders();
  };
  browser.runtime.onInstalled.addListener(() => void schedule());
  browser.runtime.onStartup.addListener(() => {
    void schedule();
    void registerUserSites();
  });
  browser.permissions.onRemoved.addListener(() => void registerUserSites());
  browser.permissions.onAdded.addListener(() => void registerUserSites());
  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'local' && changes.userHosts) void registerUserSites();
    if (areaName === 'local' && changes.reminderDays) void checkReminders();
  });
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
