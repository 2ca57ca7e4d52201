/**
 * Opens a PDF with PDF.js and reads the text of all its pages into the text model (text-model.ts):
 * the one function the reader page and the command line share. The caller hands in the PDF.js
 * module and where its CJK cmaps and standard fonts are (an extension URL in the browser, a
 * folder path ending in '/' in Node): without the cmaps, text in fonts that use the predefined
 * Chinese CMaps comes back empty with no error.
 *
 * Throws PdfError: encrypted, damaged, too large or too long, or a scan (no text on any page).
 */
import { LIMITS } from '../limits.ts';
import { PdfError } from './problems.ts';
import { pdfTextModel, textCharacters, type PdfText, type PdfTextItemLike } from './text-model.ts';

/** What this needs of the PDF.js module (pdfjs-dist's build/pdf.mjs or legacy/build/pdf.mjs). */
export interface PdfJsLike {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocLike>; destroy(): Promise<void> };
}
export interface PdfDocLike {
  numPages: number;
  fingerprints: ReadonlyArray<string | null>;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: readonly PdfTextItemLike[] }> }>;
}

export interface PdfResources {
  /** Folder (URL or path) of pdfjs-dist's cmaps/, ending in '/'. */
  cMapUrl: string;
  /** Folder of pdfjs-dist's standard_fonts/, ending in '/'. */
  standardFontDataUrl: string;
  /** Folder of pdfjs-dist's wasm/ decoders (JPEG 2000, JBIG2), ending in '/'. */
  wasmUrl?: string;
}

export interface ReadPdf extends PdfText {
  numPages: number;
  /** PDF.js's fingerprint of the file: the document's identity when it has no number of its own. */
  fingerprint: string;
  /** 1-based numbers of pages with no text (scanned pages within an otherwise digital issue). */
  pagesWithoutText: number[];
  /** Each page's text content as PDF.js gave it: the reader's text layers are drawn from these same items. */
  contents: Array<{ items: readonly PdfTextItemLike[] }>;
}

export interface OpenedPdf {
  doc: PdfDocLike;
  destroy(): Promise<void>;
}

/** Opens the PDF; throws PdfError for a file that is too large, encrypted or damaged. */
export async function openPdf(pdfjs: PdfJsLike, data: Uint8Array, resources: PdfResources, options: Record<string, unknown> = {}): Promise<OpenedPdf> {
  if (data.byteLength > LIMITS.pdfBytes) throw new PdfError('too-large');
  const task = pdfjs.getDocument({
    // PDF.js takes the buffer over (it is transferred to the worker): hand it a copy.
    data: new Uint8Array(data),
    cMapUrl: resources.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: resources.standardFontDataUrl,
    ...(resources.wasmUrl ? { wasmUrl: resources.wasmUrl } : {}),
    verbosity: 0,
    ...options,
  });
  try {
    const doc = await task.promise;
    if (doc.numPages > LIMITS.pdfPages) throw new PdfError('too-many-pages');
    return { doc, destroy: () => task.destroy() };
  } catch (err) {
    await task.destroy().catch(() => undefined);
    if (err instanceof PdfError) throw err;
    const name = (err as { name?: string } | null)?.name;
    if (name === 'PasswordException') throw new PdfError('encrypted');
    throw new PdfError('damaged', err instanceof Error ? err.message : String(err));
  }
}

/** The text of every page of an opened PDF. */
export interface ReadOptions {
  /**
   * Told the text of the first pages as soon as they are read (the first batch), before the rest:
   * its text is a prefix of the whole text (same offsets), so the reader can show them at once.
   */
  onFirstPages?(first: ReadPdf): void;
}

/** The text model of the pages read so far (the first `count`), in the shape of the whole. */
function readSoFar(doc: PdfDocLike, contents: Array<{ items: readonly PdfTextItemLike[] }>): ReadPdf {
  const model = pdfTextModel(contents);
  const pagesWithoutText = model.pages.flatMap((p, i) => (model.text.slice(p.start, p.end).trim() === '' ? [i + 1] : []));
  return { ...model, numPages: doc.numPages, fingerprint: doc.fingerprints[0] ?? '', pagesWithoutText, contents };
}

export async function readPdfText(doc: PdfDocLike, options: ReadOptions = {}): Promise<ReadPdf> {
  const pages: Array<{ items: readonly PdfTextItemLike[] }> = new Array(doc.numPages);
  try {
    // Several pages asked at once: the worker reads them one after another, without waiting for
    // each answer's round trip.
    const BATCH = 8;
    for (let n = 1; n <= doc.numPages; n += BATCH) {
      const batch = [];
      for (let k = n; k < n + BATCH && k <= doc.numPages; k++) batch.push(doc.getPage(k).then((p) => p.getTextContent()).then((c) => { pages[k - 1] = c; }));
      await Promise.all(batch);
      if (n === 1 && doc.numPages > BATCH) options.onFirstPages?.(readSoFar(doc, pages.slice(0, BATCH)));
    }
  } catch (err) {
    throw new PdfError('damaged', err instanceof Error ? err.message : String(err));
  }
  const read = readSoFar(doc, pages);
  if (textCharacters(read) === 0) throw new PdfError('scan');
  return read;
}

/** Opens a PDF, reads all its text, closes it. */
export async function readPdf(pdfjs: PdfJsLike, data: Uint8Array, resources: PdfResources, options: Record<string, unknown> = {}): Promise<ReadPdf> {
  const opened = await openPdf(pdfjs, data, resources, options);
  try {
    return await readPdfText(opened.doc);
  } finally {
    await opened.destroy();
  }
}
