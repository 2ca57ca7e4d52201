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

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}〇]/u;
const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

export const isCjk = (ch: string): boolean => CJK.test(ch);
const isWord = (ch: string): boolean => WORD.test(ch) && !CJK.test(ch);

/** The normal form search compares: see the file comment. */
export function normaliseForSearch(text: string): string {
  const nfkc = text.normalize('NFKC');
  let folded = '';
  for (let i = 0; i < nfkc.length; i++) folded += String.fromCharCode(FOLD[nfkc.charCodeAt(i)]!);
  const chars = [...folded.toLowerCase()];
  let out = '';
  let lastNonSpace = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!SPACE.test(ch)) {
      out += ch;
      lastNonSpace = ch;
      continue;
    }
    let j = i;
    while (j + 1 < chars.length && SPACE.test(chars[j + 1]!)) j++;
    const next = chars[j + 1];
    const joinCjk = lastNonSpace !== '' && next !== undefined && isCjk(lastNonSpace) && isCjk(next);
    if (!joinCjk && out !== '' && next !== undefined) out += ' ';
    i = j;
  }
  return out;
}

export interface Token {
  kind: 'cjk' | 'word';
  text: string;
}

/** Runs of CJK characters and words of letters/digits in already normalised text; the rest separates. */
export function tokens(norm: string): Token[] {
  const out: Token[] = [];
  let kind: Token['kind'] | null = null;
  let current = '';
  for (const ch of norm) {
    const k: Token['kind'] | null = isCjk(ch) ? 'cjk' : isWord(ch) ? 'word' : null;
    if (k !== kind && current) {
      out.push({ kind: kind!, text: current });
      current = '';
    }
    kind = k;
    if (k) current += ch;
  }
  if (current && kind) out.push({ kind, text: current });
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
  const norms = fields.map(normaliseForSearch);
  let words: string[][] | null = null;
  for (const t of query.tokens) {
    if (t.kind === 'cjk') {
      if (!norms.some((f) => f.includes(t.text))) return false;
    } else {
      words ??= norms.map((f) => tokens(f).filter((x) => x.kind === 'word').map((x) => x.text));
      if (!words.some((ws) => ws.some((w) => w.startsWith(t.text)))) return false;
    }
  }
  return true;
}
