/**
 * The PDF reader in an extension page: opens the bytes with PDF.js (worker, cmaps and standard
 * fonts from the extension), reads the text of every page into one text model (lib/pdf, the same
 * function as the command line), and shows the pages inside a <gazette-lens-document> whose text
 * is that model: the same highlights, cards, outline and keyboard as on HTML pages. Pages are
 * drawn as they come near the viewport; their highlights follow as they are drawn.
 * A PDF that cannot be read says why in the reader's language and shows nothing else.
 */
import * as pdfjs from 'pdfjs-dist';
import { openPdf, readPdfText, type PdfJsLike, type PdfResources, type ReadPdf } from '../../lib/pdf/read-pdf.ts';
import { textCharacters } from '../../lib/pdf/text-model.ts';
import { PDF_PROBLEM_WORDS, PdfError } from '../../lib/pdf/problems.ts';
import type { GazetteLensDocument } from '../document/gazette-lens-document.ts';
import type { Lang } from '../i18n.ts';
import type { ExtractionResult } from '../../lib/schema.ts';
import { PdfPages, drawCanvas } from './pdf-pages.ts';
import { READER_WORDS } from './reader-words.ts';
import { openingZoom, scaleOf } from '../../lib/pdf/zoom.ts';
import { readerNotes, readerWatches, type ReaderLibrary } from './reader-library.ts';

export interface ReaderEnv {
  lang: Lang;
  /** Where pdf.worker.min.mjs, cmaps/ and standard_fonts/ are (an extension URL ending in '/'). */
  assets: string;
  /** YYYY-MM-DD, for tests; empty: the reader's today. */
  today?: string;
  /** Told once the whole issue is read: its text and the engine's result (the library keeps its documents). */
  onRead?(text: string, result: ExtractionResult): void;
  /** Where the reader's notes and watches on this PDF are kept (the library, at the PDF's URL); unset: none. */
  library?: ReaderLibrary;
}

export interface OpenedReader {
  element: GazetteLensDocument;
  pages: PdfPages;
  numPages: number;
  fingerprint: string;
  /** The zoom it opened at (percent, lib/pdf/zoom.ts). */
  zoom: number;
  destroy(): Promise<void>;
}

/** The words for a problem, as a sentence in the reader's language. */
export function problemMessage(err: PdfError, lang: Lang): string {
  const words = PDF_PROBLEM_WORDS[err.problem];
  return lang === 'zh' ? words.zh : `This PDF ${words.en}.`;
}

/** Says why the PDF cannot be shown: a PdfError in the reader's words, anything else as it is. */
function failed(status: HTMLElement, err: unknown, lang: Lang): void {
  say(status, err instanceof PdfError ? problemMessage(err, lang) : String(err), 'error');
}

function say(status: HTMLElement, text: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.dataset.kind = kind;
  status.hidden = !text;
}

/** Opens a PDF's bytes into `host`; `status` says what is happening and what went wrong. Throws nothing. */
export async function openReader(host: HTMLElement, status: HTMLElement, data: Uint8Array, env: ReaderEnv): Promise<OpenedReader | null> {
  const t = READER_WORDS[env.lang];
  pdfjs.GlobalWorkerOptions.workerSrc = `${env.assets}pdf.worker.min.mjs`;
  const resources: PdfResources = { cMapUrl: `${env.assets}cmaps/`, standardFontDataUrl: `${env.assets}standard_fonts/` };
  say(status, t.loading);
  let opened;
  try {
    opened = await openPdf(pdfjs as unknown as PdfJsLike, data, resources);
  } catch (err) {
    failed(status, err, env.lang);
    return null;
  }
  const doc = opened.doc as unknown as pdfjs.PDFDocumentProxy;
  performance.mark('gl-pdf-opened');
  say(status, t.reading(doc.numPages));
  const proxy1 = await doc.getPage(1);
  const size1 = proxy1.getViewport({ scale: 1 });
  // The default zoom, or less in a window narrower than the page (a phone: the page's width).
  const zoom = openingZoom(size1.width, host.clientWidth - 24);
  const SCALE = scaleOf(zoom);
  // The first page's picture is drawn while the text of every page is read.
  const first = drawCanvas(proxy1, SCALE);
  first.catch(() => undefined);

  const element = document.createElement('gazette-lens-document') as GazetteLensDocument;
  element.lang = env.lang === 'zh' ? 'zh-CN' : 'en';
  if (env.today) element.today = env.today;
  // 「在本站搜索」 searches the PDF's site, not the extension's; a local file has none.
  element.site = env.library ? new URL(env.library.url).hostname : '';
  if (env.library) {
    element.watches = readerWatches(env.library, () => element.result);
    element.notes = readerNotes(env.library.port, env.library.url, env.lang, {
      result: () => element.result,
      update: () => element.requestUpdate(),
      saved: (token) => void element.notesChanged(token),
      cancelled: (token) => element.draftClosed(token),
    });
  }
  let pages: PdfPages | null = null;
  // When the reader sees the first page with its highlights, and the whole issue's outline
  // (performance marks: `npm run bench` reads them).
  const marked = new Set<string>();
  const mark = (name: string): void => {
    if (marked.has(name)) return;
    marked.add(name);
    performance.mark(name);
  };
  let readWhole = false;
  element.textSource = () => {
    readWhole = pages!.complete;
    return pages!.model();
  };
  element.addEventListener('gl-ready', () => {
    if (pages?.drawnPages().includes(0)) mark('gl-pdf-first-page');
    if (readWhole && !marked.has('gl-pdf-outline') && element.result) {
      mark('gl-pdf-outline');
      env.onRead?.(pages!.model().text, element.result);
      // The notes of documents past the first pages are known now.
      void element.notesChanged();
    }
  });
  /** Shows the text read so far: the first pages at once, then the whole issue. */
  const show = (text: ReadPdf): void => {
    if (pages) {
      pages.setText(text);
      element.refresh();
      return;
    }
    pages = new PdfPages({ pdfjs, doc, text, scale: SCALE, onDrawn: () => element.refresh(), canvases: new Map([[0, first]]) },
      Array.from({ length: doc.numPages }, () => ({ width: size1.width, height: size1.height })));
    element.append(pages.element);
    host.replaceChildren(element);
  };

  let text: ReadPdf;
  try {
    text = await readPdfText(opened.doc, { onFirstPages: (firstPages) => { if (textCharacters(firstPages) > 0) show(firstPages); } });
  } catch (err) {
    (pages as PdfPages | null)?.destroy();
    element.remove();
    await opened.destroy();
    failed(status, err, env.lang);
    return null;
  }
  performance.mark('gl-pdf-text');
  show(text);
  const sizes: Array<{ width: number; height: number }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const v = (await doc.getPage(n)).getViewport({ scale: 1 });
    sizes.push({ width: v.width, height: v.height });
  }
  pages!.setSizes(sizes);
  performance.mark('gl-pdf-sizes');
  say(status, text.pagesWithoutText.length ? t.pagesWithoutText(text.pagesWithoutText.join(env.lang === 'zh' ? '、' : ', ')) : '');
  const shown = pages!;
  return {
    element,
    pages: shown,
    numPages: doc.numPages,
    fingerprint: text.fingerprint,
    zoom,
    async destroy() {
      shown.destroy();
      await opened.destroy();
    },
  };
}
