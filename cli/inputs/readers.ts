/**
 * How a file becomes a document text, by the ending of its name. A folder given on the
 * command line is searched for the endings listed here (case-insensitive); a file named
 * on the command line is read whatever its ending (by `fallback`: text, or HTML by content).
 * A file named on the command line that starts like a PDF (%PDF-) is read as one whatever its name.
 */
import { documentText, InputError, type DocumentText } from '../../lib/input/index.ts';
import { PdfError } from '../../lib/pdf/problems.ts';

export interface Reader {
  id: string;
  /** Name endings, lower case, with the dot. */
  extensions: readonly string[];
  /** Throws InputError (lib/input) with a reason a user can act on. */
  read(bytes: Uint8Array, name: string): DocumentText | Promise<DocumentText>;
}

/** A PDF's text (every page, as the reader page reads it); its problems become InputErrors. */
async function pdfText(bytes: Uint8Array): Promise<DocumentText> {
  const { readPdfFile } = await import('./pdf.ts');
  try {
    const pdf = await readPdfFile(bytes);
    return { text: pdf.text, kind: 'pdf', encoding: 'pdf' };
  } catch (err) {
    if (err instanceof PdfError) throw new InputError(err.problem === 'scan' ? 'no-text' : 'binary', err.message);
    throw err;
  }
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const isPdf = (bytes: Uint8Array): boolean => PDF_MAGIC.every((b, i) => bytes[i] === b);

const pdf: Reader = { id: 'pdf', extensions: ['.pdf'], read: pdfText };

export const READERS: readonly Reader[] = [
  { id: 'text', extensions: ['.txt'], read: documentText },
  { id: 'html', extensions: ['.html', '.htm'], read: documentText },
  pdf,
];

/** For files named on the command line with another ending: a PDF by its first bytes, else text or HTML. */
const fallback: Reader = { id: 'text', extensions: [], read: (bytes, name) => (isPdf(bytes) ? pdfText(bytes) : documentText(bytes, name)) };

/** Endings found in folders that are skipped for now, and why (said once per folder). */
export const NOT_READ_YET: Readonly<Record<string, string>> = {};

export function extensionOf(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  const dot = name.lastIndexOf('.');
  return dot > slash + 1 ? name.slice(dot).toLowerCase() : '';
}

/** The reader for a file found in a folder, or null when folders skip its ending. */
export function folderReader(name: string): Reader | null {
  const ext = extensionOf(name);
  return READERS.find((r) => r.extensions.includes(ext)) ?? null;
}

/** The reader for a file named on the command line. */
export function readerFor(name: string): Reader {
  return folderReader(name) ?? fallback;
}

/** ".txt, .html or .htm", for messages. */
export function folderEndings(): string {
  const all = READERS.flatMap((r) => r.extensions);
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} or ${all.at(-1)}` : all.join('');
}
