/**
 * Signals in one comparable form, whoever wrote them (signals.ts from the DOM, an example
 * by hand, a test): host from the URL, meta names in lower case, info-table labels without
 * the padding, colon and traditional characters gov sites put in them, text capped.
 * Also the "label：value" reader for info tables written as lines.
 */
import { normaliseHost } from './hosts.ts';
import { INFO_LABELS, type InfoLabel, type PageSignals } from './types.ts';

/** The visible text kept for detection: enough for a policy page, cheap on a long one. */
export const MAX_TEXT = 30_000;
/** Longer values are not info-table values (a paragraph that happens to start with 标题：). */
export const MAX_VALUE = 300;

/** Traditional characters of the labels → simplified (索引號, 發文機關, 發佈日期 …). */
const LABEL_FOLD: Record<string, string> = { 號: '号', 題: '题', 類: '类', 發: '发', 機: '机', 關: '关', 標: '标', 佈: '布' };
const KNOWN = new Set<string>(INFO_LABELS);
/** Blanks that pad labels (索 引 号, 标\u3000\u3000题) and follow colons; not line breaks. */
const BLANK = '[ \\t\\u00a0\\u3000]';

/** The canonical label for a cell or term like `索 引 号：` or `發文字號:`; null if unknown. */
export function normaliseLabel(raw: string): InfoLabel | null {
  if (raw.length > 40) return null;
  let s = '';
  for (const ch of raw.replace(/\s+/g, '').replace(/[:：]+$/, '')) s += LABEL_FOLD[ch] ?? ch;
  return KNOWN.has(s) ? (s as InfoLabel) : null;
}

/** Each known label as a pattern: its characters (either script) with blanks between. */
const LABEL_SOURCE = INFO_LABELS.map((label) =>
  [...label]
    .map((ch) => {
      const variants = [ch, ...Object.keys(LABEL_FOLD).filter((t) => LABEL_FOLD[t] === ch)];
      return variants.length > 1 ? `[${variants.join('')}]` : ch;
    })
    .join(`${BLANK}*`),
).join('|');

/** A known label that does not continue a word (文章标题 is not 标题), then a colon. */
export const LABEL_LINE = new RegExp(`(?<![\\p{Script=Han}A-Za-z0-9])(?:${LABEL_SOURCE})${BLANK}*[:：]`, 'gu');

/**
 * `label：value` pairs in text: several may share a line (发文机关：国务院\u3000成文日期：…); a
 * value ends at the next label, a line break, or a tab after it began (the next table cell).
 * The first value of each label wins.
 */
export function labelledValues(text: string): Partial<Record<InfoLabel, string>> {
  const out: Partial<Record<InfoLabel, string>> = {};
  const matches = [...text.matchAll(LABEL_LINE)];
  for (const [i, m] of matches.entries()) {
    const label = normaliseLabel(m[0]);
    if (!label || out[label] !== undefined) continue;
    const limit = matches[i + 1]?.index ?? text.length;
    let from = m.index + m[0].length;
    while (from < limit && ' \t\u00a0\u3000'.includes(text[from]!)) from++;
    let to = from;
    while (to < limit && text[to] !== '\n' && text[to] !== '\t' && text[to] !== '\r') to++;
    const value = text.slice(from, to).trim();
    if (value && value.length <= MAX_VALUE) out[label] = value;
  }
  return out;
}

/** A value as it reads: whitespace runs become one space, ends trimmed. */
export function cleanValue(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Complete and normalise signals; idempotent, so detectors may rely on the normal form. */
export function completeSignals(partial: Partial<PageSignals>): PageSignals {
  const url = partial.url ?? '';
  const metas: Record<string, string> = {};
  for (const [name, content] of Object.entries(partial.metas ?? {})) {
    const key = name.trim().toLowerCase();
    const value = String(content ?? '').trim();
    if (key && value && metas[key] === undefined) metas[key] = value;
  }
  const infoTable: Record<string, string> = {};
  for (const [raw, content] of Object.entries(partial.infoTable ?? {})) {
    const label = normaliseLabel(raw);
    const value = cleanValue(String(content ?? ''));
    if (label && value && value.length <= MAX_VALUE && infoTable[label] === undefined) infoTable[label] = value;
  }
  return {
    url,
    host: normaliseHost(partial.host ?? hostOf(url)),
    metas,
    infoTable,
    title: (partial.title ?? '').trim(),
    text: (partial.text ?? '').slice(0, MAX_TEXT),
  };
}
