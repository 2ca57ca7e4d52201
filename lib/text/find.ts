/**
 * Find a phrase in a text as a reader types it, not as the text was laid out: a PDF's text breaks
 * lines mid-phrase (国务院办\n公厅), so whitespace in the text and in the phrase is ignored; full-
 * and half-width forms, traditional and simplified characters (variants.ts) and Latin case are one.
 *   find 「国务院办公厅」 in 「……国务院办\n公厅印发……」 → one match, its offsets in the text as given.
 * Pure; the reader's find bar (Ctrl+F) searches the whole issue with it, drawn pages or not.
 */
import { foldChar } from './variants.ts';

export interface Match {
  start: number;
  end: number;
}

export interface Finder {
  /** Every match of the phrase, in order, at most `limit`; none for a phrase of only whitespace. */
  find(phrase: string, limit?: number): Match[];
}

const SPACE = /\s/;

/** One code unit as the finder compares it: folded, Latin lower-cased. */
function key(code: number): number {
  const c = foldChar(code);
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

function folded(s: string): { text: string; at: number[] } {
  const codes: number[] = [];
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (SPACE.test(ch)) continue;
    codes.push(key(s.charCodeAt(i)));
    at.push(i);
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return { text, at };
}

/** A finder over one text: the text is folded once, each phrase searched in that. */
export function finderOf(text: string): Finder {
  const f = folded(text);
  return {
    find(phrase, limit = Infinity) {
      const needle = folded(phrase).text;
      const out: Match[] = [];
      if (!needle) return out;
      for (let i = f.text.indexOf(needle); i >= 0 && out.length < limit; i = f.text.indexOf(needle, i + needle.length)) {
        out.push({ start: f.at[i]!, end: f.at[i + needle.length - 1]! + 1 });
      }
      return out;
    },
  };
}
