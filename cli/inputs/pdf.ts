/**
 * A PDF file → its text, in Node: PDF.js's legacy build (Node 20) with pdfjs-dist's own cmaps
 * and standard fonts (folder paths ending in '/': Node's PDF.js reads them from disk), through
 * the same lib/pdf functions the reader page uses, so both see the same text.
 * pdfjs-dist stays a dependency of the package, loaded only when a PDF is read.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ensureWithResolvers } from '../../lib/pdf/with-resolvers.ts';
import { readPdf, type PdfJsLike, type ReadPdf } from '../../lib/pdf/read-pdf.ts';

const require = createRequire(import.meta.url);

let pdfjs: Promise<PdfJsLike> | null = null;

function load(): Promise<PdfJsLike> {
  ensureWithResolvers();
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJsLike>;
  return pdfjs;
}

function resources(): { cMapUrl: string; standardFontDataUrl: string; wasmUrl: string } {
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/`, wasmUrl: `${join(root, 'wasm')}/` };
}

/** The text of every page; throws PdfError (lib/pdf/problems.ts). */
export async function readPdfFile(bytes: Uint8Array, options: Record<string, unknown> = {}): Promise<ReadPdf> {
  return readPdf(await load(), bytes, resources(), { disableFontFace: true, useSystemFonts: false, ...options });
}
