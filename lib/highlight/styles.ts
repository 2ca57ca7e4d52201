/**
 * How highlights look, for both engines, as CSS text and as legend data for the UI.
 *
 * Colours are from the Okabe–Ito palette (told apart with the common colour-vision
 * deficiencies), as light backgrounds that keep dark page text readable, and each kind also
 * has its own underline style, so the kinds differ even without colour: document numbers
 * blue / solid, deadlines amber / double, responsible units green / dotted.
 *
 * The `::highlight()` rules only work from a stylesheet of the page's own document: the
 * content script injects HIGHLIGHT_CSS (extension CSS file or adopted stylesheet).
 */
import { FLASH_CLASS, MARK_CLASS, OFF_CLASS, highlightNamesFor } from './names.ts';
import type { HighlightKind } from './types.ts';
import { KINDS } from '../kinds.ts';

export interface LegendEntry {
  kind: HighlightKind;
  /** The kind's colour (swatch, underline). */
  color: string;
  /** The highlight background behind the text. */
  background: string;
  /** The underline style, the cue that does not depend on colour. */
  underline: 'solid' | 'double' | 'dotted';
  zh: string;
  en: string;
}

/** The legend: the kinds' registry (lib/kinds.ts), in its order. */
export const LEGEND: readonly LegendEntry[] = KINDS.map(({ kind, color, background, underline, zh, en }) => ({ kind, color, background, underline, zh, en }));

/** The focus effect: vermillion, stronger than any kind. */
export const FLASH_COLOR = '#D55E00';
const FLASH_BACKGROUND = 'rgba(213, 94, 0, 0.38)';

const look = (background: string, color: string, underline: string, thickness = '2px'): string =>
  `background-color: ${background}; text-decoration: underline ${underline} ${color}; ` +
  `text-decoration-thickness: ${thickness}; text-underline-offset: 0.2em;`;

const mark = `mark.${MARK_CLASS}`;

/**
 * Forced colours: Chromium paints every highlight pseudo in Highlight / HighlightText whatever the
 * rule says (the colours of the originating element are forced), so a kind is told by its line:
 * its own underline style (solid / double / dotted) drawn inside the fill, and document numbers
 * lined above too. Where the browser keeps system colours (mark.js engine, Firefox), a number
 * reads as a link, a deadline as marked text, a unit as plain text.
 */
const FORCED: Record<HighlightKind, string> = {
  docnum: 'background-color: Canvas; color: LinkText; text-decoration-line: underline overline;',
  deadline: 'background-color: Mark; color: MarkText; text-decoration-line: underline;',
  unit: 'background-color: Canvas; color: CanvasText; text-decoration-line: underline;',
};

/** "#0072B2" + alpha → "rgba(0, 114, 178, 0.16)"; a colour that is not #rrggbb is kept as it is. */
function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? `rgba(${parseInt(m[1]!, 16)}, ${parseInt(m[2]!, 16)}, ${parseInt(m[3]!, 16)}, ${alpha})` : hex;
}

/** The legend with the reader's own colours (the settings page's `colours`) in place of the defaults. */
export function legendWith(colours: Partial<Record<HighlightKind, string>> = {}): LegendEntry[] {
  return LEGEND.map((l) => {
    const c = colours[l.kind];
    if (!c || !/^#[0-9a-f]{6}$/i.test(c)) return l;
    const alpha = Number(/([\d.]+)\)$/.exec(l.background)?.[1] ?? 0.2);
    return { ...l, color: c, background: withAlpha(c, alpha) };
  });
}

/**
 * A kind's colours as a page may set them through `--gl-color-<kind>` (the underline, and the
 * background mixed from it at the legend's strength); unset, the legend's own colours, the same
 * as without the property.
 */
function themable(l: LegendEntry): { background: string; color: string } {
  const m = /^rgba\((\d+), (\d+), (\d+), ([\d.]+)\)$/.exec(l.background);
  const color = `var(--gl-color-${l.kind}, ${l.color})`;
  if (!m) return { background: l.background, color };
  const hex = `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
  return { background: `color-mix(in srgb, var(--gl-color-${l.kind}, ${hex}) ${Math.round(Number(m[4]) * 100)}%, transparent)`, color };
}

/**
 * The highlight CSS for both engines, with the reader's colours where set. With `options.themable`
 * (<gazette-lens-document>), the CSS engine's rules take a page's `--gl-color-<kind>` too.
 */
export function highlightCss(colours: Partial<Record<HighlightKind, string>> = {}, scope?: string, options: { themable?: boolean } = {}): string {
  const legend = legendWith(colours);
  const { kinds: HIGHLIGHT_NAMES, flash: FLASH_NAME } = highlightNamesFor(scope);
  const paint = (l: LegendEntry): string => {
    const c = options.themable ? themable(l) : l;
    return look(c.background, c.color, l.underline);
  };
  return [
  '/* Gazette Lens highlights: CSS Custom Highlight API */',
  ...legend.map((l) => `::highlight(${HIGHLIGHT_NAMES[l.kind]}) { ${paint(l)} }`),
  `::highlight(${FLASH_NAME}) { ${look(FLASH_BACKGROUND, FLASH_COLOR, 'solid', '3px')} }`,
  '/* Gazette Lens highlights: mark.js engine */',
  `${mark} { background-color: transparent; color: inherit; padding: 0; margin: 0; border-radius: 0; }`,
  ...legend.map((l) => `${mark}.gl-${l.kind} { ${look(l.background, l.color, l.underline)} }`),
  `${mark}.${OFF_CLASS} { background-color: transparent; text-decoration: none; }`,
  `${mark}.${FLASH_CLASS} { ${look(FLASH_BACKGROUND, FLASH_COLOR, 'solid', '3px')} }`,
  '@media (forced-colors: active) {',
  // Forced colours (Windows high contrast) leave only system colours: each kind gets its own
  // pair and keeps its underline style (solid / double / dotted), so the three stay apart.
  ...legend.map((l) => `  ::highlight(${HIGHLIGHT_NAMES[l.kind]}), ${mark}.gl-${l.kind} { ${FORCED[l.kind]} text-decoration-style: ${l.underline}; text-decoration-color: currentColor; text-decoration-thickness: 2px; text-underline-offset: 0; }`),
  `  ${mark}.${OFF_CLASS} { background-color: transparent; color: inherit; text-decoration: none; }`,
  `  ::highlight(${FLASH_NAME}), ${mark}.${FLASH_CLASS} { background-color: Highlight; color: HighlightText; }`,
  '}',
  '',
].join('\n');
}

export const HIGHLIGHT_CSS = highlightCss();
