/**
 * Highlighting annotations on the page: one interface (types.ts), two engines: the CSS
 * Custom Highlight API (no DOM change; preferred) and mark.js (`<mark>` elements; for
 * browsers without the API). The styles for both are in styles.ts.
 */
import { CssHighlighter, supportsCssHighlights } from './css-highlights.ts';
import { MarkHighlighter } from './mark-engine.ts';
import type { Highlighter, HighlighterOptions } from './types.ts';

export { supportsCssHighlights };
export { HIGHLIGHT_CSS, LEGEND, FLASH_COLOR, type LegendEntry } from './styles.ts';
export { HIGHLIGHT_KINDS, HighlighterDestroyedError, type HighlightItem, type HighlightKind, type Highlighter, type HighlighterOptions } from './types.ts';
export { MarkOffsetsError } from './mark-engine.ts';
export * from './names.ts';

export function createHighlighter(name: 'css' | 'mark', doc: Document, options: HighlighterOptions = {}): Highlighter {
  return name === 'css' ? new CssHighlighter(doc, options) : new MarkHighlighter(doc, options);
}

/** The engine to use in a document: the CSS one where the browser has the API. */
export function preferredEngine(doc: Document): 'css' | 'mark' {
  return supportsCssHighlights(doc.defaultView) ? 'css' : 'mark';
}
