// The PDF reader page (reader.html?file=<url>, or a local file by the picker or by dropping it):
// wiring only. The reader itself is components/pdf/pdf-reader.ts.
import 'pdfjs-dist/web/pdf_viewer.css';
import { defineElements } from '@/components/gazette-lens.ts';
import { render } from 'lit';
import { langOf, type Lang } from '@/components/i18n.ts';
import { renderPager } from '@/components/pdf/pager.ts';
import { renderFindBar } from '@/components/pdf/find-bar.ts';
import { ReaderFind, findStyles } from '@/components/pdf/reader-find.ts';
import { fitWidth, scaleOf, stepZoom } from '@/lib/pdf/zoom.ts';
import { openReader, type OpenedReader } from '@/components/pdf/pdf-reader.ts';
import { READER_WORDS } from '@/components/pdf/reader-words.ts';
import { readerStyles } from '@/components/pdf/reader.styles.ts';
import { send } from '@/lib/platform/send.ts';
import { LIMITS } from '@/lib/limits.ts';
import { fileParam } from '@/lib/pdf/intercept.ts';
import { openLibrary } from '@/lib/library/db.ts';
import { libraryPort } from '@/lib/platform/library-port.ts';
import type { LibraryPort } from '@/lib/platform/handlers.ts';
import { buildPageView } from '@/lib/view/page-view.ts';
import { documentsToKeep, pageDocumentsOf } from '@/lib/view/page-documents.ts';
import type { ExtractionResult } from '@/lib/schema.ts';

/** A PDF read from the web joins the library as a page does: its documents, at its URL. */
async function keep(port: LibraryPort, url: string, text: string, result: ExtractionResult): Promise<void> {
  await port.recordDocuments(documentsToKeep(pageDocumentsOf(buildPageView(text, result))).map((d) => ({ ...d, url })));
}

const style = document.createElement('style');
style.textContent = readerStyles + findStyles;
document.head.append(style);
defineElements();

const $ = <T extends Element>(sel: string): T => document.querySelector<T>(sel)!;
// The bar stays at the top while the pages scroll (not on a phone): the launcher stays just below it.
new ResizeObserver(([e]) => {
  const sticky = getComputedStyle(e!.target).position === 'sticky';
  document.documentElement.style.setProperty('--gl-bar-top', `${sticky ? Math.ceil(e!.borderBoxSize[0]!.blockSize) + 8 : 8}px`);
})
  .observe(document.querySelector('header.bar')!);
const status = $<HTMLElement>('.status');
const host = $<HTMLElement>('#pages');
let current: OpenedReader | null = null;

/** Page navigation and zoom for the PDF open now, kept in step with scrolling. */
function showPager(reader: OpenedReader): void {
  const nav = $<HTMLElement>('.pager');
  nav.setAttribute('aria-label', READER_WORDS[lang].pager);
  const state = { page: 1, pages: reader.numPages, zoom: reader.zoom };
  const draw = (): void => void render(renderPager(lang, state, {
    go(page) {
      reader.pages.goTo(page - 1);
    },
    zoom(dir) {
      zoomTo(stepZoom(state.zoom, dir));
    },
    fit() {
      zoomTo(fitWidth(reader.pages.widestPage, host.clientWidth - 24));
    },
    find: openFind,
  }), nav);
  const zoomTo = (zoom: number): void => {
    state.zoom = zoom;
    reader.pages.setScale(scaleOf(zoom));
    draw();
  };
  let frame = 0;
  pagerScroll?.abort();
  pagerScroll = new AbortController();
  window.addEventListener('scroll', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const page = reader.pages.currentPage() + 1;
      if (page !== state.page) {
        state.page = page;
        draw();
      }
    });
  }, { passive: true, signal: pagerScroll.signal });
  nav.hidden = false;
  draw();
}
let pagerScroll: AbortController | null = null;

/** Find in the whole issue (Ctrl+F, or the bar's 「查找」): components/pdf/reader-find.ts. */
let find: ReaderFind | null = null;
function showFind(reader: OpenedReader): void {
  find?.destroy();
  const bar = $<HTMLElement>('.find');
  bar.hidden = true;
  const f = new ReaderFind(reader.pages, () => draw());
  const draw = (): void => void render(renderFindBar(lang, f.state, {
    input: (phrase) => f.search(phrase),
    step: (dir) => f.step(dir),
    close() {
      f.clear();
      bar.hidden = true;
    },
  }), bar);
  find = f;
  draw();
}
function openFind(): void {
  if (!find) return;
  const bar = $<HTMLElement>('.find');
  bar.hidden = false;
  const input = bar.querySelector('input')!;
  input.focus();
  input.select();
}
document.addEventListener('keydown', (e) => {
  if (!find || e.altKey) return;
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.shiftKey && e.key.toLowerCase() === 'f') {
    e.preventDefault();
    openFind();
  } else if (e.key === 'F3' || (mod && e.key.toLowerCase() === 'g')) {
    e.preventDefault();
    find.step(e.shiftKey ? -1 : 1);
  }
});
let lang: Lang = 'zh';

async function main(): Promise<void> {
  const got = await send({ type: 'settings.get' });
  const settings = got.ok && 'settings' in got ? got.settings : null;
  lang = langOf(browser.i18n.getUILanguage(), navigator.languages, settings?.language);
  const t = READER_WORDS[lang];
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t.pageTitle} · ${t.app}`;
  $('.app').textContent = t.app;
  $('.pick span').textContent = t.pick;
  $('.drop-hint').textContent = t.dropHint;
  // The page is web-accessible (a redirected PDF request lands on it), so a site could put it in
  // a frame of its own: it opens nothing there.
  if (window.top !== window) {
    status.textContent = t.framed;
    status.hidden = false;
    return;
  }
  const params = new URLSearchParams(location.search);
  const today = params.get('today') ?? '';
  const env: Parameters<typeof openReader>[3] = { lang, assets: browser.runtime.getURL('/pdfjs/pdf.worker.min.mjs').replace(/pdf\.worker\.min\.mjs$/, ''), today: /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : '' };

  const show = async (data: Uint8Array, name: string): Promise<void> => {
    await current?.destroy();
    current = null;
    $('.name').textContent = name;
    document.title = `${name} · ${t.app}`;
    current = await openReader(host, status, data, env);
    if (current) {
      showPager(current);
      showFind(current);
    }
  };
  const local = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > LIMITS.pdfBytes) {
      await show(new Uint8Array(LIMITS.pdfBytes + 1), file.name);
      return;
    }
    await show(new Uint8Array(await file.arrayBuffer()), file.name);
  };
  $<HTMLInputElement>('.pick input').addEventListener('change', (e) => void local((e.target as HTMLInputElement).files?.[0]));
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    void local(e.dataTransfer?.files?.[0]);
  });

  // A redirect rule writes the PDF's URL raw after file= (it may hold & and #): read to the end.
  const file = fileParam(location.search);
  if (!file) {
    if (/[?&]file=/.test(location.search)) {
      status.textContent = t.fetchFailed(decodeURIComponent(location.search));
      status.hidden = false;
    }
    return;
  }
  let url: URL;
  try {
    url = new URL(file);
    if (!/^https?:$/.test(url.protocol)) throw new Error(url.protocol);
  } catch {
    status.textContent = t.fetchFailed(file);
    status.hidden = false;
    return;
  }
  const original = $<HTMLAnchorElement>('.original');
  original.href = url.href;
  original.textContent = t.openOriginal;
  original.hidden = false;
  // The browser's own viewer for this one URL in this tab: the background lets it through.
  original.addEventListener('click', (e) => {
    e.preventDefault();
    void send({ type: 'pdf.original', url: url.href }).finally(() => location.assign(url.href));
  });
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.host);
  try {
    const response = await fetch(url.href, { credentials: 'include' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    performance.mark('gl-pdf-fetched');
    // The library, in the extension's origin like this page: the documents and the reader's notes on it.
    const port = libraryPort(openLibrary());
    env.onRead = (text, result) => void keep(port, url.href, text, result).catch((e: unknown) => console.warn('gazette-lens: the library did not take this PDF', e));
    env.library = {
      port,
      url: url.href,
      async addWatch(item) {
        const r = await send({ type: 'watch.addAt', item, url: url.href });
        if (!r.ok) throw new Error(r.error);
        return r.added;
      },
    };
    await show(bytes, name);
  } catch (err) {
    status.textContent = t.fetchFailed(err instanceof Error ? err.message : String(err));
    status.hidden = false;
  }
}

void main();
