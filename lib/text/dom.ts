/**
 * The text model over a page: the visible text nodes under a root, joined into one string,
 * with block boundaries as separators, and the map from string offsets back to DOM ranges.
 * The extraction engine runs on `text` exactly as it runs on a file; `toRange` turns an
 * annotation's [start, end) into a Range for highlighting.
 *
 * Separators: a block element (p, div, li, h1…, br) ends a line ('\n': a soft break the
 * normaliser drops, as PDF-to-HTML pages put a <br> after every line), a table cell ends
 * with '\t' (a hard boundary) and a row with '\n' (so table readers see rows as lines).
 * Separators belong to no node; a range that covers one spans the nodes around it.
 *
 * What a reader sees of a page includes the article some sites put in a same-origin
 * <iframe> (or a <frameset>) and the open shadow roots of the page's components (read as
 * rendered: the shadow tree, with each <slot>'s assigned nodes in its place). Their text
 * joins the model as block-separated lines; a range never spans two documents or trees.
 */
import { lastAtOrBefore } from './bisect.ts';

/** Elements whose text a reader never sees. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'SVG', 'CANVAS', 'OBJECT', 'HEAD', 'TITLE', 'META', 'LINK']);
/** Elements whose own document is read in their place, when it is same-origin. */
const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'UL', 'BODY',
]);

export interface DomTextOptions {
  /** Elements to leave out with everything inside (our own UI, for one). */
  exclude?: (el: Element) => boolean;
  /** Visibility check; default: `checkVisibility` where the browser has it, else computed style. */
  isHidden?: (el: Element) => boolean;
  /** Read same-origin frames and open shadow roots too (default true). */
  deep?: boolean;
}

export interface DomTextModel {
  readonly root: Node;
  /** The visible text with separators. */
  readonly text: string;
  /** The text nodes, in document order. */
  readonly nodes: readonly Text[];
  /** Offset in `text` where each node's data begins (same order as `nodes`). */
  readonly starts: readonly number[];
  /** A DOM range for [start, end) of `text`; null when the span covers no node. */
  toRange(start: number, end: number): Range | null;
  /** The offset in `text` of a point inside one of the model's text nodes; -1 otherwise. */
  offsetOf(node: Node, offset: number): number;
  /** The same-origin frame documents whose text is in the model (the root's own document aside). */
  readonly frames: readonly Document[];
  /** The open shadow roots whose text is in the model. */
  readonly shadowRoots: readonly ShadowRoot[];
}

/** The document of a same-origin frame element, or null (cross-origin, not loaded, no body). */
function frameDocument(el: Element): Document | null {
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.body ? doc : null;
  } catch {
    return null;
  }
}

/** Inline elements that only style text: with no attribute that a style sheet could hide them by, they show. */
const PLAIN_INLINE = new Set(['SPAN', 'B', 'I', 'U', 'FONT', 'STRONG', 'EM', 'SUB', 'SUP', 'SMALL', 'BIG', 'A', 'ABBR', 'CODE', 'MARK', 'S', 'Q', 'CITE']);

function defaultHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (PLAIN_INLINE.has(el.tagName.toUpperCase()) && !el.hasAttribute('style') && !el.hasAttribute('class') && !el.hasAttribute('id')) return false;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    // checkVisibility is false for display:none (and for elements inside one), and with
    // visibilityProperty for visibility:hidden; contents:display elements report false too.
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (style?.display === 'contents') return false;
    return !check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  }
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return style?.display === 'none' || style?.visibility === 'hidden';
}

export function buildDomText(root: Node, options: DomTextOptions = {}): DomTextModel {
  const isHidden = options.isHidden ?? defaultHidden;
  const exclude = options.exclude ?? (() => false);
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let last = ''; // the last separator pushed ('' after text), to avoid piling them up

  let cellDepth = 0;
  const sep = (want: '\n' | '\t'): void => {
    // Inside a table cell, a block (a <p> or <br> in the cell) only separates words: a row
    // stays one line, so tables read as tab-separated rows.
    const s = cellDepth > 0 && want === '\n' ? ' ' : want;
    if (s === ' ') {
      if (length > 0 && last === '') {
        parts.push(' ');
        length += 1;
        last = ' ';
      }
      return;
    }
    if (last === ' ') {
      parts[parts.length - 1] = s;
      last = s;
      return;
    }
    if (length === 0 || last === s || (last === '\t' && s === '\n')) {
      if (last === '\t' && s === '\n') {
        parts[parts.length - 1] = '\n';
        last = '\n';
      }
      return;
    }
    parts.push(s);
    length += 1;
    last = s;
  };

  const deep = options.deep ?? true;
  const frames: Document[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const visit = (child: Node): void => {
    if (child.nodeType === 3) {
      const data = (child as Text).data;
      if (!data) return;
      nodes.push(child as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      last = '';
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (FRAME_TAGS.has(tag)) {
        const doc = deep && !exclude(el) && !isHidden(el) ? frameDocument(el) : null;
        if (!doc) return;
        frames.push(doc);
        sep('\n');
        walk(doc.body);
        sep('\n');
        return;
      }
      if (SKIP_TAGS.has(tag) || exclude(el) || isHidden(el)) return;
      const cell = tag === 'TD' || tag === 'TH';
      const block = BLOCK_TAGS.has(tag) || tag === 'TR';
      if (block && tag !== 'BR') sep('\n');
      if (cell) cellDepth++;
      const shadow = deep ? el.shadowRoot : null;
      if (shadow) {
        shadowRoots.push(shadow);
        if (block) sep('\n');
        walk(shadow);
        if (block) sep('\n');
      } else if (tag === 'SLOT' && deep) {
        const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
        if (assigned.length) for (const n of assigned) visit(n);
        else walk(el);
      } else {
        walk(el);
      }
      if (cell) {
        cellDepth--;
        sep('\t');
      } else if (block) sep('\n');
    } else if (child.nodeType === 11) {
      walk(child);
    }
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  walk(root);
  const text = parts.join('');

  const nodeAt = (offset: number, preferNext: boolean): number => {
    const ans = lastAtOrBefore(nodes.length, (i) => starts[i]!, offset);
    if (ans < 0) return preferNext && nodes.length ? 0 : -1;
    const end = starts[ans]! + nodes[ans]!.data.length;
    if (offset >= end && preferNext) return ans + 1 < nodes.length ? ans + 1 : -1;
    return ans;
  };

  return {
    root,
    text,
    nodes,
    starts,
    toRange(start: number, end: number): Range | null {
      if (!(start < end) || nodes.length === 0) return null;
      const a = nodeAt(start, true);
      let b = nodeAt(end - 1, false);
      if (a < 0 || b < 0 || b < a) return null;
      // A range stays in one document and one tree: cut it where the next one begins.
      if (b > a && (frames.length || shadowRoots.length)) {
        const tree = nodes[a]!.getRootNode();
        while (b > a && nodes[b]!.getRootNode() !== tree) b--;
        if (b < nodeAt(end - 1, false)) end = starts[b]! + nodes[b]!.data.length;
      }
      const doc = nodes[a]!.ownerDocument;
      const range = doc.createRange();
      range.setStart(nodes[a]!, Math.max(0, start - starts[a]!));
      range.setEnd(nodes[b]!, Math.min(nodes[b]!.data.length, end - starts[b]!));
      return range;
    },
    offsetOf(node: Node, offset: number): number {
      const i = nodes.indexOf(node as Text);
      return i < 0 ? -1 : starts[i]! + offset;
    },
    frames,
    shadowRoots,
  };
}
