/** Quoting document text in a brief or calendar: whitespace tidied, clipped with …. */

/** CJK ideographs and CJK / full-width punctuation: no space belongs next to them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026\u00b7《》〔〕【】]/;

/**
 * Whitespace collapsed as a reader expects: a line break next to Chinese is a PDF artefact
 * and goes (区文化和⏎⏎旅游局 → 区文化和旅游局), as do spaces between Chinese and digits
 * (2025 年 10 月 → 2025年10月); spaces between Chinese words (第十九条 本办法) and between
 * Latin words become one space.
 */
export function tidy(s: string): string {
  return s.replace(/\s+/g, (run, at: number, all: string) => {
    const before = all[at - 1] ?? '';
    const after = all[at + run.length] ?? '';
    if (!before || !after) return '';
    const cjkBefore = CJK.test(before);
    const cjkAfter = CJK.test(after);
    if (!cjkBefore && !cjkAfter) return ' ';
    if (/[\n\r]/.test(run)) return '';
    return cjkBefore && cjkAfter ? ' ' : '';
  });
}

/** At most `max` characters (code points), with … where cut. */
export function clip(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max).join('')}…`;
}

/** The last `max` characters, with … in front where cut. */
export function clipStart(s: string, max: number): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `…${chars.slice(chars.length - max).join('')}`;
}
