/**
 * An HTML page → its visible text, laid out the way a reader sees it, for the engine:
 *   - script, style, noscript, template, head (and other never-rendered elements) are skipped,
 *     and so is anything with the `hidden` attribute or an inline display:none /
 *     visibility:hidden;
 *   - entities are decoded; runs of spaces and line breaks collapse as in a browser
 *     (except inside <pre> and <textarea>);
 *   - block elements (p, div, li, h1–h6, section, …) and <br> end a line; a table row is a
 *     line whose cells are separated by a tab.
 * Uses htmlparser2 (no DOM), so it runs the same in Node and in the browser.
 */
import { Parser } from 'htmlparser2';

const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math',
  'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'datalist', 'dialog',
]);

const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'textarea',
]);

const PREFORMATTED = new Set(['pre', 'textarea', 'listing', 'plaintext', 'xmp']);

/** Inline styles that hide an element: display:none, visibility:hidden/collapse. */
export function hiddenByStyle(style: string | undefined): boolean {
  if (!style) return false;
  return /(?:^|;)\s*display\s*:\s*none\b/i.test(style) || /(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b/i.test(style);
}

function isHidden(name: string, attribs: Record<string, string>): boolean {
  return SKIPPED.has(name) || 'hidden' in attribs || hiddenByStyle(attribs['style']) ||
    (name === 'input' && attribs['type']?.toLowerCase() === 'hidden');
}

/** Collects text with browser-like whitespace handling. */
class TextSink {
  private parts: string[] = [];
  /** The last character written ('' at the start). */
  private last = '';
  /** A collapsed space is owed before the next text. */
  private space = false;

  private push(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.last = s[s.length - 1]!;
  }

  private dropTrailingSpace(): void {
    while (this.parts.length) {
      const top = this.parts[this.parts.length - 1]!;
      const trimmed = top.replace(/ +$/, '');
      if (trimmed === top) break;
      if (trimmed) {
        this.parts[this.parts.length - 1] = trimmed;
        this.last = trimmed[trimmed.length - 1]!;
        break;
      }
      this.parts.pop();
      const prev = this.parts[this.parts.length - 1];
      this.last = prev ? prev[prev.length - 1]! : '';
    }
  }

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      this.push(raw.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' '));
      this.space = false;
      return;
    }
    const s = raw.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    if (s === ' ') {
      this.space = true;
      return;
    }
    if (!s) return;
    const lead = s.startsWith(' ');
    const body = s.trim();
    if ((this.space || lead) && this.last !== '' && this.last !== '\n' && this.last !== '\t' && this.last !== ' ') this.push(' ');
    this.push(body);
    this.space = s.endsWith(' ');
  }

  /** Ends the current line, unless the text is already at a line start. */
  endLine(): void {
    this.dropTrailingSpace();
    if (this.last !== '' && this.last !== '\n') this.push('\n');
    this.space = false;
  }

  /** A line break that always counts (<br>). */
  lineBreak(): void {
    this.dropTrailingSpace();
    this.push('\n');
    this.space = false;
  }

  /** A separator between table cells. */
  tab(): void {
    this.dropTrailingSpace();
    this.push('\t');
    this.space = false;
  }

  /** A word break where a line break is not wanted (a block inside a table cell). */
  softBreak(): void {
    this.space = true;
  }

  result(): string {
    return this.parts.join('')
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  }
}

/** The visible text of an HTML document or fragment; '' when nothing is visible. */
export function htmlToText(html: string): string {
  const sink = new TextSink();
  /** Depth inside a hidden element (0: visible). */
  let hiddenDepth = 0;
  let preDepth = 0;
  /** Cells seen so far in each open table row, innermost last. */
  const rows: number[] = [];
  let cellDepth = 0;

  const boundary = (): void => {
    if (cellDepth > 0) sink.softBreak();
    else sink.endLine();
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (hiddenDepth > 0 || isHidden(name, attribs)) {
          hiddenDepth++;
          return;
        }
        if (name === 'br') {
          if (cellDepth > 0) sink.softBreak();
          else sink.lineBreak();
        } else if (name === 'tr') {
          boundary();
          rows.push(0);
        } else if (name === 'td' || name === 'th') {
          const k = rows.length - 1;
          if (k >= 0) {
            if (rows[k]! > 0) sink.tab();
            rows[k]!++;
          }
          cellDepth++;
        } else if (BLOCKS.has(name)) {
          boundary();
        }
        if (PREFORMATTED.has(name)) preDepth++;
      },
      ontext(text) {
        if (hiddenDepth === 0) sink.text(text, preDepth > 0);
      },
      onclosetag(name) {
        if (hiddenDepth > 0) {
          hiddenDepth--;
          return;
        }
        if (PREFORMATTED.has(name)) preDepth = Math.max(0, preDepth - 1);
        if (name === 'td' || name === 'th') {
          cellDepth = Math.max(0, cellDepth - 1);
        } else if (name === 'tr') {
          rows.pop();
          boundary();
        } else if (BLOCKS.has(name)) {
          boundary();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return sink.result();
}
