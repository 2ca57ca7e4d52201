/**
 * The documents a document repeals or replaces, from its own words:
 *   《文登区城区老旧小区物业管理奖补意见》同时废止。                → { docnum: null, title: 文登区城区老旧小区物业管理奖补意见 }
 *   《…暫行辦法》（成衛發〔2019〕36號）自本辦法施行之日起廢止。   → { docnum: 成卫发〔2019〕36号, title: null }
 *   自本通知印发之日起，威政发〔2015〕3号、威政发〔2016〕8号停止执行。 → two numbers
 *   二、废止《临沂市户外广告设置管理办法》（临沂市人民政府令第11号）。    → the number (verb first)
 * One entry each: the canonical number (folded) where the text gives one, else the title without
 * 《》. A sentence that names nothing (与本办法不一致的，不再执行) records nothing.
 */
import type { DocnumAnnotation } from '../schema.ts';

export interface Repeal {
  docnum: string | null;
  title: string | null;
}

/** The verbs (a literal first character each, so the scan is quick); 同时/一并/予以 before them is read by hand. */
/** The verbs, as PDF text may break them over a line (同时废⏎⏎止); each starts with a literal, so the scan is quick. */
const VERB = /[废廢](?:止|\s{1,4}止)|停(?:止|\s{1,4}止)\s{0,4}[执執]\s{0,4}行|不(?:再|\s{1,4}再)\s{0,4}[执執]\s{0,4}行|同(?:[时時]|\s{1,4}[时時])\s{0,4}失\s{0,4}效/g;
const SENTENCE_END = /[。；;！？]/;

export const repealPatterns: readonly RegExp[] = [VERB, SENTENCE_END];

/** Blanks the anchors of a repeal (自本办法施行之日起), which name this document, not the repealed one. */
function blankAnchors(s: string): string {
  let out = s;
  for (let at = out.indexOf('之日起'); at >= 0; at = out.indexOf('之日起', at + 3)) {
    let k = at - 1;
    while (k >= 0 && at - k <= 30 && out[k] !== '自' && !'《》。；;'.includes(out[k]!)) k--;
    if (k < 0 || out[k] !== '自') continue;
    let end = at + 3;
    if (out[end] === '，' || out[end] === ',') end++;
    out = out.slice(0, k) + ' '.repeat(end - k) + out.slice(end);
  }
  return out;
}

/** Entries named in text[from, from + region.length): titles in 《》 (with the number after each), bare numbers. */
function named(from: number, region: string, docnums: readonly DocnumAnnotation[], add: (r: Repeal) => void): void {
  const to = from + region.length;
  const covered: Array<[number, number]> = [];
  let depth = 0;
  let open = -1;
  for (let i = 0; i < region.length; i++) {
    const ch = region[i]!;
    if (ch === '《') {
      if (depth === 0) open = i;
      depth++;
    } else if (ch === '》' && depth > 0) {
      depth--;
      if (depth > 0) continue;
      const title = region.slice(open + 1, i).replace(/\s+/g, '');
      covered.push([from + open, from + i + 1]);
      if (/^本/.test(title)) continue;
      // A number in brackets right after the title: （成衛發〔2019〕36號）, （临沂市人民政府令第3号）.
      const after = from + i + 1;
      const close = /^\s*[（(]/.test(region.slice(i + 1, i + 4)) ? region.slice(i + 1).search(/[）)]/) : -1;
      const limit = close >= 0 ? after + close : after + 3;
      const num = docnums.find((d) => d.start >= after && d.start <= limit && d.end <= to);
      if (num) {
        covered.push([num.start, num.end]);
        add({ docnum: num.canonical, title: null });
      } else add({ docnum: null, title });
    }
  }
  for (const d of docnums) {
    if (d.start < from || d.end > to) continue;
    if (covered.some(([a, b]) => d.start >= a && d.end <= b)) continue;
    if (region.slice(d.start - from, d.end - from).trim() === '') continue; // inside a blanked anchor
    add({ docnum: d.canonical, title: null });
  }
}

/** True when the offset lies inside a 《title》 opened earlier on its line. */
function insideTitle(text: string, at: number, floor: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= floor && at - i < 200; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '。') break;
    if (c === '》') depth--;
    else if (c === '《' && ++depth > 0) return true;
  }
  return false;
}

const LIST_HEAD = /(?:下列|以下|如下)[^。；;\n]{0,12}$/;
const ITEM = /^[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)/;

/**
 * Where a list of repealed items ends, when the verb closes a heading that announces one
 * (对下列3部规章予以废止, 废止以下文件：); null when it does not.
 */
function listAfter(text: string, start: number, verbAt: number, verbEnd: number, end: number): number | null {
  const head = text.slice(Math.max(start, verbAt - 30), verbAt);
  const lineStart = head.lastIndexOf('\n');
  const line = (lineStart >= 0 ? head.slice(lineStart + 1) : head) + text.slice(verbAt, verbEnd);
  if (!LIST_HEAD.test(line.slice(0, line.length - (verbEnd - verbAt)).replace(/\s+/g, '').replace(/(?:予以|一并|一並)$/, ''))) return null;
  const rest = /^[:：]?[ \t\u3000]*\n/.exec(text.slice(verbEnd, verbEnd + 4));
  if (!rest) return null;
  let at = verbEnd + rest[0].length;
  let last: number | null = null;
  while (at < end) {
    const nl = text.indexOf('\n', at);
    const lineEnd = nl < 0 ? end : Math.min(nl, end);
    const content = text.slice(at, lineEnd);
    if (content.trim() !== '') {
      if (!ITEM.test(content)) break;
      last = lineEnd;
    }
    at = lineEnd + 1;
  }
  return last;
}

/** Repeals named in text[start, end), with the docnum annotations found there (sorted by start). */
export function repealsIn(text: string, start: number, end: number, docnums: readonly DocnumAnnotation[]): Repeal[] {
  const out: Repeal[] = [];
  const seen = new Set<string>();
  const add = (r: Repeal): void => {
    const key = `${r.docnum}|${r.title}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  };
  const slice = text.slice(start, end);
  VERB.lastIndex = 0;
  for (let m = VERB.exec(slice); m; m = VERB.exec(slice)) {
    const verbAt = start + m.index;
    const verbEnd = verbAt + m[0].length;
    const joint = /(?:同时|同時|一并|一並)$/.test(text.slice(Math.max(start, verbAt - 8), verbAt).replace(/\s+/g, ''));
    if (insideTitle(text, verbAt, start)) continue; // 《…关于修改和废止…的决定》 names a document
    // 对下列3部规章予以废止 / 废止下列文件： then one item per line ((一)《…》（…令第72号）).
    const list = listAfter(text, start, verbAt, verbEnd, end);
    if (list) {
      named(verbEnd, text.slice(verbEnd, list), docnums, add);
      continue;
    }
    // 废止《…》（…）: what is repealed follows the verb, to the end of the sentence.
    if (/^\s*《/.test(text.slice(verbEnd, verbEnd + 3)) && !joint) {
      let to = verbEnd;
      while (to < end && !SENTENCE_END.test(text[to]!) && to - verbEnd < 300) to++;
      named(verbEnd, text.slice(verbEnd, to), docnums, add);
      continue;
    }
    // Else it stands before the verb, in the same sentence; the anchor (自本办法施行之日起) is blanked.
    let from = verbAt;
    while (from > start && !SENTENCE_END.test(text[from - 1]!) && verbAt - from < 300) from--;
    named(from, blankAnchors(text.slice(from, verbAt)), docnums, add);
  }
  return out;
}

/** Sentences and what they repeal, simplified and traditional; and sentences that repeal nothing by name. */
export const repealExamples: { positive: Array<{ text: string; repeals: Repeal[] }>; negative: string[] } = {
  positive: [
    { text: '本方案自2020年1月1日起施行。《文登区城区老旧小区物业管理奖补意见》同时废止。', repeals: [{ docnum: null, title: '文登区城区老旧小区物业管理奖补意见' }] },
    { text: '《成都市社區衛生服務機構績效考核暫行辦法》（成衛發〔2019〕36號）自本辦法施行之日起廢止。', repeals: [{ docnum: '成卫发〔2019〕36号', title: null }] },
    { text: '自本通知印发之日起，威政发〔2015〕3号、威政发〔2016〕8号停止执行。', repeals: [{ docnum: '威政发〔2015〕3号', title: null }, { docnum: '威政发〔2016〕8号', title: null }] },
    { text: '二、废止《临沂市户外广告设置管理办法》（临沂市人民政府令第11号）。', repeals: [{ docnum: '临沂市人民政府令第11号', title: null }] },
    { text: '《某市财政局关于资助工作的通知》（嘉财教〔2022〕36号）同时废\n\n止。', repeals: [{ docnum: '嘉财教〔2022〕36号', title: null }] },
    { text: '二、对下列2部规章予以废止\n\n（一）《某市殡葬管理办法》（某市人民政府令第98号）\n\n（二）《某市停车场管理办法》\n\n本决定自公布之日起施行。', repeals: [{ docnum: '某市人民政府令第98号', title: null }, { docnum: null, title: '某市停车场管理办法' }] },
    { text: '二、對下列規章予以廢止：\n1.《某市殯葬管理辦法》（某市人民政府令第98號）\n本決定自公布之日起施行。', repeals: [{ docnum: '某市人民政府令第98号', title: null }] },
  ],
  negative: [
    '以往规定与本意见不一致的，以本意见为准。',
    '此前有关规定与本办法不一致的，不再执行。',
    '《临沂市人民政府关于修改和废止部分市政府规章的决定》已经市政府常务会议审议通过。',
  ],
};
