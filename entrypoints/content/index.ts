// The content script: thin. Asks the background for its settings, detects a government page,
// mounts our one closed-shadow-root host, and hands the page to a PageSession (read →
// highlight → cards, outline and notes). Runs on *.gov.cn, and on the sites the user turned on
// (registered by the background with their optional permission).
import { DEFAULT_OUTLINE_PREFS } from '@/lib/reader/outline-prefs.ts';
import './trusted-types-guard.ts';
import { collectSignals } from '@/lib/detect/signals.ts';
import { detectPage } from '@/lib/detect/index.ts';
import { createHighlighter, supportsCssHighlights } from '@/lib/highlight/index.ts';
import { highlightCss } from '@/lib/highlight/styles.ts';
import { NOTE_OVERLAY_CSS } from '@/lib/highlight/note-overlay.ts';
import { localToday } from '@/lib/extract/index.ts';
import { send } from '@/lib/platform/send.ts';
import { readTabMessage } from '@/lib/platform/tab-message.ts';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults.ts';
import type { ContentSettings } from '@/lib/settings/schema.ts';
import { langOf } from '@/components/i18n.ts';
import { cardStyles, noteStyles } from '@/components/card/card.styles.ts';
import { outlineStyles } from '@/components/outline/outline.styles.ts';
import { launcherStyles } from '@/components/launcher/launcher.styles.ts';
import { darkStyles, forcedStyles, kindColourProperties } from '@/components/theme.styles.ts';
import { PageSession } from './page-session.ts';
import { mountUiHost, UI_HOST_CSS } from './ui-host.ts';

/** Set in this extension's isolated world: a second injection (site.enable on a tab already read) does nothing. */
const LOADED = Symbol.for('gazette-lens:content');

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'manual',
  // WXT's window.postMessage of "content script started" would tell every page our extension id.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const scope = globalThis as Record<symbol, unknown>;
    if (scope[LOADED]) return;
    scope[LOADED] = true;
    performance.mark('gazette-lens:start');
    const t0 = performance.now();
    const pre: Record<string, number> = {};
    // The settings, and how the reader left the outline on this site, in one round trip's time.
    const [got, sitePrefs] = await Promise.all([send({ type: 'settings.get' }), send({ type: 'site.prefs.get' })]);
    const prefs = sitePrefs.ok ? sitePrefs.prefs : DEFAULT_OUTLINE_PREFS;
    const settings: ContentSettings = got.ok && 'content' in got
      ? got.content
      : { language: DEFAULT_SETTINGS.language, colours: DEFAULT_SETTINGS.colours, highlightEngine: DEFAULT_SETTINGS.highlightEngine, benchmark: false, userHost: false, paused: false };
    const HIGHLIGHT_CSS = highlightCss(settings.colours);
    const userHosts = settings.userHost ? [location.hostname] : [];
    pre.settings = performance.now() - t0;
    // A government host decides at once; the page's own signals (metas, info table, content)
    // are read only when the host does not, or later for the popup's list of reasons.
    let full: ReturnType<typeof detectPage> | null = null;
    const fullDetection = () => (full ??= detectPage(collectSignals(document, location.href), { userHosts }));
    const quick = detectPage({ url: location.href, host: location.hostname }, { userHosts });
    const detection = quick.government ? quick : fullDetection();
    pre.detect = performance.now() - t0 - pre.settings;
    const title = document.title.slice(0, 200);
    // Not a government page, or one the reader paused Gazette Lens on: nothing is read or shown.
    if (!detection.government || settings.paused) {
      await send({ type: 'page.read', page: { title, detection, counts: null, documents: [], shown: [] } });
      return;
    }

    // The highlight styles go into the page while the page is read (the background inserts
    // them as extension CSS, which no page CSP can refuse; a style element is the fallback).
    void send({ type: 'styles.inject', css: HIGHLIGHT_CSS }).then((injected) => {
      if (injected.ok) return;
      const style = document.createElement('style');
      style.textContent = HIGHLIGHT_CSS;
      document.head.append(style);
    });
    const engine = settings.highlightEngine === 'mark' || !supportsCssHighlights(window) ? 'mark' : 'css';
    const highlighter = createHighlighter(engine, document, { css: HIGHLIGHT_CSS });
    const lang = langOf(browser.i18n.getUILanguage(), navigator.languages, settings.language);

    const ui = mountUiHost(document, UI_HOST_CSS + cardStyles + noteStyles + outlineStyles + launcherStyles + NOTE_OVERLAY_CSS + darkStyles + forcedStyles);
    // The reader's colours reach the cards, the legend and the launcher as they reach the highlights.
    for (const [name, value] of Object.entries(kindColourProperties(settings.colours))) ui.container.style.setProperty(name, value);
    pre['ui mount'] = performance.now() - t0 - pre.settings - pre.detect;
    const session = new PageSession({
      doc: document,
      prefs,
      highlighter,
      uiRoot: ui.container,
      uiHost: ui.host,
      lang,
      today: localToday(),
      detection,
      // `npm run bench` turns this on to read the timings; a reader's page never gets them.
      onPainted: settings.benchmark
        ? ({ phases, counts, paintedAt }) => {
            const at = (k: string): number => (phases[k] ?? t0) - t0;
            document.documentElement.setAttribute('data-gazette-lens-timing', JSON.stringify({
              engine, total: paintedAt - t0, phases: { ...pre, ...phases, 'read starts at': at('read starts at'), 'highlight done at': at('highlight done at') }, counts,
            }));
          }
        : undefined,
      bridge: {
        async lookup(docnums) {
          const r = await send({ type: 'documents.lookup', docnums });
          return r.ok ? r.known : {};
        },
        async watch(item) {
          const r = await send({ type: 'watch.add', item });
          if (!r.ok) throw new Error(r.error);
        },
        async watchesForPage() {
          const r = await send({ type: 'watches.forPage' });
          return r.ok ? r.watches : [];
        },
        async saveSitePrefs(prefs) {
          await send({ type: 'site.prefs.set', prefs });
        },
        async report({ counts, documents, shown }) {
          await send({ type: 'page.read', page: { title, detection: fullDetection(), counts, documents, shown } });
        },
        async notesForPage() {
          const r = await send({ type: 'notes.forPage' });
          return r.ok ? r.notes : [];
        },
        async draft(draft) {
          const r = await send({ type: 'note.draft', draft });
          if (!r.ok) throw new Error(r.error);
          return { token: r.token, url: `${browser.runtime.getURL('/note-editor.html')}#${r.token}` };
        },
        async recolour(id, colour) {
          const r = await send({ type: 'note.recolour', id, colour });
          if (!r.ok) throw new Error(r.error);
        },
        async deleteNote(id) {
          const r = await send({ type: 'note.delete', id });
          if (!r.ok) throw new Error(r.error);
        },
        async reattach(id, at) {
          const r = await send({ type: 'note.reattach', id, ...at });
          if (!r.ok) throw new Error(r.error);
        },
        open(url) {
          window.open(url, '_blank', 'noopener');
        },
      },
    });
    // What the background tells this page: only from our own extension, only in the map's shapes.
    const onMessage = (message: unknown, sender: { id?: string }): undefined => {
      if (sender.id !== browser.runtime.id) return undefined;
      const m = readTabMessage(message);
      if (!m) return undefined;
      if (m.type === 'notes.changed') void session.reloadNotes();
      else if (m.type === 'draft.closed') session.editorDone(m.token);
      else if (m.type === 'outline.open') session.openOutline();
      else session.editorHeight(m.token, m.height);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void session.start();

    // Our own lifetime, not WXT's context: a page can dispatch WXT's "a newer content script
    // started" event itself (our extension id is no secret) and would invalidate the context.
    // We go only when the extension really went (updated, reloaded, removed).
    const alive = (): boolean => {
      try {
        return !!browser.runtime?.id;
      } catch {
        return false;
      }
    };
    let href = location.href;
    const watch = setInterval(() => {
      if (!alive()) {
        teardown();
        return;
      }
      // Single-page navigations (pushState, hash): read the page again.
      if (location.href !== href) {
        href = location.href;
        session.rerun();
      }
    }, 1000);
    const teardown = (): void => {
      clearInterval(watch);
      try {
        browser.runtime.onMessage.removeListener(onMessage);
      } catch {
        // the extension is gone: nothing to remove from
      }
      session.destroy();
      ui.destroy();
      scope[LOADED] = false;
    };
    ctx.onInvalidated(() => {
      if (!alive()) teardown();
    });
  },
});
