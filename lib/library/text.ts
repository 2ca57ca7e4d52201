/**
 * Search text: one normal form for notes, documents and queries, and the grams the
 * `*grams` indexes hold.
 *   normalise: NFKC (full-width → ASCII), the engine's traditional → simplified folds
 *   (variants.ts), lower case; whitespace between two CJK characters dropped (PDF text breaks
 *   lines mid-word), other whitespace runs → one space.
 *   grams: for each run of CJK characters its bigrams (a one-character run: the character);
 *   each run of letters/digits whole (卫生健康委2022年GB → 卫生 生健 健康 康委 2022 年 gb).
 */
import { FOLD } from '../text/variants.ts';
import type { DocumentRecord, NoteRecord } from './types.ts';

const CJK_CLASS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}〇';
/** A CJK run, or a run of letters/digits that are not CJK. */
const TOKEN = new RegExp(`([${CJK_CLASS}]+)|((?:(?![${CJK_CLASS}])[\\p{L}\\p{N}])+)`, 'gu');
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK_CLASS}])\\s+(?=[${CJK_CLASS}])`, 'gu');

/** Every character the engine's fold table (variants.ts) changes, and what it becomes. */
const FOLDED = new Map<string, string>();
for (let c = 0; c < 0x10000; c++) if (FOLD[c] !== c) FOLDED.set(String.fromCharCode(c), String.fromCharCode(FOLD[c]!));
const FOLDABLE = new RegExp(`[${[...FOLDED.keys()].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

/** The normal form search compares: see the file comment. */
export function normaliseForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(FOLDABLE, (c) => FOLDED.get(c)!)
    .toLowerCase()
    .replace(SPACE_IN_CJK, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

export interface Token {
  kind: 'cjk' | 'word';
  text: string;
}

/** Runs of CJK characters and words of letters/digits in already normalised text; the rest separates. */
export function tokens(norm: string): Token[] {
  const out: Token[] = [];
  for (const m of norm.matchAll(TOKEN)) out.push(m[1] ? { kind: 'cjk', text: m[1] } : { kind: 'word', text: m[2]! });
  return out;
}

/** The grams of one token: a word whole, a CJK run as bigrams (one character: itself). */
export function tokenGrams(t: Token): string[] {
  if (t.kind === 'word') return [t.text];
  const chars = [...t.text];
  if (chars.length === 1) return [chars[0]!];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Unique grams of a text, in order of first appearance. */
export function bigrams(text: string): string[] {
  const seen = new Set<string>();
  for (const t of tokens(normaliseForSearch(text))) for (const g of tokenGrams(t)) seen.add(g);
  return [...seen];
}

/** The fields of a note that search reads; grams never cross from one field to the next. */
export function noteFields(n: Pick<NoteRecord, 'body' | 'quote' | 'tags'>): string[] {
  return [n.body, n.quote.exact, ...n.tags];
}

export function documentFields(d: Pick<DocumentRecord, 'title' | 'docnum'>): string[] {
  return [d.title ?? '', d.docnum ?? ''];
}

export function gramsOf(fields: string[]): string[] {
  const seen = new Set<string>();
  for (const f of fields) for (const g of bigrams(f)) seen.add(g);
  return [...seen];
}

/** A parsed query: the grams to look up and the runs to verify, in sequence, on the text. */
export interface Query {
  tokens: Token[];
  /** False when the query has no searchable characters (blank or only punctuation). */
  searchable: boolean;
  blank: boolean;
}

export function parseQuery(q: string): Query {
  const norm = normaliseForSearch(q);
  const ts = tokens(norm);
  return { tokens: ts, searchable: ts.length > 0, blank: norm.trim() === '' };
}

/**
 * True when every token of the query appears in one of the fields: a CJK run as one
 * contiguous stretch (卫生 is not 卫…生), a word as the start of a word (gb matches gb/t).
 */
export function matches(query: Query, fields: string[]): boolean {
  let norms: string[] | null = null;
  let words: string[][] | null = null;
  for (const t of query.tokens) {
    if (t.kind === 'cjk') {
      // A query run is already in normal form, and normalising keeps its characters: a field
      // that holds it as written holds it normalised. Otherwise, compare the normal forms.
      if (fields.some((f) => f.includes(t.text))) continue;
      norms ??= fields.map(normaliseForSearch);
      if (!norms.some((f) => f.includes(t.text))) return false;
    } else {
      norms ??= fields.map(normaliseForSearch);
      words ??= norms.map((f) => tokens(f).filter((x) => x.kind === 'word').map((x) => x.text));
      if (!words.some((ws) => ws.some((w) => w.startsWith(t.text)))) return false;
    }
  }
  return true;
}
