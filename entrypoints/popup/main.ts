// The popup: what Gazette Lens found on this tab (detection score and reasons, counts,
// documents and their validity), what is coming up on the watchlist, and the switch that
// turns Gazette Lens on for a site that is not on a government host.
import { render } from 'lit';
import { send } from '@/lib/platform/send.ts';
import { langOf } from '@/components/i18n.ts';
import { renderPopup, type PopupState } from '@/components/popup/popup.ts';
import { popupStyles } from '@/components/popup/popup.styles.ts';
import { darkStyles } from '@/components/theme.styles.ts';
import { localToday } from '@/lib/extract/index.ts';

const style = document.createElement('style');
style.textContent = popupStyles + darkStyles;
document.head.append(style);
const root = document.getElementById('app')!;

async function load(): Promise<void> {
  const got = await send({ type: 'settings.get' });
  const lang = langOf(browser.i18n.getUILanguage(), navigator.languages, got.ok && 'settings' in got ? got.settings.language : undefined);
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
    page: page?.ok ? page.page : null,
    watches: watches.ok ? watches.items : [],
    message: null,
  };
  const draw = (): void => {
    render(renderPopup(state, {
    async enableSite() {
      if (!host) return;
      const granted = await browser.permissions.request({ origins: [`*://${host}/*`] });
      if (!granted) {
        state.message = lang === 'zh' ? '未获得该网站的权限' : 'Permission was not granted';
        draw();
        return;
      }
      const r = await send({ type: 'site.enable', host, tabId: tab?.id ?? null });
      state.message = r.ok ? (lang === 'zh' ? '已在此网站启用' : 'Turned on for this site') : r.error;
      draw();
    },
    openLibrary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      window.close();
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
      window.close();
    },
  }), root);
  };
  draw();
}

void load();
