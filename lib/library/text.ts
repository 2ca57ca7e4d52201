/**
 * Search text: one normal form for notes, documents and queries, and the rule a match follows.
 *   normalise: NFKC (full-width → ASCII), the engine's traditional → simplified folds
 *   (variants.ts), lower case; whitespace between two CJK characters dropped (PDF text breaks
 *   lines mid-word), other whitespace runs → one space.
 *   tokens: runs of CJK characters, and runs of letters/digits (卫生健康委2022年GB → 卫生健康委
 *   2022 年 gb); a query matches a field holding each CJK run in one stretch and each word as
 *   the start of a word.
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

/** The fields of a note that search reads; grams never cross from one field to the next. */
export function noteFields(n: Pick<NoteRecord, 'body' | 'quote' | 'tags'>): string[] {
  return [n.body, n.quote.exact, ...n.tags];
}

export function documentFields(d: Pick<DocumentRecord, 'title' | 'docnum'>): string[] {
  return [d.title ?? '', d.docnum ?? ''];
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

/** The Latin/digit words of each normalised field. */
export function wordsOf(norms: readonly string[]): string[][] {
  return norms.map((f) => tokens(f).filter((x) => x.kind === 'word').map((x) => x.text));
}

/**
 * True when every token of the query appears in one of the fields (already normalised): a CJK
 * run as one contiguous stretch (卫生 is not 卫…生), a word as the start of a word (gb matches
 * gb/t). `words` gives the fields' words, made only when a query needs them.
 */
export function matchesNormalised(query: Query, norms: readonly string[], words: () => string[][] = () => wordsOf(norms)): boolean {
  let ws: string[][] | null = null;
  for (const t of query.tokens) {
    if (t.kind === 'cjk') {
      if (!norms.some((f) => f.includes(t.text))) return false;
    } else {
      ws ??= words();
      if (!ws.some((w) => w.some((x) => x.startsWith(t.text)))) return false;
    }
  }
  return true;
}

/** The same for fields as written. */
export function matches(query: Query, fields: readonly string[]): boolean {
  return matchesNormalised(query, fields.map(normaliseForSearch));
}
