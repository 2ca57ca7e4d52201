// The popup: what Gazette Lens found on this tab (detection score and reasons, counts,
// documents and their validity), what is coming up on the watchlist, and the switch that
// turns Gazette Lens on for a site that is not on a government host.
import { send } from '@/lib/platform/send.ts';
import { langOf } from '@/components/i18n.ts';
import type { PopupState } from '@/components/popup/popup.ts';
import { enableSite } from '@/components/popup/enable-site.ts';
import { GlPopup } from '@/components/popup/gl-popup.ts';
import { kindColourProperties } from '@/components/theme.styles.ts';
import { localToday } from '@/lib/extract/index.ts';

// The page around the element: no margin, and the dark background in dark mode.
const style = document.createElement('style');
style.textContent = 'body { margin: 0; } @media (prefers-color-scheme: dark) { :root { color-scheme: dark; } body { background: #15191d; } }';
document.head.append(style);
if (!customElements.get('gl-popup')) customElements.define('gl-popup', GlPopup);
const popup = document.createElement('gl-popup');
document.getElementById('app')!.append(popup);

async function load(): Promise<void> {
  const got = await send({ type: 'settings.get' });
  const settings = got.ok && 'settings' in got ? got.settings : null;
  const lang = langOf(browser.i18n.getUILanguage(), navigator.languages, settings?.language);
  // The reader's colours for the counts, as on the page.
  for (const [name, value] of Object.entries(kindColourProperties(settings?.colours ?? {}))) popup.style.setProperty(name, value);
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const page = tab?.id !== undefined ? await send({ type: 'page.get', tabId: tab.id }) : null;
  const watches = await send({ type: 'watch.list' });
  let host: string | null = null;
  try {
    host = tab?.url && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : null;
  } catch {
    host = null;
  }
  const state: PopupState = {
    lang,
    today: localToday(),
    host,
    paused: !!host && !!settings?.pausedHosts.includes(host),
    page: page?.ok ? page.page : null,
    watches: watches.ok ? watches.items : [],
    message: null,
  };
  const draw = (): void => {
    popup.state = { ...state };
  };
  popup.addEventListener('gl-enable-site', async () => {
    if (!host) return;
    const on = await enableSite(host, lang, {
      request: (origins) => browser.permissions.request({ origins }),
      enable: (h) => send({ type: 'site.enable', host: h, tabId: tab?.id ?? null }),
    }, (message) => {
      state.message = message;
      draw();
    });
    if (on) void waitForReport();
  });
  /** A page read just now (or turned on just now) reports in a moment: its report is shown when it comes. */
  const waitForReport = async (): Promise<void> => {
    for (let i = 0; i < 20 && !state.page && tab?.id !== undefined; i++) {
      await new Promise((r) => setTimeout(r, 250));
      const again = await send({ type: 'page.get', tabId: tab.id });
      if (again.ok && again.page) {
        state.page = again.page;
        draw();
      }
    }
  };
  popup.addEventListener('gl-set-paused', async (e) => {
    if (!host) return;
    const current = settings?.pausedHosts ?? [];
    const pausedHosts = e.detail.paused ? [...new Set([...current, host])] : current.filter((h) => h !== host);
    const r = await send({ type: 'settings.set', patch: { pausedHosts } });
    if (!r.ok) {
      state.message = r.error;
      draw();
      return;
    }
    // The page is read again (or left alone) as the setting now says.
    if (tab?.id !== undefined) void browser.tabs.reload(tab.id);
    window.close();
  });
  popup.addEventListener('gl-open-outline', () => {
    if (tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'outline.open' }, { frameId: 0 }).then(() => window.close(), () => {
      state.message = lang === 'zh' ? '此页面未能打开大纲（请刷新页面后重试）' : 'Could not open the outline on this page (reload it and try again)';
      draw();
    });
  });
  popup.addEventListener('gl-open-watch', (e) => {
    // A text fragment scrolls the page to the deadline's words and marks them (both browsers).
    const words = e.detail.text.replace(/\s+/g, '');
    // ('-' delimits a text directive's parts: it is escaped too.)
    void browser.tabs.create({ url: `${e.detail.url.split('#')[0]}#:~:text=${encodeURIComponent(words).replace(/-/g, '%2D')}` });
    window.close();
  });
  popup.addEventListener('gl-open-library', () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
    window.close();
  });
  popup.addEventListener('gl-open-options', () => {
    void browser.runtime.openOptionsPage();
    window.close();
  });
  draw();
  if (!state.page && host) void waitForReport();
}

void load();
