/**
 * Page signals from the DOM, in the content script: one walk over the body collects the
 * visible text (capped at MAX_TEXT) and the info table's cells and definition lists; the
 * "label：value" lines are then read from that text; meta tags and the title are looked up.
 *
 * Visibility: script, style, noscript, template and the like are skipped with everything
 * inside; so are elements with the `hidden` attribute or an inline `display:none` /
 * `visibility:hidden`. Elements that hold text blocks (div, p, td, li …) are also asked
 * `checkVisibility()` where the browser has it and the document is rendered, which catches
 * stylesheet rules; nothing calls getComputedStyle on every element.
 */
import { cleanValue, completeSignals, labelledValues, MAX_TEXT, MAX_VALUE, normaliseLabel } from './normalise.ts';
import type { InfoLabel, PageSignals } from './types.ts';

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg', 'math', 'canvas',
  'iframe', 'object', 'embed', 'head', 'title', 'meta', 'link', 'input', 'button',
]);
/** Elements that start and end a line. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
/** Elements that hold text blocks, whose visibility is asked: the blocks and table cells. */
const TEXT_BLOCK = new Set([...BLOCK, 'td', 'th']);
const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/** Collapsible whitespace (not U+3000, which pages use to indent and to pad labels). */
const COLLAPSE = /[ \t\n\r\f]+/g;

type Visible = (el: Element) => boolean;

/** checkVisibility, when this document is rendered and the browser has it; else null. */
function renderedVisibility(doc: Document): Visible | null {
  if (!doc.defaultView || typeof doc.documentElement.checkVisibility !== 'function') return null;
  return (el) => {
    if (el.checkVisibility({ visibilityProperty: true })) return true;
    // display:contents has no box of its own, but its children are shown.
    return doc.defaultView?.getComputedStyle(el).display === 'contents';
  };
}

function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && INLINE_HIDDEN.test(style);
}

interface Walk {
  text: string;
  table: Partial<Record<InfoLabel, string>>;
}

function walkBody(doc: Document): Walk {
  const root = doc.body ?? doc.documentElement;
  const visible = renderedVisibility(doc);
  const parts: string[] = [];
  const table: Partial<Record<InfoLabel, string>> = {};
  let length = 0;
  let last = '\n'; // the last separator pushed ('' after text): no separator at the start
  /** The cells of the rows being walked (innermost last), as [first part, end part). */
  const rows: Array<Array<[number, number]>> = [];
  let term: InfoLabel | null = null;

  const sep = (s: '\n' | '\t'): void => {
    if (last === '\n' || last === s) return;
    if (last === '\t' && s === '\n') {
      parts[parts.length - 1] = '\n';
    } else {
      parts.push(s);
      length += 1;
    }
    last = s;
  };
  const textOf = (from: number, to: number): string => parts.slice(from, to).join('');
  const put = (label: InfoLabel | null, raw: string): void => {
    if (!label || table[label] !== undefined) return;
    const value = cleanValue(raw);
    if (value && value.length <= MAX_VALUE) table[label] = value;
  };
  /** A label cell (索 引 号：) and the value cell after it; a row may hold several pairs. */
  const labelOf = (cell: [number, number] | undefined): InfoLabel | null =>
    cell && cell[1] - cell[0] <= 8 ? normaliseLabel(textOf(cell[0], cell[1])) : null;
  const endRow = (cells: Array<[number, number]>): void => {
    for (let i = 0; i + 1 < cells.length; i++) {
      const label = labelOf(cells[i]);
      if (!label || labelOf(cells[i + 1])) continue;
      const [from, to] = cells[i + 1]!;
      put(label, textOf(from, to));
      i++;
    }
  };

  const walk = (node: Node, pre: boolean): void => {
    for (let child = node.firstChild; child && length < MAX_TEXT; child = child.nextSibling) {
      if (child.nodeType === 3) {
        let data = (child as Text).data;
        if (!pre) {
          data = data.replace(COLLAPSE, ' ');
          if (last !== '' && data.startsWith(' ')) data = data.slice(1);
        }
        if (!data) continue;
        parts.push(data);
        length += data.length;
        last = '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.localName;
        if (SKIP.has(tag) || hiddenByMarkup(el)) continue;
        if (tag === 'br') {
          sep('\n');
          continue;
        }
        if (visible && TEXT_BLOCK.has(tag) && !visible(el)) continue;
        const block = BLOCK.has(tag);
        if (block) sep('\n');
        const start = parts.length;
        if (tag === 'tr') rows.push([]);
        walk(el, pre || tag === 'pre');
        if (tag === 'td' || tag === 'th') {
          rows.at(-1)?.push([start, parts.length]);
          sep('\t');
        } else if (tag === 'tr') {
          endRow(rows.pop()!);
        } else if (tag === 'dt') {
          term = normaliseLabel(textOf(start, parts.length));
        } else if (tag === 'dd') {
          put(term, textOf(start, parts.length));
          term = null;
        }
        if (block) sep('\n');
      } else if (child.nodeType === 11) {
        walk(child, pre);
      }
    }
  };
  walk(root, false);
  return { text: parts.join('').slice(0, MAX_TEXT), table };
}

function metasOf(doc: Document): Record<string, string> {
  const metas: Record<string, string> = {};
  for (const meta of doc.querySelectorAll('meta[name]')) {
    const name = (meta.getAttribute('name') ?? '').trim().toLowerCase();
    const content = (meta.getAttribute('content') ?? '').trim();
    if (name && content && metas[name] === undefined) metas[name] = content;
  }
  return metas;
}

function titleOf(doc: Document): string {
  const h1 = doc.querySelector('main h1, article h1, [role="main"] h1') ?? doc.querySelector('h1');
  const lines = [doc.title, h1?.textContent ?? ''].map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return [...new Set(lines)].join('\n');
}

export function collectSignals(doc: Document, url: string): PageSignals {
  const { text, table } = walkBody(doc);
  // Table cells and definition lists first; "label：value" lines fill in what they lack.
  const infoTable: Record<string, string> = { ...labelledValues(text), ...table };
  return completeSignals({ url, metas: metasOf(doc), infoTable, title: titleOf(doc), text });
}
