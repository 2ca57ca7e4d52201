/**
 * What a line of a gazette issue is, for finding where its documents start. Every test runs
 * on the line's compact form: spaces removed (letter-spaced titles 青 岛 市 … join up) and
 * folded (traditional → simplified, full-width → ASCII: 關於 = 关于, 號 = 号, （ = ( ), so one
 * rule reads both scripts and both bracket widths.
 */
import type { TextModel } from '../text/model.ts';
import { FOLD as FOLD_TABLE } from '../text/variants.ts';

/** Held locally: read per character (see normalise.ts). */
const FOLD: Uint16Array = FOLD_TABLE;

export interface Line {
  /** Original offsets of the line's text without surrounding spaces. */
  start: number;
  end: number;
  text: string;
  /** Compact, folded form (see above). */
  c: string;
  /** Offset of `c` in the text model's normalised text (-1 when the line was not read from a model). */
  n: number;
  /** Whether the line holds a dot leader, once asked (see leaderIn). */
  leader?: boolean;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x0b || c === 0x0c;
}

const buf = new Uint16Array(512);

/** The compact folded form of text[a, b): whitespace dropped, characters folded. */
export function compactFold(text: string, a = 0, b = text.length): string {
  let out = '';
  let k = 0;
  for (let i = a; i < b; i++) {
    const ch = text.charCodeAt(i);
    if (ch <= 0x20 || ch === 0x3000 || ch === 0xa0 || ch === 0xfeff || (ch >= 0x2000 && ch <= 0x200b)) continue;
    buf[k++] = FOLD[ch]!;
    if (k === buf.length) {
      out += String.fromCharCode.apply(null, buf as unknown as number[]);
      k = 0;
    }
  }
  if (k) out += String.fromCharCode.apply(null, buf.subarray(0, k) as unknown as number[]);
  return out;
}

/** Non-empty lines with their original offsets and compact folded forms. */
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
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b), c: compactFold(text, a, b), n: -1 });
    i = j + 1;
  }
  return out;
}

/** A line read off a text model: its text is sliced from the original only when asked for. */
class ModelLine implements Line {
  leader: boolean | undefined = undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly c: string,
    readonly n: number,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

/**
 * The same lines read off a text model: each line's compact form is its slice of the model's
 * normalised text (folded, spaces dropped, Chinese numerals before a count word in Arabic, a
 * tab as a line break), so no line is folded twice.
 */
export function linesOf(model: TextModel): Line[] {
  const { original: text, norm, srcStart, lineBreaks } = model;
  const out: Line[] = [];
  const breaks = lineBreaks.length >> 1;
  // Line L runs from after break L-1 to break L, in the original and in the normalised text: the
  // model recorded both offsets of every break as it was built.
  for (let L = 0; L <= breaks; L++) {
    let a = L === 0 ? 0 : lineBreaks[2 * L - 2]! + 1;
    let b = L < breaks ? lineBreaks[2 * L]! : text.length;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b <= a) continue;
    // Tabs at either end (hard breaks in the model) are left out with the spaces.
    let p = L === 0 ? 0 : lineBreaks[2 * L - 1]!;
    let q = L < breaks ? lineBreaks[2 * L + 1]! : norm.length;
    while (p < q && srcStart[p]! < a) p++;
    while (q > p && srcStart[q - 1]! >= b) q--;
    out.push(new ModelLine(text, a, b, norm.slice(p, q), p));
  }
  return out;
}

/** A gazette's running header (襄阳市人民政府公报, 汕头市人民政府公报2022年第6期) or a page number (— 3 —, · 4 ·, －12－). */
const PAGE_LINE = /^(?:[^,。;:]{2,30}公报(?:\d{4}年第\d{1,3}期(?:\(总第\d{1,5}期\))?)?|\d{4}年第\d{1,3}期|[-—–·•]{1,2}\d{1,4}[-—–·•]{1,2}|\d{1,4})$/;

/** An own number alone on its line: 威环政字〔2020〕10号, 國辦發［2020］5號, (鲁政发〔2020〕5号). */
export const OWN_NUMBER = /^\(?[\u4e00-\u9fff]{1,14}[〔[【(]\d{4}[〕\]】)]\d{1,6}号\)?$/;
/** A decree's series: 青岛市人民政府令, 中华人民共和国国务院令, 财政部令 (the body before 令 ends as a body does). */
export const DECREE_SERIES = /^[\u4e00-\u9fff]{1,24}(?:政府|院|部|委员会|委|局|署|行|厅|办|会)令$/;
/** A decree's number on its own line: 第278号, (第12号), 2021年第12号. */
export const DECREE_NUMBER = /^\(?(?:\d{4}年)?第?\d{1,6}号\)?$/;
/** Series and number on one line: 青岛市人民政府令第278号, 交通运输部令2021年第12号. */
export const DECREE_LINE = /^[\u4e00-\u9fff]{1,24}(?:政府|院|部|委员会|委|局|署|行|厅|办|会)令\(?(?:\d{4}年)?第?\d{1,6}号\)?$/;
/** Registration codes of normative documents: XXCR—2020—0010006, SDPR-2021-0010003, 登记编号:… */
export const REG_CODE = /^\(?(?:登记编号|登记号|备案号|编号)?:?[A-Z]{2,8}[—-]\d{4}[—-]\d{4,10}\)?$/;
/** A line that is only a date: 2022年10月15日, 二〇二〇年八月十日 (folded ○ = 〇). */
export const DATE_LINE = /^\(?(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日\)?$/;
/** How titles end (folded: 決定, 辦法, 規定, 意見 are here too). */
const TITLE_WORDS = ['名单', '任免', '通知', '意见', '决定', '办法', '方案', '规定', '细则', '公告', '通告', '批复', '批覆', '复函', '函', '报告', '决议', '纲要', '规划', '计划', '通报', '条例', '规则', '规程', '措施', '指引', '指南', '要点', '清单', '目录', '命令', '答复', '章程'];
export const TITLE_END = new RegExp(`(?:${TITLE_WORDS.join('|')})(?:\\((?:试行|暂行|修订|修正|草案)\\))?$`);
/** How the title of a document (not of a rule it issues) ends: a line ending so is a title of its own. */
export const DOCUMENT_END = /(?:通知|意见|决定|通告|公告|批复|批覆|复函|函|报告|名单|任免|通报|决议)$/;
export const DOT_LEADER = /\.{4,}|…{2,}|·{4,}|-{6,}|_{4,}/;
/** Words that start a title's verb after the issuer: 关于, or a title without it (…转发…, …任免…). */
export const ABOUT = /关于|转发|批转|印发|任免|公布/;

/** The last characters of a string (suffix patterns are tested on these, not scanned over a whole line). */
export function tail(c: string, n = 12): string {
  return c.length > n ? c.slice(c.length - n) : c;
}

/**
 * The last characters of the title words (and the ) of （试行）): a line ending otherwise is no
 * title's end. From the word list, not from TITLE_END.source (a bundler may write the pattern's
 * characters as \\u escapes).
 */
const TITLE_LAST = new Uint8Array(0x10000);
for (const w of [...TITLE_WORDS, ')']) TITLE_LAST[w.charCodeAt(w.length - 1)] = 1;

/**
 * A line ends as a title ends (only its tail is tested, and only when its last character can end
 * one). Characters are read as codes: indexing a string for a Han character makes a new string.
 */
export function endsAsTitle(c: string): boolean {
  return c.length > 0 && TITLE_LAST[c.charCodeAt(c.length - 1)] === 1 && TITLE_END.test(tail(c));
}

/** A table-of-contents dot leader in the line (a quick indexOf before the pattern). */
export function hasDotLeader(text: string): boolean {
  if (text.indexOf('..') < 0 && text.indexOf('…') < 0 && text.indexOf('·') < 0 && text.indexOf('--') < 0 && text.indexOf('__') < 0) return false;
  return DOT_LEADER.test(text);
}

/** A dot leader in the line's text, found once per line (the heading rules ask of a line many times). */
export function leaderIn(l: Line): boolean {
  return (l.leader ??= hasDotLeader(l.text));
}


export const titleWords: readonly string[] = TITLE_WORDS;

export const headingPatterns: readonly RegExp[] = [PAGE_LINE, OWN_NUMBER, DECREE_SERIES, DECREE_NUMBER, DECREE_LINE, REG_CODE, DATE_LINE, TITLE_END, DOCUMENT_END, DOT_LEADER, ABOUT];

/** Suffixes that end the name of an issuing body or an addressee. */
const BODY_END = /(?:政府|办公室|办公厅|委员会|委|局|厅|部|院|署|办|中心|会|社|行|公司|集团|队|所|站|处|室|馆|团|联|海关|党委|总队|支队|大队)$/;
const ADDRESSEE_END = /(?:政府|办公室|办公厅|委员会|管委会|管委|委|局|厅|部|院|署|办|中心|会|社|行|公司|集团|队|所|站|处|室|馆|团|联|海关|党委|单位|部门|机构|部委|企业|院校|学校|高校|街道|办事处|镇|乡|区|市|县|省|各地|组织|军区)$/;
/** Labels that end in 单位/部门 but head a list, not an addressee. */
const LABEL_ITEM = /^(?:成员|责任|牵头|配合|主办|承办|协办|参加|参与|实施|联系|申报|发文|抄送|报送|主送|印发|主责|组长|牵头负责)(?:单位|部门)?$/;

/** Removes bracketed parts (县(市、区), 市各委办局(公司)) before a list is split. */
function unbracket(s: string): string {
  return s.replace(/\([^()]{0,16}\)|〔[^〔〕]{0,16}〕/g, '');
}

/** A name of a body: 威海市人民政府办公室, 成都市衛生健康委員會 (folded). */
export function isBodyName(c: string): boolean {
  return c.length >= 2 && c.length <= 40 && !/[,。;:()《》“”"]/.test(c) && BODY_END.test(tail(c)) && !/^(?:\d|第|附件)/.test(c);
}

/**
 * An addressee (主送机关) ending in a colon: 各区市人民政府，市政府各部门、单位： or 区直有关部门、
 * 驻文有关单位：; every item of the list names bodies. `c` is the text up to and including the colon.
 */
export function isAddressee(c: string): boolean {
  if (c.length < 4 || c.length > 200 || !c.endsWith(':')) return false;
  // The last item must end as a body's name; unless it ends with a bracket, removing the brackets
  // leaves its end as it is, so most lines with a colon are turned away here.
  const last = c.charCodeAt(c.length - 2);
  if (last !== 0x29 /* ) */ && last !== 0x3015 /* 〕 */ && !ADDRESSEE_END.test(tail(c.slice(0, -1)))) return false;
  const body = unbracket(c.slice(0, -1));
  if (/[。:]|如下|下列|以下|通知|决定|意见|公告|通告|事项|要求|内容/.test(body)) return false;
  const items = body.split(/[,、;]/);
  for (const item of items) {
    if (!item || item.length > 40 || LABEL_ITEM.test(item) || !ADDRESSEE_END.test(tail(item))) return false;
  }
  return items.length > 1 || body.startsWith('各') || body.length >= 5;
}

/** The line ends a sentence or a clause: 。；：！？ or a closing quote or bracket after one. */
export function endsSentence(c: string): boolean {
  return /[。;:!?！？][”’」)]?$|[”」]$/.test(c);
}

/** A line a title can be made of: no sentence punctuation, not a date, a number, a list item or a dot leader. */
export function isTitlePart(l: Line): boolean {
  const c = l.c;
  return c.length >= 1 && c.length <= 150 && !/[。;:\n]/.test(c) && !leaderIn(l) && !DATE_LINE.test(c) &&
    !OWN_NUMBER.test(c) && !REG_CODE.test(c) && !/^(?:[-•·]|[一二三四五六七八九十]+、|\(\S{1,3}\)|\d{1,3}[.、]|第\S{1,4}[章条节])/.test(c) &&
    !/\d日(?:印发|发布)$/.test(c) && !/,$/.test(c);
}

/** A complete title: ends as titles end, quotes balanced (…《X办法 is the first line of a wrapped one). */
export function isCompleteTitle(c: string): boolean {
  return endsAsTitle(c) && count(c, '《') <= count(c, '》') && count(c, '〈') <= count(c, '〉');
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i >= 0; i = s.indexOf(ch, i + 1)) n++;
  return n;
}


/** A printed page's running header or page number (the line's text as written). */
export function isPageLine(line: string): boolean {
  const c = compactFold(line);
  return c.length > 0 && c.length <= 60 && PAGE_LINE.test(c);
}

/**
 * A line that is not the document's own text: a web page's article header (来源：…  【字体：大 中 小】
 * 打印 发布时间：…) or a printed page's running header and page number.
 */
export function isFurniture(l: Line): boolean {
  if (l.c.length > 60 || /[。;]$/.test(l.c)) return false;
  return /来源|字体|打印|发布时间|发布日期|浏览|分享|阅读|索引号|主题分类|访问量|点击/.test(l.c) || PAGE_LINE.test(l.c);
}

/** The start of a paragraph: a list item, an article, or words that open a document's text. */
export function opensParagraph(c: string): boolean {
  return /^(?:[一二三四五六七八九十]+、|\(\S{1,3}\)|\d{1,3}[.、]|第\S{1,4}[章条]|为|根据|按照|依据|经|现|近年来|近期|当前|今年|各|《|\d{4}年)/.test(c);
}

/** Examples of each line test, simplified and traditional (tests/unit/documents.test.ts checks them). */
export const headingLineExamples: Record<string, { test: (c: string) => boolean; yes: string[]; no: string[] }> = {
  ownNumber: {
    test: (c) => OWN_NUMBER.test(compactFold(c)),
    yes: ['威环政字〔2020〕10号', '国发〔2019〕28 号', '國辦發［2020］5號', '（鲁政发〔2020〕5号）'],
    no: ['（威环政字〔2020〕10号）.....（1）', '2020年第3期（总第39期）', '第十三条', 'XXCR—2021—0010003'],
  },
  decreeSeries: {
    test: (c) => DECREE_SERIES.test(compactFold(c)),
    yes: ['青岛市人民政府令', '临 沂 市 人 民 政 府 令', '中华人民共和国国务院令', '泉州市人民政府令'],
    no: ['下达命令', '市长令', '青岛市人民政府'],
  },
  registrationCode: {
    test: (c) => REG_CODE.test(compactFold(c)),
    yes: ['LYCR—2023—0010002', 'SDPR-2021-0010003', '（登记编号：GDCR—2024—0010003）'],
    no: ['GB/T 9704—2012', '2024—2026年'],
  },
  addressee: {
    test: (c) => isAddressee(compactFold(c)),
    yes: ['各区市人民政府，市政府各部门、单位：', '区直有关部门、驻文有关单位：', '牟平区人民政府：', '各縣（市、區）人民政府，市直各單位：'],
    no: ['现将有关事项通告如下：', '成员单位：', '组长：', '經市政府研究決定：', '责任单位：'],
  },
  furniture: {
    test: (c) => isFurniture({ start: 0, end: c.length, text: c, c: compactFold(c), n: -1 }),
    yes: ['来源：市政府办公室', '【字体：大 中 小】 打印', '發布日期：2024-03-05', '索引号：11370000/2024-00123', '襄阳市人民政府公报', '汕頭市人民政府公報　2022年第6期', '— 3 —', '· 4 ·', '－ 12 －'],
    no: ['各区市人民政府：', '一、各地要加强组织领导，确保分享成果。', '关于印发政府公报管理办法的通知', '2022年第6号'],
  },
  completeTitle: {
    test: (c) => isCompleteTitle(compactFold(c)),
    yes: ['关于严禁在林区野外用火的通告', '泉州市人民政府關於印發方案的通知', '威海市环翠区人民政府任免的工作人员名单', '青岛市物业管理办法（试行）'],
    no: ['关于印发《威海市文登区城区物业管理奖补激励', '国务院办公厅关于建立政务服务“好差评”制度'],
  },
};
