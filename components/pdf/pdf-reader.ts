/**
 * The PDF reader in an extension page: opens the bytes with PDF.js (worker, cmaps and standard
 * fonts from the extension), reads the text of every page into one text model (lib/pdf, the same
 * function as the command line), and shows the pages inside a <gazette-lens-document> whose text
 * is that model: the same highlights, cards, outline and keyboard as on HTML pages. Pages are
 * drawn as they come near the viewport; their highlights follow as they are drawn.
 * A PDF that cannot be read says why in the reader's language and shows nothing else.
 */
import * as pdfjs from 'pdfjs-dist';
import { openPdf, readPdfText, type PdfJsLike, type PdfResources } from '../../lib/pdf/read-pdf.ts';
import { PDF_PROBLEM_WORDS, PdfError } from '../../lib/pdf/problems.ts';
import type { GazetteLensDocument } from '../document/gazette-lens-document.ts';
import type { Lang } from '../i18n.ts';
import { PdfPages } from './pdf-pages.ts';
import { READER_WORDS } from './reader-words.ts';

export interface ReaderEnv {
  lang: Lang;
  /** Where pdf.worker.min.mjs, cmaps/ and standard_fonts/ are (an extension URL ending in '/'). */
  assets: string;
  /** YYYY-MM-DD, for tests; empty: the reader's today. */
  today?: string;
}

export interface OpenedReader {
  element: GazetteLensDocument;
  pages: PdfPages;
  numPages: number;
  fingerprint: string;
  destroy(): Promise<void>;
}

/** The words for a problem, as a sentence in the reader's language. */
export function problemMessage(err: PdfError, lang: Lang): string {
  const words = PDF_PROBLEM_WORDS[err.problem];
  return lang === 'zh' ? words.zh : `This PDF ${words.en}.`;
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
    say(status, err instanceof PdfError ? problemMessage(err, env.lang) : String(err), 'error');
    return null;
  }
  const doc = opened.doc as unknown as pdfjs.PDFDocumentProxy;
  say(status, t.reading(doc.numPages));
  let text;
  try {
    text = await readPdfText(opened.doc);
  } catch (err) {
    await opened.destroy();
    say(status, err instanceof PdfError ? problemMessage(err, env.lang) : String(err), 'error');
    return null;
  }
  const sizes: Array<{ width: number; height: number }> = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const v = (await doc.getPage(n)).getViewport({ scale: 1 });
    sizes.push({ width: v.width, height: v.height });
  }
  say(status, text.pagesWithoutText.length ? t.pagesWithoutText(text.pagesWithoutText.join(env.lang === 'zh' ? '、' : ', ')) : '');

  const element = document.createElement('gazette-lens-document') as GazetteLensDocument;
  element.lang = env.lang === 'zh' ? 'zh-CN' : 'en';
  if (env.today) element.today = env.today;
  const pages = new PdfPages({ pdfjs, doc, text, scale: 1.5, onDrawn: () => element.refresh() }, sizes);
  element.textSource = () => pages.model();
  element.append(pages.element);
  host.replaceChildren(element);
  return {
    element,
    pages,
    numPages: doc.numPages,
    fingerprint: text.fingerprint,
    async destroy() {
      pages.destroy();
      await opened.destroy();
    },
  };
}
