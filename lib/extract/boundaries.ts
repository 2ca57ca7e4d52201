/**
 * Document boundaries in a gazette issue. A document starts at its title: the line(s)
 * right before its own number on a line of its own (威环政字〔2020〕10号), or right before
 * an addressee line (各省、自治区、直辖市人民政府：). Lines with dot leaders (目录) are not
 * starts; a number alone on a line in the middle of a sentence is a page header.
 */
import type { TextModel } from '../text/model.ts';

export interface Line {
  /** Original offsets of the line's text without surrounding spaces. */
  start: number;
  end: number;
  text: string;
}

export interface DocumentSpan {
  /** Original offsets. */
  start: number;
  end: number;
  /** Title with spaces and line breaks removed; null when the page lost it. */
  title: string | null;
  /** Original span of the own-number line, when there is one. */
  numberLine: Line | null;
}

const OWN_NUMBER = /^[\u4e00-\u9fff]{1,12}\s*[〔［[【（(]\s*\d{4}\s*[〕］\]】）)]\s*\d{1,6}\s*[号號]$/;
const TITLE_END = /(?:名单|任免|通知|意见|决定|办法|方案|规定|细则|公告|通告|批复|函|报告|决议|纲要|规划|计划|通报|条例|意見|規定|辦法|決定|通知書)$/;
const ADDRESSEE = /^各.{1,80}[：:]$/;
const DOT_LEADER = /\.{4,}|…{2,}|·{4,}/;

export const boundaryPatterns: readonly RegExp[] = [OWN_NUMBER, TITLE_END, ADDRESSEE, DOT_LEADER];

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x0b || c === 0x0c;
}

/** Non-empty lines with their original offsets. */
export function lines(text: string): Line[] {
  const out: Line[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let a = i;
    let b = j;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    i = j + 1;
  }
  return out;
}

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/**
 * The first line of the title that ends at line index `last`: a title wraps over at most
 * three lines; it takes the line before it while the title so far has not yet named its
 * issuer before 关于 (威海市环翠区人民政府⏎关于…的通知, or a narrow column's wrapped title).
 */
function titleStart(ls: Line[], last: number): number {
  let k = last;
  while (k > 0 && last - k < 2) {
    const prev = ls[k - 1]!.text;
    const cur = compact(ls.slice(k, last + 1).map((l) => l.text).join(''));
    if (/\t/.test(prev) || /^[-\d(（一二三四五六七八九十·•【〔]/.test(prev) || /\d{4}\s*年|圆园/.test(prev)) break;
    if (/[。：:；;.)）]$/.test(prev) || /印发$/.test(prev) || DOT_LEADER.test(prev) || OWN_NUMBER.test(compact(prev)) || prev.length > 60) break;
    const about = cur.search(/关于|關於/);
    if (about > 0) break; // the issuer is already there
    if (cur.startsWith(compact(prev))) break; // a running header repeating the issuer
    k--;
  }
  return k;
}

/** A short line of a web page's article header: 来源：…  【字体：大 中 小】 打印 发布时间：… */
function isFurniture(text: string): boolean {
  return text.length <= 60 && !/[。；;]$/.test(text) && /来源|字体|打印|发布时间|浏览|分享|阅读/.test(text);
}

function isTitleLine(text: string): boolean {
  const t = compact(text);
  return t.length >= 4 && t.length <= 120 && !DOT_LEADER.test(t) && (TITLE_END.test(t) || /关于|關於/.test(t)) && !/[。；;]/.test(t);
}

/** The last text's documents: the unit extractor and the pipeline both ask for them. */
let memo: { text: string; spans: DocumentSpan[] } | null = null;

export function findDocuments(text: string): DocumentSpan[] {
  if (memo?.text === text) return memo.spans;
  const spans = findDocumentsUncached(text);
  memo = { text, spans };
  return spans;
}

function findDocumentsUncached(text: string): DocumentSpan[] {
  const ls = lines(text);
  const found: Array<{ titleFrom: number; titleTo: number; numberLine: Line | null }> = [];
  for (let i = 1; i < ls.length; i++) {
    const raw = ls[i]!.text;
    const end = raw[raw.length - 1];
    // Only a line ending in 号 can be an own number, only one starting with 各 an addressee.
    if (end !== '号' && end !== '號' && raw[0] !== '各') continue;
    const t = compact(raw);
    if (OWN_NUMBER.test(t) && !DOT_LEADER.test(ls[i]!.text)) {
      // The title is right above, or above a line or two of page furniture (来源、字体、打印).
      let k = i - 1;
      while (k > 0 && i - k <= 2 && !isTitleLine(ls[k]!.text) && isFurniture(ls[k]!.text)) k--;
      if (isTitleLine(ls[k]!.text)) {
        found.push({ titleFrom: titleStart(ls, k), titleTo: k, numberLine: ls[i]! });
        continue;
      }
    }
    // Addressee line (possibly wrapped over three lines in narrow columns).
    if (!t.startsWith('各') || t.length > 60) continue;
    let addressee = t;
    for (let k = i + 1; k < Math.min(ls.length, i + 3) && !/[：:]$/.test(addressee); k++) addressee += compact(ls[k]!.text);
    if (!ADDRESSEE.test(addressee)) continue;
    const prev = compact(ls[i - 1]!.text);
    const last = found[found.length - 1];
    if (last && last.titleTo >= i - 2) continue; // the addressee of a document already found
    if (isTitleLine(prev)) {
      found.push({ titleFrom: titleStart(ls, i - 1), titleTo: i - 1, numberLine: null });
    } else if (/^[（(]此件|^\d{4}年\d{1,2}月\d{1,2}日$/.test(prev)) {
      // The previous document just ended (its date or 此件公开发布) and this one's title is lost.
      found.push({ titleFrom: i, titleTo: i - 1, numberLine: null });
    }
  }
  return found.map((f, k) => {
    const next = found[k + 1];
    return {
      start: ls[f.titleFrom]!.start,
      end: next ? ls[next.titleFrom]!.start : text.length,
      title: f.titleTo >= f.titleFrom ? compact(ls.slice(f.titleFrom, f.titleTo + 1).map((l) => l.text).join('')) : null,
      numberLine: f.numberLine,
    };
  });
}

/** Normalised offsets where documents start (for rules that hold to a document's end). */
export function findDocumentStarts(model: TextModel): number[] {
  const docs = findDocuments(model.original);
  const out: number[] = [];
  let k = 0;
  for (const d of docs) {
    while (k < model.srcStart.length && model.srcStart[k]! < d.start) k++;
    out.push(k);
  }
  return out;
}
