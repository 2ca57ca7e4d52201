/**
 * The three kinds of annotation, one owner for everything the UI says and paints about them:
 * their names in both languages, colours (the Okabe–Ito palette, told apart without colour too
 * by their underline), highlight registry names, which paints on top where two overlap, and the
 * order readers meet them in (the launcher, the outline's legend). The legend, the highlight
 * styles, the cards, the launcher, the outline and the settings' default colours read from here.
 */
export type Kind = 'docnum' | 'deadline' | 'unit';

export interface KindInfo {
  kind: Kind;
  zh: string;
  en: string;
  /** Swatch and underline colour. */
  color: string;
  /** The highlight behind the text. */
  background: string;
  /** The cue that does not depend on colour. */
  underline: 'solid' | 'double' | 'dotted';
  /** CSS.highlights registry name (scoped per highlighter when several share a page). */
  highlightName: string;
  /** Where two kinds overlap, the higher paints on top. */
  priority: number;
}

/** In the order readers meet them: deadlines, responsible units, document numbers. */
export const KINDS: readonly KindInfo[] = [
  { kind: 'deadline', zh: '期限', en: 'Deadline', color: '#B77E00', background: 'rgba(230, 159, 0, 0.32)', underline: 'double', highlightName: 'gl-deadline', priority: 1 },
  { kind: 'unit', zh: '责任单位', en: 'Responsible unit', color: '#007A5A', background: 'rgba(0, 158, 115, 0.18)', underline: 'dotted', highlightName: 'gl-unit', priority: 2 },
  { kind: 'docnum', zh: '文号', en: 'Document number', color: '#0072B2', background: 'rgba(0, 114, 178, 0.16)', underline: 'solid', highlightName: 'gl-docnum', priority: 3 },
];

/** The kinds' names, in that order. */
export const KIND_ORDER: readonly Kind[] = KINDS.map((k) => k.kind);

/** Each kind's entry by name. */
export const KIND: Readonly<Record<Kind, KindInfo>> = Object.fromEntries(KINDS.map((k) => [k.kind, k])) as Record<Kind, KindInfo>;
