/**
 * A document's own validity clause: the effective and expiry limits whose subject is the
 * document itself or the rules it issues, never a task, a measure, a phase, a licence, a term
 * of appointment, a transfer of duties or a cited document.
 *   本办法自2020年11月1日起施行，有效期至2025年10月31日。        own (both)
 *   第十二條(空格)本辦法自2024年5月1日起施行，有效期5年。             own (traditional)
 *   《…办法》已经…通过，现予公布，自2021年1月1日起施行。          own (a decree's promulgation)
 *   …的政策，实施期限延长至2021年4月30日。                      not own (a measure's extension)
 *   10月份起，所有划转事项要…承接并实施。                          not own (a transfer of duties)
 *   …补助资金调整标准自2025年1月1日起执行。                        not own (a measure)
 */
import type { DeadlineAnnotation } from '../schema.ts';
import { compactFold, isPageLine } from './heading-lines.ts';
import { ENDS_WITH_END } from './deadline.ts';

/** What a document calls itself (本办法, 本实施方案, 本通知, 本規定 …). */
const SELF = '本《?(?:[\\u4e00-\\u9fff]{0,6}(?:通知|办法|规定|意见|方案|分工|细则|决定|通告|公告|规则|制度|计划|规划|措施|政策|条例|准则|指引|目录|清单|标准|批复|要点|指南|章程|决议|纲要|通报|命令|令|规范|规程|机制|须知|守则)|文件)》?';
/** The sentence so far, before the limit: its subject is the document (after an article or item number). */
const OWN_SUBJECT = new RegExp(`^(?:第[一二三四五六七八九十百零〇\\d]{1,6}条|[一二三四五六七八九十]{1,3}、|\\(\\S{1,3}\\)|\\d{1,2}[.、])?${SELF}(?:及其附件|和附件)?(?:自[^,;。]{2,40}(?:施行|执行|实施|生效),?|有效期[^,;。]{0,30},?)?$`);
/** A decree's promulgation: …现予公布，自…起施行. */
const PROMULGATED = /(?:现予|予以|现将其)(?:公布|发布|印发),?$|令第\d{1,6}号公布$/;

const ARTICLE_START = /^(?:第[一二三四五六七八九十百零〇\d]{1,6}[条條]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、])/;

export const validityPatterns: readonly RegExp[] = [OWN_SUBJECT, PROMULGATED, ARTICLE_START];

/** The compact folded sentence from its start to original offset `at` (back to 。；！？ or 120 characters). */
function sentenceBefore(text: string, at: number, floor: number): string {
  let i = at;
  const stop = Math.max(floor, at - 160);
  while (i > stop) {
    const c = text.charCodeAt(i - 1);
    // 。 ； ; ！ ？ and a line that is an article heading's end are sentence ends.
    if (c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff01 || c === 0xff1f) break;
    // A line that starts an article or an item starts a sentence: 第十九条 本办法…
    if (c === 0x0a && ARTICLE_START.test(text.slice(i, i + 12).trimStart())) break;
    // A line after a table row (tab-separated cells) starts a paragraph.
    if (c === 0x0a && prevLineHasTab(text, i - 1)) break;
    // So does a line after one that closes a task's attribution: …（市财政局负责）⏎本通知…
    if (c === 0x0a && lineEndsWithBracket(text, i - 1)) break;
    // And a line after the addressee (…人民政府：⏎本通告自…起施行), a page's running header or
    // number (…－ 6 －⏎…公报 2022年第5期⏎本通知…), or a section's heading (七、其他事项⏎本通知…).
    if (c === 0x0a) {
      const prev = lineBefore(text, i - 1);
      if (isPageLine(prev) || isSectionHeading(prev) || /[:：]\s*$/.test(prev)) break;
    }
    i--;
  }
  return compactFold(text, i, at);
}

/** A short heading line of an item: 七、其他事项, （三）保障措施, 第五章 附则 (no sentence punctuation). */
function isSectionHeading(line: string): boolean {
  const t = compactFold(line);
  return t.length > 0 && t.length <= 20 && (ARTICLE_START.test(t) || /^第[一二三四五六七八九十百\d]{1,4}章/.test(t)) && !/[。;,:]/.test(t);
}

/** The text of the line that ends at `end` (exclusive; 80 characters at most). */
function lineBefore(text: string, end: number): string {
  const from = text.lastIndexOf('\n', end - 1);
  return text.slice(Math.max(from + 1, end - 80), end);
}

/** The last visible character before `end` (over spaces and blank lines) is a closing bracket. */
function lineEndsWithBracket(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0 && end - i < 40; i--) {
    const c = text[i]!;
    if (c === '）' || c === ')') return true;
    if (!/\s/.test(c)) return false;
  }
  return false;
}

/** The line ending at `end` (exclusive) holds a tab; looks back 400 characters at most. */
function prevLineHasTab(text: string, end: number): boolean {
  for (let i = end - 1; i >= 0 && end - i < 400; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return false;
    if (c === 0x09) return true;
  }
  return false;
}

/**
 * The answers already given, by annotation: the facts ask again for each deadline after the
 * relative dates are resolved, and resolving adds fields but never changes text, type or date.
 */
const answered = new WeakMap<DeadlineAnnotation, { text: string; docStart: number; own: boolean }>();

/** True when the limit is the document's own (its subject is the document or its rules). */
export function isOwnValidity(text: string, d: DeadlineAnnotation, docStart: number): boolean {
  if (d.type !== 'effective' && d.type !== 'expiry') return false;
  const known = answered.get(d);
  if (known && known.text === text && known.docStart === docStart) return known.own;
  const own = ownValidityOf(text, d, docStart);
  answered.set(d, { text, docStart, own });
  return own;
}

function ownValidityOf(text: string, d: DeadlineAnnotation, docStart: number): boolean {
  if (d.type !== 'effective' && d.type !== 'expiry') return false;
  const t = compactFold(d.text);
  // 同时废止 / 自…之日起废止 without a date repeal an older document: not this one's expiry.
  if (ENDS_WITH_END.test(t) && !d.date) return false;
  if (/^任期/.test(t)) return false;
  const before = sentenceBefore(text, d.start, docStart);
  return OWN_SUBJECT.test(before) || PROMULGATED.test(before);
}

/** Both ends of 有效期自A至B / 有效期为A至B: the start A (ISO at the precision written), or null. */
export function windowStart(d: DeadlineAnnotation): string | null {
  const t = compactFold(d.text);
  const m = /有效期(?:限)?(?:均)?(?:为|是)?(?:自|从)?(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:起)?(?:至|到|—|-)/.exec(t);
  if (!m) return null;
  const p = (n: string | undefined): string | undefined => (n === undefined ? undefined : n.padStart(2, '0'));
  return [m[1], p(m[2]), p(m[3])].filter(Boolean).join('-');
}

/** Sentences whose limit is (own) or is not (notOwn) the document's validity; simplified and traditional. */
export const validityExamples = {
  own: [
    '本办法自2020年11月1日起施行，有效期至2025年10月31日。',
    '第十二條　本辦法自2024年5月1日起施行，有效期5年。',
    '《临沂市城市绿化管理办法》已经市政府常务会议审议通过，现予公布，自2023年3月1日起施行。',
    '四、本通告自2023年3月1日起施行，有效期至2028年2月29日。',
    '本通知有效期自2024年1月1日至2024年12月31日。',
    '（市防指办负责）\n\n本任务分工自印发之日起施行，有效期至2025年12月31日。',
    '各县（市、区）人民政府：\n本通告自2026年2月1日起施行，有效期至2027年1月31日。',
    '学校应当建立健全学生资助工作档案。\n\n七、其他事项\n\n本通知自2027年1月1日起施行，有效期自2027年1月1日至2029年12月31日。',
    '应当在通报后10个工作日内书面说明情况。\n\n－ 6 －\n\n遵义市人民政府公报　2022年第5期\n\n本通知自印发之日起施行，有效期至2023年6月30日。',
    '（各县（市、区）人民政府负责，市城市管理局配合）\n\n本通知自印发之日起施行，有效期2年。',
  ],
  notOwn: [
    '阶段性降低失业保险费率的政策，实施期限延长至2021年4月30日。',
    '2020年9月底前，完成调整工作；10月份起，所有划转事项要按照要求由区行政审批服务局承接并实施。',
    '與考核結果掛鉤的補助資金調整標準自2025年1月1日起執行。',
    '烟花爆竹经营许可证有效期为3年。',
    '刘某某为副局长，任期三年，自2024年4月至2027年3月。',
    '《成都市社區衛生服務機構績效考核暫行辦法》自本辦法施行之日起廢止。',
  ],
};
