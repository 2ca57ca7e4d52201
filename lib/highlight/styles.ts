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
import { FLASH_CLASS, FLASH_NAME, HIGHLIGHT_NAMES, MARK_CLASS, OFF_CLASS } from './names.ts';
import type { HighlightKind } from './types.ts';

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

export const LEGEND: readonly LegendEntry[] = [
  { kind: 'docnum', color: '#0072B2', background: 'rgba(0, 114, 178, 0.16)', underline: 'solid', zh: '文号', en: 'Document number' },
  { kind: 'deadline', color: '#B77E00', background: 'rgba(230, 159, 0, 0.32)', underline: 'double', zh: '期限', en: 'Deadline' },
  { kind: 'unit', color: '#007A5A', background: 'rgba(0, 158, 115, 0.18)', underline: 'dotted', zh: '责任单位', en: 'Responsible unit' },
];

/** The focus effect: vermillion, stronger than any kind. */
export const FLASH_COLOR = '#D55E00';
const FLASH_BACKGROUND = 'rgba(213, 94, 0, 0.38)';

const look = (background: string, color: string, underline: string, thickness = '2px'): string =>
  `background-color: ${background}; text-decoration: underline ${underline} ${color}; ` +
  `text-decoration-thickness: ${thickness}; text-underline-offset: 0.2em;`;

const mark = `mark.${MARK_CLASS}`;

export const HIGHLIGHT_CSS = [
  '/* Gazette Lens highlights: CSS Custom Highlight API */',
  ...LEGEND.map((l) => `::highlight(${HIGHLIGHT_NAMES[l.kind]}) { ${look(l.background, l.color, l.underline)} }`),
  `::highlight(${FLASH_NAME}) { ${look(FLASH_BACKGROUND, FLASH_COLOR, 'solid', '3px')} }`,
  '/* Gazette Lens highlights: mark.js engine */',
  `${mark} { background-color: transparent; color: inherit; padding: 0; margin: 0; border-radius: 0; }`,
  ...LEGEND.map((l) => `${mark}.gl-${l.kind} { ${look(l.background, l.color, l.underline)} }`),
  `${mark}.${OFF_CLASS} { background-color: transparent; text-decoration: none; }`,
  `${mark}.${FLASH_CLASS} { ${look(FLASH_BACKGROUND, FLASH_COLOR, 'solid', '3px')} }`,
  '@media (forced-colors: active) {',
  ...LEGEND.map((l) => `  ::highlight(${HIGHLIGHT_NAMES[l.kind]}), ${mark}.gl-${l.kind} { background-color: Mark; color: MarkText; text-decoration-color: MarkText; }`),
  `  ${mark}.${OFF_CLASS} { background-color: transparent; color: inherit; text-decoration: none; }`,
  `  ::highlight(${FLASH_NAME}), ${mark}.${FLASH_CLASS} { background-color: Highlight; color: HighlightText; }`,
  '}',
  '',
].join('\n');
