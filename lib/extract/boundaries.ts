/**
 * Where the documents of a gazette issue start: each document's heading block, in the forms
 * gazettes print them (all read on compact folded lines, so both scripts and letter-spaced
 * titles read the same; see heading-lines.ts):
 *   title ⏎ own number ⏎ addressee               威海市人民政府关于…的通告 ⏎ 威政发〔2022〕19号 ⏎ 为…
 *   own number ⏎ title ⏎ addressee               威文政办字〔2019〕25 号 ⏎ 威海市…办公室 ⏎ 关于印发…的通知 ⏎ 各街道办事处…：
 *   issuers ⏎ title (joint documents)            成都市衛生健康委員會(全角空格)成都市財政局 ⏎ 關於印發…的通知
 *   decree header ⏎ number ⏎ promulgation ⏎ signature ⏎ date ⏎ the regulation
 *                                                青岛市人民政府令 ⏎ 第278号 ⏎ 《…办法》已经…通过，现予公布 ⏎ 市长 … ⏎ 2020年12月4日 ⏎ 青岛市…办法
 *   title ⏎ addressee (no number), a title lost in the page (addressee right after the previous
 *   document's date), a numbered 任免 list (title ⏎ number ⏎ 经研究决定…), a number alone between
 *   two 任免 lists, a registration code (XXCR—2020—0010006) or a letterhead line above the title.
 * Not starts: the table of contents (lines with dot leaders, titles with no addressee or text
 * after them), a number in the middle of a sentence (a page's running header), the title of an
 * attachment (附件: a 办法 or 方案 the document issues belongs to it). A heading block that PDF
 * column order displaced into the first page of a document whose title was lost is that
 * document's start (as tests/fixtures/gold/GUIDE.md defines start).
 */
import type { TextModel } from '../text/model.ts';
import { normalise } from '../text/normalise.ts';
import { lastAtOrBeforeIn } from '../text/bisect.ts';
import {
  ABOUT, DATE_LINE, DECREE_LINE, DOCUMENT_END, endsAsTitle, leaderIn, tail, DECREE_NUMBER, DECREE_SERIES, OWN_NUMBER, REG_CODE,
  endsSentence, isAddressee, isBodyName, isCompleteTitle, isFurniture, isTitlePart, linesOf, opensParagraph, type Line,
} from './heading-lines.ts';
import { tocEntries, tocEntryFor, tocPatterns, type TocEntry } from './toc.ts';
import { headingPatterns } from './heading-lines.ts';

export { lines, type Line } from './heading-lines.ts';

export interface DocumentSpan {
  /** Original offsets: the first line of the heading block, and where the next document's text starts. */
  start: number;
  end: number;
  /** Original offset where the title starts; null when the title is lost. */
  titleStart: number | null;
  /** Title with spaces and line breaks removed, as written; null when the page lost it. */
  title: string | null;
  /** The title's lines (for naming joint issuers). */
  titleLines: Line[];
  /** Lines that hold the document's own number (under or above the title, the decree header). */
  numberLines: Line[];
  /** A decree: its own number is the decree number, its issuer the series' body. */
  decree: boolean;
  /** Its table-of-contents entry, when the issue has one that names it by title. */
  toc: TocEntry | null;
  /** Every entry of the table of contents (to look a document up by its number). */
  tocAll: readonly TocEntry[];
  /** The lines (shared by its documents), for the facts read off them. */
  lines: readonly Line[];
  /** Index (into the lines) of the first line after the heading block. */
  bodyLine: number;
  /**
   * Where the document's own text begins: its start, or, when PDF column order displaced its
   * heading into its first page, the line where its text began (the addressee after the
   * previous document's end). Rules that hold to a document's end count from here.
   */
  textStart: number;
}

interface Heading {
  first: number;
  titleFrom: number;
  titleTo: number;
  numberLines: number[];
  decree: boolean;
  /** First line after the block. */
  after: number;
  /** Displaced into a document's first page: a start only where that document's title is lost. */
  displaced?: boolean;
  /** Started at an addressee with the title lost. */
  lost?: boolean;
  /** Line where the document's text began, when its heading was displaced. */
  textFirst?: number;
}

const MAX_TITLE_LINES = 6;

/** Lines [from, to] joined compactly. */
function joined(ls: Line[], from: number, to: number): string {
  let s = '';
  for (let k = from; k <= to; k++) s += ls[k]!.c;
  return s;
}

/** The addressee starting at line i (wrapped over up to three lines, or followed on its line by the text). */
function addresseeAt(ls: Line[], i: number): number {
  if (i >= ls.length) return -1;
  let c = ls[i]!.c;
  const colon = c.indexOf(':');
  if (colon > 0 && colon < c.length - 1) return isAddressee(c.slice(0, colon + 1)) ? i : -1;
  for (let k = i; k < Math.min(ls.length, i + 3); k++) {
    if (k > i) c += ls[k]!.c;
    if (c.endsWith(':')) return isAddressee(c) ? k : -1;
    if (c.length > 200 || endsSentence(c)) return -1;
  }
  return -1;
}

/**
 * The first line of a title whose last line is `last`: it takes the line above while that can be
 * part of a title, until the title names its issuer before 关于; then only more names of bodies
 * (a joint document's issuers) and a letterhead repeating the issuer. Returns [first line of the
 * block, first line of the title], or null when line `last` does not end a title.
 */
function titleAbove(ls: Line[], last: number, floor: number): [number, number] | null {
  const end = ls[last]!;
  // The last line ends as a title (its quotes may be unbalanced: 《…〉 misprinted).
  if (!isTitlePart(end) || !endsAsTitle(end.c) && !(last > floor && isTitlePart(ls[last - 1]!) && endsAsTitle(joined(ls, last - 1, last)))) return null;
  let from = last;
  let title = end.c;
  while (from > floor && last - from < MAX_TITLE_LINES - 1) {
    const prev = ls[from - 1]!;
    if (!isTitlePart(prev) || /^\d/.test(prev.c) || isFurniture(prev)) break;
    const about = title.search(ABOUT);
    if (about > 0) {
      // The issuer is there: only more issuing bodies may stand above (joint documents), and
      // a letterhead repeating the issuer is not part of the title.
      if (!isBodyName(prev.c) || title.startsWith(prev.c)) break;
    } else if (isCompleteTitle(prev.c) && DOCUMENT_END.test(tail(prev.c)) && !isBodyName(prev.c)) {
      break; // a complete title of its own (the table of contents' last entry)
    }
    title = prev.c + title;
    from--;
  }
  if (!/关于|通知|意见|决定|办法|方案|规定|细则|公告|通告|批复|批覆|函|名单|任免|条例|规则/.test(title)) return null;
  // A letterhead: a lone line naming the issuer again above the title.
  let first = from;
  if (first > floor) {
    const prev = ls[first - 1]!;
    if (isBodyName(prev.c) && title.startsWith(prev.c) && (first - 1 === floor || boundaryBefore(ls, first - 1))) first--;
  }
  return [first, from];
}

/** The title that starts at line `first` and ends before an addressee or text: its last line, or -1. */
function titleBelow(ls: Line[], first: number): number {
  let title = '';
  for (let k = first; k < Math.min(ls.length, first + MAX_TITLE_LINES); k++) {
    const l = ls[k]!;
    if (!isTitlePart(l)) return -1;
    title += l.c;
    const next = ls[k + 1];
    if (next && isTitlePart(next) && /^(?:的|之|和|及|暨|》|〉)/.test(next.c)) continue; // the title goes on
    if (isCompleteTitle(title) && (ABOUT.test(title) || /通知|意见|决定|名单|任免/.test(title))) return k;
  }
  return -1;
}

/**
 * Line i-1 ends what came before: a sentence, a date, 此件公开发布, the start of the text, a table
 * of contents, or a web page's furniture (its information table: 发文字号…发布日期…).
 */
function boundaryBefore(ls: Line[], i: number): boolean {
  if (i <= 0 || REG_CODE.test(ls[i]!.c)) return true; // a registration code stands between documents
  const prev = ls[i - 1]!;
  return endsSentence(prev.c) || DATE_LINE.test(prev.c) || /^\(此件|印发$|^\(.*\)$|^附件/.test(prev.c) || leaderIn(prev) || prev.c.length < 12 || isFurniture(prev);
}

/** What follows a heading block at line j: an addressee, the start of a text, or neither. */
function confirmed(ls: Line[], j: number, before: boolean): boolean {
  if (j >= ls.length) return false;
  if (addresseeAt(ls, j) >= 0) return true;
  const c = ls[j]!.c;
  if (OWN_NUMBER.test(c) || leaderIn(ls[j]!)) return false;
  if (isTitlePart(ls[j]!) && isCompleteTitle(c) && c.length < 60) return false;
  return before && (opensParagraph(c) || c.length >= 30);
}

/** A registration code line right above or below the block belongs to it. */
function regAbove(ls: Line[], i: number): number {
  return i > 0 && REG_CODE.test(ls[i - 1]!.c) ? i - 1 : i;
}
function skipReg(ls: Line[], j: number): number {
  while (j < ls.length && (REG_CODE.test(ls[j]!.c) || isFurniture(ls[j]!))) j++;
  return j;
}

/** A decree header at line i: series ⏎ number, or both on one line. */
function decreeAt(ls: Line[], i: number): Heading | null {
  const c = ls[i]!.c;
  let numberLine = -1;
  // Both forms hold 令 on the line (series and number) or end with it (the series alone).
  if (c.indexOf('令') < 0) return null;
  if (DECREE_LINE.test(c)) numberLine = i;
  else if (DECREE_SERIES.test(c) && i + 1 < ls.length && DECREE_NUMBER.test(ls[i + 1]!.c)) numberLine = i + 1;
  if (numberLine < 0) return null;
  // Confirmed by the promulgation text or a date before the regulation's articles begin.
  let dateLine = -1;
  let titleBefore = -1; // 青岛市…办法 ⏎ （…令第278号公布 自…起施行） printed before the articles
  let promulgated = false;
  for (let k = numberLine + 1; k < Math.min(ls.length, numberLine + 14); k++) {
    const lc = ls[k]!.c;
    if (ARTICLE.test(lc) || OWN_NUMBER.test(lc) || DECREE_SERIES.test(lc)) break;
    if (/公布|发布|施行|通过|修订|修正/.test(lc)) promulgated = true;
    if (titleBefore < 0 && !promulgated && isTitlePart(ls[k]!) && isCompleteTitle(lc)) titleBefore = k;
    if (DATE_LINE.test(lc)) {
      dateLine = k;
      break;
    }
  }
  if (!promulgated && dateLine < 0) return null;
  // The regulation's title after the date line (before its 第一章/第一条), else the one before.
  let titleFrom = -1;
  let titleTo = -1;
  if (dateLine >= 0) {
    for (let k = dateLine + 1; k < Math.min(ls.length, dateLine + 4); k++) {
      const l = ls[k]!;
      if (!isTitlePart(l)) break;
      if (titleFrom < 0) titleFrom = k;
      titleTo = k;
      if (isCompleteTitle(joined(ls, titleFrom, k))) break;
    }
    if (titleFrom >= 0 && !isCompleteTitle(joined(ls, titleFrom, titleTo))) titleFrom = titleTo = -1;
  }
  if (titleFrom < 0 && titleBefore >= 0) titleFrom = titleTo = titleBefore;
  const numberLines = numberLine === i ? [i] : [i, numberLine];
  let after = titleTo >= 0 ? titleTo + 1 : dateLine >= 0 ? dateLine + 1 : numberLine + 1;
  if (after < ls.length && dateLine < 0 && /^\(.*令.*公布/.test(ls[after]!.c)) after++;
  return { first: regAbove(ls, i), titleFrom: titleFrom >= 0 ? titleFrom : -1, titleTo, numberLines, decree: true, after };
}

/**
 * A regulation printed with its promulgation in brackets under the title, with no decree
 * header: 山东省物业管理办法 ⏎ （2021年6月1日山东省人民政府令第340号公布 自2021年8月1日起施行）.
 */
function regulationAt(ls: Line[], i: number, floor: number): Heading | null {
  const c = ls[i]!.c;
  if (i === 0 || c.indexOf('号公布') < 0 || !/^\(.{0,40}令(?:\d{4}年)?第?\d{1,6}号公布/.test(c)) return null;
  const t = titleAbove(ls, i - 1, floor);
  if (!t || !boundaryBefore(ls, t[0])) return null;
  return { first: regAbove(ls, t[0]), titleFrom: t[1], titleTo: i - 1, numberLines: [i], decree: true, after: i + 1 };
}

const ARTICLE = /^第[一二三四五六七八九十百零〇\d]{1,6}[章条节]/;

/** The heading whose own number is alone on line i. */
function numberAt(ls: Line[], i: number, floor: number): Heading | null {
  // Title above: the lines right above (or above a line or two of web-page furniture).
  let k = i - 1;
  while (k > floor && i - k <= 2 && isFurniture(ls[k]!)) k--;
  if (k >= floor && k >= 0) {
    const t = titleAbove(ls, k, floor);
    if (t) {
      const after = skipReg(ls, i + 1);
      const first = regAbove(ls, t[0]);
      if (confirmed(ls, after, boundaryBefore(ls, first))) return { first, titleFrom: t[1], titleTo: k, numberLines: [i], decree: false, after };
      // A title and its number followed by the text of another: a page's running header.
    }
  }
  // Title below: the number printed above the title.
  const last = titleBelow(ls, i + 1);
  if (last >= 0) {
    const after = skipReg(ls, last + 1);
    let first = regAbove(ls, i);
    // A letterhead above the number: 威海市人民政府文件.
    if (first > floor && /^.{2,40}文件$/.test(ls[first - 1]!.c) && isBodyName(ls[first - 1]!.c.slice(0, -2))) first--;
    if (addresseeAt(ls, after) >= 0 || confirmed(ls, after, boundaryBefore(ls, first))) {
      return { first, titleFrom: i + 1, titleTo: last, numberLines: [i], decree: false, after };
    }
    // Number and title in the middle of a sentence: displaced by the PDF's column order.
    if (!boundaryBefore(ls, i) && after < ls.length && !opensParagraph(ls[after]!.c)) {
      return { first: i, titleFrom: i + 1, titleTo: last, numberLines: [i], decree: false, after, displaced: true };
    }
  }
  // A number alone between two texts (the second of two 任免 lists).
  if (boundaryBefore(ls, i) && endsSentence(ls[i - 1]?.c ?? '。') && i + 1 < ls.length && opensParagraph(ls[i + 1]!.c)) {
    return { first: i, titleFrom: -1, titleTo: -1, numberLines: [i], decree: false, after: i + 1, lost: true };
  }
  return null;
}

/** The heading of an addressee at line i: the title above, or none when the page lost it. */
function addresseeHeading(ls: Line[], i: number, floor: number): Heading | null {
  const end = addresseeAt(ls, i);
  if (end < 0) return null;
  // The title right above, or above a line or two of web-page furniture (发布日期、字体、打印).
  let last = i - 1;
  while (last > floor && i - last <= 2 && isFurniture(ls[last]!)) last--;
  if (last >= floor && last >= 0) {
    const t = titleAbove(ls, last, floor);
    if (t) return { first: regAbove(ls, t[0]), titleFrom: t[1], titleTo: last, numberLines: [], decree: false, after: end + 1 };
  }
  const prev = ls[i - 1]?.c ?? '';
  if (i > 0 && (/^\(此件/.test(prev) || DATE_LINE.test(prev))) {
    return { first: i, titleFrom: -1, titleTo: -1, numberLines: [], decree: false, after: end + 1, lost: true };
  }
  return null;
}

/**
 * A title that names its issuer, right after the previous document's end (its date or 此件公开发布)
 * and followed by the text, with no number or addressee: 廈門市人民政府公告 ⏎ 为… , or
 * 威海市人民政府关于…的通告 ⏎ 为…. A numbered announcement's 2022年第1号 line belongs to the heading.
 */
function issuedTitleHeading(ls: Line[], i: number, floor: number): Heading | null {
  if (i + 1 >= ls.length) return null;
  // Cheap tests first: the text must start right after, and a document must have ended just above.
  const next = /^\(?\d{4}年第\d{1,4}号\)?$/.test(ls[i + 1]!.c) ? ls[i + 2] : ls[i + 1];
  if (!next || !opensParagraph(next.c)) return null;
  let ended = i === 0;
  for (let k = i - 1; k >= Math.max(0, floor - 1, i - MAX_TITLE_LINES) && !ended; k--) ended = DATE_LINE.test(ls[k]!.c) || /^\(此件/.test(ls[k]!.c);
  if (!ended) return null;
  const t = titleAbove(ls, i, floor);
  if (!t) return null;
  const title = joined(ls, t[1], i);
  const about = title.indexOf('关于');
  const named = about > 0 ? isBodyName(title.slice(0, about)) : /^(.{2,30})(?:公告|通告)$/.test(title) && isBodyName(title.replace(/(?:公告|通告)$/, ''));
  if (!named) return null;
  // The previous document ended right above (over a page's running header and number).
  let p = t[0] - 1;
  while (p > 0 && t[0] - p <= 3 && isFurniture(ls[p]!)) p--;
  const prev = p >= 0 ? ls[p]!.c : '';
  if (t[0] > 0 && !DATE_LINE.test(prev) && !/^\(此件/.test(prev)) return null;
  let after = i + 1;
  if (/^\(?\d{4}年第\d{1,4}号\)?$/.test(ls[after]!.c)) after++;
  if (after >= ls.length || !opensParagraph(ls[after]!.c) || isCompleteTitle(ls[after]!.c)) return null;
  return { first: regAbove(ls, t[0]), titleFrom: t[1], titleTo: i, numberLines: [], decree: false, after };
}

/** A title followed by 经…研究/决定/任命 (a 任免 list printed without number or addressee). */
function appointmentHeading(ls: Line[], i: number, floor: number): Heading | null {
  if (i + 1 >= ls.length || !/任免|任职|免职|名单$/.test(ls[i]!.c) || !/^(?:经|决定|任命|免去)/.test(ls[i + 1]!.c)) return null;
  const t = titleAbove(ls, i, floor);
  if (!t || !boundaryBefore(ls, t[0])) return null;
  return { first: regAbove(ls, t[0]), titleFrom: t[1], titleTo: i, numberLines: [], decree: false, after: i + 1 };
}

/**
 * The document headings among the lines. `norm`: the text model's normalised text the
 * lines were read from (linesOf), so the colons are found in one native scan of it.
 */
export function findHeadings(ls: Line[], norm?: string): Heading[] {
  const found: Heading[] = [];
  let floor = 0; // lines before this belong to the last heading found
  let colonAt = -1; // the next colon in norm at or after the current line
  for (let i = 0; i < ls.length; i++) {
    const l = ls[i]!;
    const c = l.c;
    const last = c.charCodeAt(c.length - 1);
    // Most lines are body text: only a line that can head a document is read further.
    let hasColon: boolean;
    if (norm !== undefined && l.n >= 0) {
      if (colonAt < l.n) {
        colonAt = norm.indexOf(':', l.n);
        if (colonAt < 0) colonAt = norm.length; // none left
      }
      hasColon = colonAt < l.n + c.length;
    } else hasColon = c.includes(':');
    const colon = hasColon || c.charCodeAt(0) === 0x5404 /* 各 */ || !!ls[i + 1]?.c.endsWith(':');
    const titleEnd = i + 1 < ls.length && endsAsTitle(c);
    if (!colon && !titleEnd && last !== 0x4ee4 && last !== 0x53f7 && last !== 0x29 && c.charCodeAt(0) !== 0x28 && last !== 0x514d && last !== 0x804c && last !== 0x5355) continue;
    if (leaderIn(ls[i]!)) continue;
    let h: Heading | null = null;
    if (last === 0x4ee4 /* 令 */ || last === 0x53f7 /* 号 */ || last === 0x29 /* ) */) h = decreeAt(ls, i);
    if (!h && (last === 0x53f7 /* 号 */ || last === 0x29) && OWN_NUMBER.test(c) && i > 0) h = numberAt(ls, i, floor);
    if (!h && colon) h = addresseeHeading(ls, i, floor);
    if (!h && (last === 0x514d /* 免 */ || last === 0x804c /* 职 */ || last === 0x5355 /* 单 */) && TITLE_END_APPOINT.test(c)) h = appointmentHeading(ls, i, floor);
    if (!h && c.charCodeAt(0) === 0x28 /* ( */) h = regulationAt(ls, i, floor);
    if (!h && titleEnd) h = issuedTitleHeading(ls, i, floor);
    if (!h) continue;
    found.push(h);
    floor = h.after;
    i = Math.max(i, h.after - 1);
  }
  return found;
}

const TITLE_END_APPOINT = /(?:任免|任职|免职|名单)$/;

/**
 * Keeps a displaced heading only where the document it falls in lost its title (it then starts
 * there); elsewhere it is a running header.
 */
function resolveDisplaced(found: Heading[]): Heading[] {
  const out: Heading[] = [];
  for (const h of found) {
    if (!h.displaced) {
      out.push(h);
      continue;
    }
    const prev = out[out.length - 1];
    if (prev && prev.lost && prev.numberLines.length === 0) out[out.length - 1] = { ...h, displaced: false, textFirst: prev.first };
  }
  return out;
}

/**
 * One extraction's documents, kept with its text model: the unit extractor, the facts and the
 * pipeline all ask, and a new extraction (a new model) finds them afresh.
 */
const memo = new WeakMap<TextModel, DocumentSpan[]>();

/** The documents of a text; pass its text model when there is one (the lines are read off it). */
export function findDocuments(text: string, model?: TextModel): DocumentSpan[] {
  const m = model && model.original === text ? model : normalise(text);
  const cached = memo.get(m);
  if (cached) return cached;
  const spans = findDocumentsUncached(text, linesOf(m), m);
  memo.set(m, spans);
  return spans;
}

function findDocumentsUncached(text: string, ls: Line[], model: TextModel): DocumentSpan[] {
  const headings = resolveDisplaced(findHeadings(ls, model.norm));
  const toc = headings.length ? tocEntries(ls, headings[0]!.first, model) : [];
  return headings.map((h, k) => {
    const next = headings[k + 1];
    const title = h.titleFrom >= 0 ? text.slice(ls[h.titleFrom]!.start, ls[h.titleTo]!.end).replace(/\s+/g, '') : null;
    const titleLines = h.titleFrom >= 0 ? ls.slice(h.titleFrom, h.titleTo + 1) : [];
    const folded = h.titleFrom >= 0 ? joined(ls, h.titleFrom, h.titleTo) : null;
    return {
      start: ls[h.first]!.start,
      // Up to where the next document's text begins (before its heading, when PDF column order displaced it).
      end: next ? ls[next.textFirst ?? next.first]!.start : text.length,
      titleStart: h.titleFrom >= 0 ? ls[h.titleFrom]!.start : null,
      title,
      titleLines,
      numberLines: h.numberLines.map((n) => ls[n]!),
      decree: h.decree,
      toc: folded ? tocEntryFor(toc, folded) : null,
      tocAll: toc,
      lines: ls,
      bodyLine: h.after,
      textStart: ls[h.textFirst ?? h.first]!.start,
    };
  });
}

/** Normalised offsets where documents start (for rules that hold to a document's end). */
export function findDocumentStarts(model: TextModel): number[] {
  const docs = findDocuments(model.original, model);
  const out: number[] = [];
  const src = model.srcStart;
  for (const d of docs) out.push(lastAtOrBeforeIn(src, d.textStart - 1) + 1);
  return out;
}

export const boundaryPatterns: readonly RegExp[] = [TITLE_END_APPOINT, ...headingPatterns, ...tocPatterns];

/**
 * Issues and the documents they hold (title, own number), simplified and traditional, and texts
 * with none; tests/unit/documents.test.ts runs the engine over each.
 */
export const segmentationExamples: { positive: Array<{ text: string; documents: Array<{ title: string | null; docnum: string | null }> }>; negative: string[] } = {
  positive: [
    {
      text: '威海市人民政府关于严禁在林区野外用火的通告\n威政发〔2022〕19号\n为有效预防森林火灾，现将有关事项通告如下：\n一、……\n威海市人民政府\n2022年10月30日\n威文政办字〔2019〕25 号\n威海市文登区人民政府办公室\n关于印发《实施方案》的通知\n各街道办事处，区政府有关部门、单\n位：\n现印发给你们。\n威海市文登区人民政府办公室\n2019年12月9日',
      documents: [
        { title: '威海市人民政府关于严禁在林区野外用火的通告', docnum: '威政发〔2022〕19号' },
        { title: '威海市文登区人民政府办公室关于印发《实施方案》的通知', docnum: '威文政办字〔2019〕25号' },
      ],
    },
    {
      text: '泉州市人民政府令\n第 15 號\n《泉州市停車場管理辦法》已經市人民政府常務會議審議通過，現予公布，自2024年5月1日起施行。\n市長　某某\n2024年3月20日\n泉州市停車場管理辦法\n第一條　為了加強停車場管理，制定本辦法。\n泉 州 市 人 民 政 府 關 於 印 發\n泉 州 市 實 施 方 案 的 通 知\n泉政文〔2024〕21號\n各縣（市、區）人民政府，市直各單位：\n現將方案印發給你們。',
      documents: [
        { title: '泉州市停車場管理辦法', docnum: '泉州市人民政府令第15号' },
        { title: '泉州市人民政府關於印發泉州市實施方案的通知', docnum: '泉政文〔2024〕21号' },
      ],
    },
    {
      text: '烟台市财政局\n烟台市医疗保障局\n关于做好医疗保险工作的通知\n烟财社〔2024〕12号\n各区市财政局、医疗保障局：\n现就有关事项通知如下。\n烟台市财政局　烟台市医疗保障局\n2023年12月25日\n烟台市人民政府任免的工作人员名单\n烟政任〔2024〕4号\n经研究决定：\n任命张某某为烟台市财政局局长。\n烟政任〔2024〕5号\n现将名单通知如下：',
      documents: [
        { title: '烟台市财政局烟台市医疗保障局关于做好医疗保险工作的通知', docnum: '烟财社〔2024〕12号' },
        { title: '烟台市人民政府任免的工作人员名单', docnum: '烟政任〔2024〕4号' },
        { title: null, docnum: '烟政任〔2024〕5号' },
      ],
    },
    {
      text: '发文机关：威海市人民政府　成文日期：2022年10月30日\n标　　题：威海市人民政府关于严禁在林区野外用火的通告\n发文字号：威政发〔2022〕19号　发布日期：2022年11月01日\n威海市人民政府关于严禁在林区野外用火的通告\n来源：威海市人民政府网站【字体：大 中 小】打印\n威政发〔2022〕19号\n为有效预防和遏制森林火灾发生，现将有关事项通告如下：\n一、禁火时间：每年11月1日至次年5月31日。\n威海市人民政府\n2022年10月30日',
      documents: [{ title: '威海市人民政府关于严禁在林区野外用火的通告', docnum: '威政发〔2022〕19号' }],
    },
  ],
  negative: [
    '目录\n威海市人民政府关于严禁在林区野外用火的通告\n威政发〔2022〕19号………………（1）\n威海市人民政府办公室关于成立协调机制的通知\n威政办字〔2022〕27号………………（5）\n',
    '补缴欠缴的社\n国发〔2019〕28 号\n会保险费。\n',
    '附件\n威海市环翠区耕地保护责任目标考核办法\n第一章 总则\n第一条 为贯彻落实……制定本办法。',
  ],
};
