/**
 * docnum: document numbers (发文字号), own or cited — EXTRACTION_SPEC.md §1.
 *   威环政字〔2020〕10号, 国办发〔2022〕37 号, 鲁政办字[2020]85号, 威环政任〔2020〕⏎2号
 *   decrees: 济南市人民政府令第266号, 国务院令471号, 财政部12号令, 临沂市人民政府令⏎（第26号）, and with the
 *   year inside: 交通运输部令2019年第40号 (span: the number part only; the year stays in the canonical form)
 * The issuer abbreviation is read backwards from the bracket and cut at the end of whatever
 * came before it on the page (a title ending in 通知, a 《…》, 根据, a line of a heading).
 */
import type { DocnumAnnotation } from '../schema.ts';
import type { TextModel } from '../text/model.ts';
import { srcEndAt, toOriginal } from '../text/model.ts';
import { foldString } from '../text/variants.ts';
import { isDigit, isHan } from './cjk.ts';
import type { Extractor, ExtractorExamples, Found } from './types.ts';

const NUMBERED = /[〔[【(](\d{4})[〕\]】)](\d{1,6})号/g;
const DECREE_AFTER = /令\(?(第?)(\d{1,6})号/g;
const DECREE_YEAR = /令\(?(\d{4})年第(\d{1,6})号/g;
/** 财政部12号令, 第12号令: the digits lead (a literal-led scan); a 第 before them is read by hand. */
const DECREE_BEFORE = /(?<!\d)(\d{1,6})号令/g;
/** The last character of a body that issues decrees: 国务院令, 人民政府令, 财政部令, 主席令. */
const DECREE_ISSUER_END = new Set('院府部委局席署行会办厅');

const MAX_ISSUER = 12;
/** Words that end what precedes an issuer abbreviation; the issuer starts after the last one. */
const BEFORE_ISSUER = [
  '的', '通知', '意见', '决定', '办法', '方案', '规定', '细则', '公告', '通告', '批复', '文件',
  '印发', '转发', '根据', '按照', '依据', '依照', '贯彻', '落实', '关于', '和', '与', '及', '见',
  '要求', '精神', '规划', '计划', '纲要', '条例', '目录', '清单', '报告', '制度', '号', '即', '是',
  '前', '底',
];

/** True when nothing but spaces follows original offset `at` up to the end of its line. */
function endsLine(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u3000') return false;
  }
  return true;
}

/**
 * Start (normalised offset) of the issuer abbreviation that ends right before `end`;
 * `lineAlone` says the number ends its line (a page header or the number under a title),
 * so a line break inside the candidate is where the issuer starts.
 */
function issuerStart(model: TextModel, end: number, lineAlone = false): number {
  const { norm, softBreakBefore } = model;
  let k = end;
  while (k > 0 && end - k < MAX_ISSUER && isHan(norm.charCodeAt(k - 1))) k--;
  if (k === end) return end;
  let cand = norm.slice(k, end);
  // Cut after the last word that ends the preceding phrase.
  let cut = 0;
  for (const w of BEFORE_ISSUER) {
    const at = cand.lastIndexOf(w);
    if (at >= 0 && at + w.length < cand.length && at + w.length > cut) cut = at + w.length;
  }
  k += cut;
  cand = cand.slice(cut);
  // The 日 of a date right before the issuer: 2021年6月1日山东省人民政府令 (but 日照市 stays).
  if (k < end && '年月日'.includes(norm[k]!) && k > 0 && isDigit(norm.charCodeAt(k - 1))) k++;
  // A line break after five or more characters is the end of a heading or title line; so is
  // one after the tail of a line that began with digits (a running header's 2026年第11期).
  const afterDigits = k > 0 && isDigit(norm.charCodeAt(k - 1));
  for (let p = end - 1; p > k; p--) {
    // A line break, or a lone space (not letter spacing: 临 沂 市 人 民 政 府 令).
    const brk = softBreakBefore[p] === 2 || (softBreakBefore[p] === 1 && !softBreakBefore[p - 1] && !softBreakBefore[p + 1]);
    if (brk && (lineAlone || afterDigits || p - k >= 5)) {
      k = p;
      break;
    }
  }
  return k;
}

function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

function annotation(
  model: TextModel,
  from: number,
  to: number,
  issuer: string,
  year: number | null,
  serial: number,
  form: 'document' | 'decree' = year === null ? 'decree' : 'document',
): DocnumAnnotation {
  const { start, end } = toOriginal(model, from, to);
  // One identity across scripts: 國辦發〔2020〕5號 and 国办发〔2020〕5号 are the same document.
  const key = foldString(issuer);
  const canonical = form === 'document' ? `${key}〔${year}〕${serial}号` : year === null ? `${key}第${serial}号` : `${key}${year}年第${serial}号`;
  return {
    kind: 'docnum', start, end, text: model.original.slice(start, end),
    issuer, year, serial, canonical, form,
  };
}

const sticky = (re: RegExp): RegExp => new RegExp(re.source, 'y');
const NUMBERED_AT = sticky(NUMBERED);
const DECREE_AFTER_AT = sticky(DECREE_AFTER);
const DECREE_YEAR_AT = sticky(DECREE_YEAR);
const DECREE_BEFORE_AT = sticky(DECREE_BEFORE);

function at(re: RegExp, norm: string, i: number): RegExpExecArray | null {
  if (i < 0) return null;
  re.lastIndex = i;
  return re.exec(norm);
}

const isDigitAt = (s: string, i: number): boolean => i >= 0 && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x39;

/**
 * Every form ends in 号: the text is scanned for 号 (indexOf), and the pattern each form is
 * written with is tried, sticky, where that form would start — not four passes over the text.
 */
function extract(model: TextModel): Found[] {
  const { norm } = model;
  const found: Found[] = [];
  for (let h = norm.indexOf('号'); h >= 0; h = norm.indexOf('号', h + 1)) {
    let k = h;
    while (isDigitAt(norm, k - 1)) k--;
    if (k === h || h - k > 6) continue;
    const before = norm[k - 1];
    if (norm[h + 1] === '令') {
      const m = at(DECREE_BEFORE_AT, norm, k);
      if (m) decreeBefore(model, m, found);
    }
    if (before === '〕' || before === ']' || before === '】' || before === ')') {
      const m = at(NUMBERED_AT, norm, k - 6);
      if (m) numbered(model, m, found);
    } else if (before === '第') {
      const p = k - 1;
      if (norm[p - 1] === '年' && isDigitAt(norm, p - 2)) {
        const y = p - 5; // 令2019年第40号 / 令(2019年第40号
        const m = at(DECREE_YEAR_AT, norm, norm[y - 1] === '(' ? y - 2 : y - 1);
        if (m) decreeYear(model, m, found);
      } else {
        const m = at(DECREE_AFTER_AT, norm, norm[p - 1] === '(' ? p - 2 : p - 1);
        if (m) decreeAfter(model, m, found);
      }
    } else if (before === '令' || (before === '(' && norm[k - 2] === '令')) {
      const m = at(DECREE_AFTER_AT, norm, before === '令' ? k - 1 : k - 2);
      if (m) decreeAfter(model, m, found);
    }
  }
  return found;
}

/** 威环政字〔2020〕10号: the issuer read back from the bracket. */
function numbered(model: TextModel, m: RegExpExecArray, found: Found[]): void {
  const year = Number(m[1]);
  if (year < 1949 || year > 2200) return;
  const at = m.index;
  const to = at + m[0].length;
  const from = issuerStart(model, at, endsLine(model.original, srcEndAt(model, to - 1)));
  if (from === at) return; // no issuer abbreviation: 〔2020〕10号 alone is not a number
  const issuer = compact(model.original.slice(model.srcStart[from]!, srcEndAt(model, at - 1)));
  found.push(annotation(model, from, to, issuer, year, Number(m[2])));
}

/** 国务院令第588号, 临沂市人民政府令（第26号）: the number part after the series. */
function decreeAfter(model: TextModel, m: RegExpExecArray, found: Found[]): void {
  const { norm } = model;
  const at = m.index; // the 令
  if (!DECREE_ISSUER_END.has(norm[at - 1] ?? '')) return;
  const from = issuerStart(model, at);
  if (at - from < 2) return;
  const series = compact(model.original.slice(model.srcStart[from]!, srcEndAt(model, at)));
  const numberAt = at + 1 + (norm[at + 1] === '(' ? 1 : 0);
  found.push(annotation(model, numberAt, at + m[0].length, series, null, Number(m[2])));
}

/** 交通运输部令2019年第40号: the number part keeps its year. */
function decreeYear(model: TextModel, m: RegExpExecArray, found: Found[]): void {
  const { norm } = model;
  const at = m.index;
  if (!DECREE_ISSUER_END.has(norm[at - 1] ?? '')) return;
  const from = issuerStart(model, at);
  if (at - from < 2) return;
  const series = compact(model.original.slice(model.srcStart[from]!, srcEndAt(model, at)));
  const numberAt = at + 1 + (norm[at + 1] === '(' ? 1 : 0);
  found.push(annotation(model, numberAt, at + m[0].length, series, Number(m[1]), Number(m[2]), 'decree'));
}

/** 财政部12号令: the number before 令. */
function decreeBefore(model: TextModel, m: RegExpExecArray, found: Found[]): void {
  const { norm } = model;
  const at = norm[m.index - 1] === '第' ? m.index - 1 : m.index;
  if (!DECREE_ISSUER_END.has(norm[at - 1] ?? '')) return;
  const from = issuerStart(model, at);
  if (at - from < 2) return;
  const series = compact(model.original.slice(model.srcStart[from]!, srcEndAt(model, at - 1))) + '令';
  found.push(annotation(model, at, m.index + m[0].length - 1, series, null, Number(m[1])));
}

export const docnum: Extractor = {
  id: 'docnum',
  kind: 'docnum',
  extract,
  patterns: [NUMBERED, DECREE_AFTER, DECREE_YEAR, DECREE_BEFORE],
};

/** What this extractor must find, and where it must find nothing (tests/unit/extractors.test.ts runs them; lib/extract/examples.ts lists them). */
export const docnumExamples: ExtractorExamples = {
  positive: [
    { text: '根据《通知》（威环政字〔2020〕10号）要求', expect: [{ text: '威环政字〔2020〕10号', issuer: '威环政字', year: 2020, serial: 10, canonical: '威环政字〔2020〕10号' }] },
    { text: '关于印发分工方案的通知\n\n国办发〔2022〕37 号.....1', expect: [{ text: '国办发〔2022〕37 号', issuer: '国办发', canonical: '国办发〔2022〕37号' }] },
    { text: '鲁政办字[2020]85号、鲁政办字［2019］86号', expect: [{ text: '鲁政办字[2020]85号', serial: 85 }, { text: '鲁政办字［2019］86号', year: 2019 }] },
    { text: '威环政任〔2020〕\n\n2号', expect: [{ text: '威环政任〔2020〕\n\n2号', canonical: '威环政任〔2020〕2号' }] },
    { text: '补缴欠缴的社\n\n国发〔2019〕28 号\n 会保险费', expect: [{ text: '国发〔2019〕28 号', issuer: '国发' }] },
    { text: '（国\n\n发〔2019〕28 号）', expect: [{ text: '国\n\n发〔2019〕28 号', issuer: '国发' }] },
    { text: '《济南市人民政府令第266号》', expect: [{ text: '第266号', issuer: '济南市人民政府令', year: null, serial: 266, canonical: '济南市人民政府令第266号' }] },
    { text: '依据国务院令471号和财政部12号令', expect: [{ text: '471号', issuer: '国务院令' }, { text: '12号', issuer: '财政部令' }] },
    { text: '临 沂 市 人 民 政 府 令\n\n第 25 号', expect: [{ text: '第 25 号', issuer: '临沂市人民政府令', canonical: '临沂市人民政府令第25号' }] },
    { text: '临沂市人民政府令\n（第26号）', expect: [{ text: '第26号', issuer: '临沂市人民政府令', serial: 26 }] },
    { text: '《道路运输车辆技术管理规定》（交通运输部令2023年第3号）', expect: [{ text: '2023年第3号', issuer: '交通运输部令', year: 2023, serial: 3, canonical: '交通运输部令2023年第3号', form: 'decree' }] },
    { text: '依據《暫行辦法》（交通運輸部令2019年第40號）', expect: [{ text: '2019年第40號', issuer: '交通運輸部令', year: 2019, canonical: '交通运输部令2019年第40号' }] },
    { text: '（2021年6月1日山东省人民政府令第340号公布）', expect: [{ text: '第340号', issuer: '山东省人民政府令' }] },
    { text: '2021年6月1日日照市人民政府令第5号公布', expect: [{ text: '第5号', issuer: '日照市人民政府令' }] },
    { text: '洛阳市人民政府公报　2026年第11期\n\n洛阳市人民政府令\n\n第 231 号', expect: [{ text: '第 231 号', issuer: '洛阳市人民政府令', canonical: '洛阳市人民政府令第231号' }] },
    { text: '國務院令 第 30 號', expect: [{ text: '第 30 號', issuer: '國務院令', serial: 30, canonical: '国务院令第30号' }] },
    { text: '2024年6月底前\n\n威政发〔2022〕19号文件要求', expect: [{ text: '威政发〔2022〕19号', issuer: '威政发' }] },
    { text: '依據國辦發〔2022〕37號辦理', expect: [{ text: '國辦發〔2022〕37號', issuer: '國辦發', year: 2022, serial: 37, canonical: '国办发〔2022〕37号' }] },
    { text: '２０２０年第３期 威政发【２０２２】１９号', expect: [{ text: '威政发【２０２２】１９号', year: 2022, serial: 19 }] },
  ],
  negative: [
    '登记编号：XXCR—2021—0010003',
    '按照GB/T 9704—2012执行',
    '依照本办法第十三条规定',
    '〔2020〕10号',
    '2020年第3期（总第39期）',
    '下达命令第3号',
    '財政部稅務總局公告2019年第61號',
    '下达命令2021年第3号文件',
  ],
};
