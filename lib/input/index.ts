/**
 * A file's bytes → the text the engine reads: decoded (decode.ts) and, for HTML, reduced to
 * its visible text (html-text.ts). Annotation offsets count UTF-16 code units in
 * `DocumentText.text`, not bytes of the file nor characters of the HTML source.
 * No Node APIs: the extension can hand it a dropped file's bytes.
 */
import { decode, declaredCharset } from './decode.ts';
import { InputError } from './errors.ts';
import { htmlToText } from './html-text.ts';

export { InputError, type InputProblem } from './errors.ts';

/** 'pdf': the text of a PDF's pages (lib/pdf), read by the command line's and the reader's PDF.js. */
export type InputKind = 'text' | 'html' | 'pdf';

export interface DocumentText {
  text: string;
  kind: InputKind;
  /** WHATWG name of the encoding the bytes were decoded with. */
  encoding: string;
}

const HTML_NAME = /\.(?:html?|xhtml|shtml)$/i;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>])/i;

/** 'html' for .html/.htm (or content that starts like a page), else 'text'. */
export function kindOf(name: string, text?: string): InputKind {
  if (HTML_NAME.test(name)) return 'html';
  return text !== undefined && HTML_START.test(text.slice(0, 2048)) ? 'html' : 'text';
}

/** Throws InputError when the bytes are not a readable, non-empty text or page. */
export function documentText(bytes: Uint8Array, name: string): DocumentText {
  if (bytes.length === 0) throw new InputError('empty', 'is empty');
  const looksHtml = HTML_NAME.test(name) || HTML_START.test(new TextDecoder('latin1').decode(bytes.subarray(0, 2048)));
  const { text: decoded, encoding } = decode(bytes, { declared: looksHtml ? declaredCharset(bytes) : null });
  if (decoded.trim() === '') throw new InputError('empty', 'contains only whitespace');
  const kind = kindOf(name, decoded);
  if (kind === 'text') return { text: decoded, kind, encoding };
  const text = htmlToText(decoded);
  if (text.trim() === '') throw new InputError('no-text', 'is an HTML page with no visible text');
  return { text, kind, encoding };
}
