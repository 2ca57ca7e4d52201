/**
 * A PDF's text content (PDF.js `getTextContent()` of every page) → one text the engine reads,
 * the same for the reader and the command line. Items are joined in their order on the page,
 * a line ends where PDF.js says one does (`hasEOL`), and pages are joined by a line break, so the
 * engine sees the whole issue at once and a document that runs over a page break stays one.
 *
 * Each item keeps where its characters are in that text (`start`), so a highlight found in the
 * text can be painted on the span PDF.js's TextLayer makes for the item, page by page.
 * Pure: no PDF.js import, no DOM; runs in Node and in the browser.
 */
import { lastAtOrBefore } from '../text/bisect.ts';

/** What this needs of a PDF.js text item (TextItem; marked-content items have no `str`). */
export interface PdfTextItemLike {
  str?: string;
  hasEOL?: boolean;
}

export interface PdfPageText {
  /** Offset of the page's first character in the joined text. */
  start: number;
  /** Offset just past its last character (before the page break). */
  end: number;
  /** Offset of each item's first character, by the item's index in the page's `items`; -1 for items with no text. */
  itemStarts: number[];
}

export interface PdfText {
  text: string;
  pages: PdfPageText[];
}

/** Pages separator: one line break, as between lines (PDF.js gives no EOL after a page's last line). */
const PAGE_BREAK = '\n';

export function pdfTextModel(pages: ReadonlyArray<{ items: readonly PdfTextItemLike[] }>): PdfText {
  const parts: string[] = [];
  const out: PdfPageText[] = [];
  let at = 0;
  pages.forEach((page, p) => {
    if (p > 0) {
      parts.push(PAGE_BREAK);
      at += PAGE_BREAK.length;
    }
    const start = at;
    const itemStarts: number[] = [];
    let lastEnd = at;
    for (const item of page.items) {
      if (typeof item.str !== 'string') {
        itemStarts.push(-1);
        continue;
      }
      itemStarts.push(at);
      parts.push(item.str);
      at += item.str.length;
      lastEnd = at;
      if (item.hasEOL) {
        parts.push('\n');
        at += 1;
      }
    }
    // A page's trailing line break is the page break's job.
    if (at > lastEnd && parts.at(-1) === '\n') {
      parts.pop();
      at -= 1;
    }
    out.push({ start, end: at, itemStarts });
  });
  return { text: parts.join(''), pages: out };
}

/** The page (0-based) an offset of the joined text falls on; -1 when it is outside every page. */
export function pageAt(model: PdfText, offset: number): number {
  const i = lastAtOrBefore(model.pages.length, (k) => model.pages[k]!.start, offset);
  return i >= 0 && offset <= model.pages[i]!.end ? i : -1;
}

/** Characters of text on the pages (whitespace not counted): a scan has none. */
export function textCharacters(model: PdfText): number {
  return model.text.replace(/\s+/g, '').length;
}
