// The content script: thin. Detects a government page, then hands the page to a
// PageSession (read → highlight → cards and outline). Runs on *.gov.cn, and on the sites
// the user turned on (registered by the background with their optional permission).
import './trusted-types-guard.ts';
import { collectSignals } from '@/lib/detect/signals.ts';
import { detectPage } from '@/lib/detect/index.ts';
import { createHighlighter, supportsCssHighlights } from '@/lib/highlight/index.ts';
import { highlightCss } from '@/lib/highlight/styles.ts';
import { localToday } from '@/lib/extract/index.ts';
import { send } from '@/lib/platform/send.ts';
import { langOf } from '@/components/i18n.ts';
import { cardStyles, noteStyles } from '@/components/card/card.styles.ts';
import { outlineStyles } from '@/components/outline/outline.styles.ts';
import { launcherStyles } from '@/components/launcher/launcher.styles.ts';
import { PageSession } from './page-session.ts';

export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  cssInjectionMode: 'manual',
  async main(ctx) {
    performance.mark('gazette-lens:start');
    const t0 = performance.now();
    const pre: Record<string, number> = {};
    const settings = await browser.storage.local.get(['userHosts', 'highlightEngine', 'language', 'benchmark', 'colours']);
    const HIGHLIGHT_CSS = highlightCss(typeof settings.colours === 'object' && settings.colours ? (settings.colours as Record<string, string>) : {});
    const userHosts = Array.isArray(settings.userHosts) ? (settings.userHosts as string[]) : [];
    pre.settings = performance.now() - t0;
    // A government host decides at once; the page's own signals (metas, info table, content)
    // are read only when the host does not, or later for the popup's list of reasons.
    let full: ReturnType<typeof detectPage> | null = null;
    const fullDetection = () => (full ??= detectPage(collectSignals(document, location.href), { userHosts }));
    const quick = detectPage({ url: location.href, host: location.hostname }, { userHosts });
    const detection = quick.government ? quick : fullDetection();
    pre.detect = performance.now() - t0 - pre.settings;
    const title = document.title.slice(0, 200);
    if (!detection.government) {
      await send({ type: 'page.read', page: { url: location.href, title, detection, counts: null, documents: [] } });
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
    const highlighter = createHighlighter(engine, document);
    const lang = langOf(browser.i18n.getUILanguage(), navigator.languages, settings.language);

    const ui = await createShadowRootUi(ctx, {
      name: 'gazette-lens-ui',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: cardStyles + noteStyles + outlineStyles + launcherStyles,
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount(container, _shadow, host) {
        const session = new PageSession({
          doc: document,
          highlighter,
          uiRoot: container,
          uiHost: host,
          lang,
          today: localToday(),
          detection,
          // `npm run bench` turns this on to read the timings; a reader's page never gets them.
          onPainted: settings.benchmark === true
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
            async seen(documents) {
              if (documents.length) await send({ type: 'documents.seen', documents });
            },
            async notesForPage(docnums, url) {
              const r = await send({ type: 'notes.forPage', docnums, url });
              return r.ok ? r.notes : [];
            },
            async addNote(note) {
              const r = await send({ type: 'note.add', note });
              if (!r.ok) throw new Error(r.error);
              return r.note;
            },
            async updateNote(id, patch) {
              const r = await send({ type: 'note.update', id, patch });
              if (!r.ok) throw new Error(r.error);
            },
            injectCss(css) {
              void send({ type: 'styles.inject', css }).then((r) => {
                if (r.ok) return;
                const style = document.createElement('style');
                style.textContent = css;
                document.head.append(style);
              });
            },
            async report({ counts, documents }) {
              await send({
                type: 'page.read',
                page: {
                  url: location.href, title, detection: fullDetection(), counts,
                  documents: documents.flatMap((d) => (d.facts ? [{ title: d.facts.title?.slice(0, 200) ?? null, docnum: d.facts.docnum, status: d.facts.status }] : [])).slice(0, 200),
                },
              });
            },
            open(url) {
              window.open(url, '_blank', 'noopener');
            },
          },
        });
        void session.start();
        ctx.addEventListener(window, 'wxt:locationchange', () => session.rerun());
        return session;
      },
      onRemove(session) {
        session?.destroy();
      },
    });
    pre['ui mount'] = performance.now() - t0 - pre.settings - pre.detect;
    ui.mount();
    ctx.onInvalidated(() => ui.remove());
  },
});
