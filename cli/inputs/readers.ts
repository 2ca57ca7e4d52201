/**
 * How a file becomes a document text, by the ending of its name. A folder given on the
 * command line is searched for the endings listed here (case-insensitive); a file named
 * on the command line is read whatever its ending (by `fallback`: text, or HTML by content).
 *
 * The extension point for PDF (issue 11): add `{ id: 'pdf', extensions: ['.pdf'], read }`
 * with a reader that returns the PDF's text, and remove '.pdf' from NOT_READ_YET; folders
 * then pick PDFs up and `gazette-lens extract file.pdf` reads it. `read` may be async.
 */
import { documentText, type DocumentText } from '../../lib/input/index.ts';

export interface Reader {
  id: string;
  /** Name endings, lower case, with the dot. */
  extensions: readonly string[];
  /** Throws InputError (lib/input) with a reason a user can act on. */
  read(bytes: Uint8Array, name: string): DocumentText | Promise<DocumentText>;
}

export const READERS: readonly Reader[] = [
  { id: 'text', extensions: ['.txt'], read: documentText },
  { id: 'html', extensions: ['.html', '.htm'], read: documentText },
];

/** For files named on the command line with another ending. */
const fallback: Reader = { id: 'text', extensions: [], read: documentText };

/** Endings found in folders that are skipped for now, and why (said once per folder). */
export const NOT_READ_YET: Readonly<Record<string, string>> = {
  '.pdf': 'PDF files are not read yet: extract their text first (for example with pdftotext)',
};

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
