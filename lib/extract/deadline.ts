/**
 * deadline: time limits and validity boundaries, with a type — EXTRACTION_SPEC.md §2.
 *   effective  自2020年11月1日起施行, 自印发之日起施行, 自下一个结算周期起
 *   expiry     有效期至2025年8月17日, 有效期自A至B, 有效期5年, 同时废止
 *   deadline   2022年底前, 2020年8月底前, 次年2月底前, 每年3月底前, 汛期前, 2020年底建成
 *   duration   30个工作日内, 自收到申请之日起15个工作日内, 许可证期满前2个月
 * Patterns run over the normalised text (no spaces or line breaks, Arabic numerals), so one
 * pattern covers 2022 年 11 月底前, 二〇二二年十一月底前 and 2022年11月底前.
 */
import type { DeadlineAnnotation, DeadlineType } from '../schema.ts';
import type { TextModel } from '../text/model.ts';
import { toOriginal } from '../text/model.ts';
import { isoDate } from './dates.ts';
import type { Extractor, ExtractorExamples, Found } from './types.ts';

interface Rule {
  /**
   * The words a match can start with ('#' stands for a digit); the rule is tried only where one
   * stands, so most characters of the text cost one table lookup.
   */
  starts?: readonly string[];
  /** For a match that can start with a run of digits: the characters that can follow the run. */
  afterDigits?: string;
  type: DeadlineType;
  re: RegExp;
  /** The written date, at its precision, from the match; null when relative. */
  date(m: RegExpExecArray): string | null;
  /** Offset of the span inside the match (a leading word that is context, not span). */
  lead?(m: RegExpExecArray): number;
  /** Characters before the match that belong to the span (许可证 in 许可证期满前2个月). */
  extendBack?(norm: string, start: number): number;
  /** Extra test on the surroundings. */
  accept?(norm: string, start: number, end: number): boolean;
}

const BEFORE = '(?:以前|之前|前)(?!后)';
const UNIT = '(?:个?工作日|日|天|个?小时|分钟|周|个?月|年)';
/** The characters UNIT can start with. */
const UNIT_FIRST = '个工日天小分周月年';
const VERB_EFFECTIVE = '(?:施行|执行|实施|实行|试行|生效)';
const VERB_END = '(?:废止|失效|停止执行|停止实施|不再执行)';
/** A limit that ends with one of these ends something (an older document, a measure): an expiry. */
export const ENDS_WITH_END = new RegExp(`${VERB_END}$`);
const PERIOD_END = '(?:终了|结束)后';
/** Words before a phase end (2020年底) that make it the task's time slot. */
const SLOT_BEFORE = /(?:到|于|在|力争|争取|确保|前|\d[.、])$/;
const SLOT_AFTER = /^,?[^。;]{0,30}?(?:要|应|须|完成|实现|建成|达到|基本|全面|形成|建立|推动|总结|评估|出台|印发|制定|编制|开展|启动|公布)/;

const noDate = (): null => null;

/** Seasons, holidays and period ends a limit can stand before (汛期前, 春节前, 年底前). */
const EVENT_WORDS = ['年底', '年末', '年中', '月底', '季度末', '季末', '主汛期', '汛期', '汛前', '入汛', '雨季', '供暖季', '采暖季', '入冬', '节前', '春节', '元旦', '清明节', '清明', '五一', '国庆节', '国庆', '中秋节', '中秋', '端午节', '端午', '开学', '秋收', '夏收', '麦收'];

/**
 * The event a relative limit counts back from (演练开始5个工作日前, 于迁移30日前, 停止經營10日前):
 * up to eight Han characters back to 于/在/应/须/将/的 or punctuation; none when fewer than two
 * (a bare 30日前 may be a day of the month).
 */
function eventBefore(norm: string, start: number): number {
  let k = start;
  while (k > 0 && start - k < 8) {
    const c = norm.charCodeAt(k - 1);
    if (c < 0x4e00 || c > 0x9fff || '于在应须将的并及和或前后起日月年每'.includes(norm[k - 1]!)) break;
    k--;
  }
  return start - k >= 2 ? k : start;
}

/**
 * The anchor right before a duration: 自收到申请之日起 in 自收到申请之日起15个工作日内 — the nearest 自
 * within 31 characters with no punctuation between (found by a scan, not a lazy pattern).
 */
function anchorBefore(norm: string, start: number): number {
  for (let k = start - 1; k >= 0 && start - k <= 32; k--) {
    const c = norm[k]!;
    if (c === '自') return start - k >= 2 ? k : start;
    if (',;。:()\n'.includes(c)) break;
  }
  return start;
}

/** Up to four Han characters of the noun before 期满 (许可证期满), not 在/于/的/应/须. */
function nounBefore(norm: string, start: number): number {
  let k = start;
  while (k > 0 && start - k < 4) {
    const c = norm.charCodeAt(k - 1);
    if (c < 0x4e00 || c > 0x9fff || '在于的应须'.includes(norm[k - 1]!)) break;
    k--;
  }
  return k;
}
const dayOrPart = (y = 1, mo = 2, d = 3) => (m: RegExpExecArray): string | null =>
  isoDate(m[y]!, m[mo], m[d]);

const RULES: Rule[] = [
  // effective / expiry from a written date: 自2020年11月1日起施行, 自2021年1月起, 自2025年1月1日起废止
  {
    starts: ['自#', '从#'],
    type: 'effective',
    re: new RegExp(`(?:自|从)(\\d{4})年(?:(\\d{1,2})月份?(?:(\\d{1,2})日)?)?起(${VERB_EFFECTIVE}|${VERB_END})?`, 'g'),
    date: dayOrPart(),
    accept: (norm, s) => norm[s] === '自' || /(?:施行|执行|实施|实行|试行|生效|废止|失效)$/.test(norm.slice(s, s + 24)),
  },
  // effective from an event: 自印发之日起施行, 自公布之日起实施; with an ending verb an older
  // document stops applying (自本通知印发之日起废止): an expiry (see tryRules)
  { starts: ['自'], type: 'effective', re: new RegExp(`自[^,;。:()自]{1,30}?之日起(?:${VERB_EFFECTIVE}|${VERB_END})`, 'g'), date: noDate },
  { starts: ['同时'], type: 'expiry', re: /同时(?:废止|失效)/g, date: noDate },
  // a dated end: 2025年12月31日废止, 于2025年12月31日起失效
  { afterDigits: '年', type: 'expiry', re: new RegExp(`(\\d{4})年(\\d{1,2})月(\\d{1,2})日起?${VERB_END}`, 'g'), date: dayOrPart() },
  // 自下一个结算周期起, 10月份起
  { starts: ['自下'], type: 'effective', re: /自下一?个[^,;。:()]{1,12}?起/g, date: noDate },
  // 自2027年春季学期起, 自2024年秋季学期起: a start at a school term (no calendar day: date null)
  { starts: ['自#', '从#'], type: 'effective', re: /(?:自|从)\d{4}年(?:春季|秋季|春|秋)(?:学期|学年)起/g, date: noDate },
  // 自下月起执行, 自次年度起实施: a start relative to the next period
  { starts: ['自下', '自次'], type: 'effective', re: /自(?:下|次)一?个?(?:月|季度|年度|年)份?起(?:[^,;。()]{0,10}?(?:施行|执行|实施|生效))?/g, date: noDate },
  { afterDigits: '月', type: 'effective', re: /(?<!\d年)(?<!\d)\d{1,2}月份起/g, date: noDate },
  // validity windows: 有效期自A至B, 实施期限为A至B (B may omit the year)
  {
    starts: ['有效期', '实施期限', '执行期限', '试行期'],
    type: 'expiry',
    re: /(?:有效期限?|实施期限|执行期限|试行期)(?:均)?(?:为|是)?(?:自|从)?(\d{4})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起)?(?:至|到|—|-)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?(?:止)?/g,
    date: (m) => isoDate(m[2] ?? m[1]!, m[3], m[4]),
  },
  {
    starts: ['有效期', '实施期限', '执行期限', '试行期'],
    type: 'expiry',
    re: /(?:有效期限?|实施期限|执行期限|试行期)(?:均)?(?:延长)?(?:至|到)(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:止)?/g,
    date: dayOrPart(),
  },
  { starts: ['有效期', '试行期'], type: 'expiry', re: /(?:有效期限?|试行期)(?:为|是)?\d+(?:个月|年)/g, date: noDate },
  { starts: ['为期'], type: 'expiry', re: /为期\d+(?:个月|年)/g, date: noDate, accept: (norm, s) => norm[s - 1] === '起' || norm.startsWith('起,', s - 2) },
  // a term of office: 任期2年,自A至B
  {
    starts: ['任期', '聘期', '任职期限', '聘任期'],
    type: 'expiry',
    re: /(?:任期|聘期|任职期限|聘任期限?)\d+年,?(?:自|从)\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:起)?(?:至|到|—|-|~)(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g,
    date: dayOrPart(),
  },
  // dated points: 2022年底前, 2020年8月底前, 2023年6月30日前, 2024年年底以前, 2020年前
  { afterDigits: '年', type: 'deadline', re: new RegExp(`(\\d{4})年(?:年底|年末|底|末)?${BEFORE}`, 'g'), date: dayOrPart() },
  { afterDigits: '年', type: 'deadline', re: new RegExp(`(\\d{4})年(\\d{1,2})月(?:底|末|份|中旬|下旬|上旬)?${BEFORE}`, 'g'), date: dayOrPart() },
  { afterDigits: '年', type: 'deadline', re: new RegExp(`(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\d{1,2}时)?${BEFORE}`, 'g'), date: dayOrPart() },
  { starts: ['截止'], type: 'deadline', re: /截止(?:到|至|日期为|时间为)?(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?/g, date: dayOrPart() },
  // relative and recurring points: 次年2月底前, 每年12月20日前, 9月15日前, 每半年最后一个月10日前
  {
    starts: ['每年', '次年', '当年', '今年', '明年', '本年', '同年', '每季度', '每半年'],
    afterDigits: '月',
    type: 'deadline',
    re: new RegExp(`(?:(?:每年|次年|当年|今年|明年|本年度?|同年|每季度|每半年)(?:的)?|(?<![\\d年]))\\d{1,2}月(?:底|末|份|中旬|下旬|上旬|\\d{1,2}日)?${BEFORE}`, 'g'),
    date: noDate,
  },
  { starts: ['每月', '每季度', '每半年', '每年'], type: 'deadline', re: new RegExp(`(?:每月|每季度|每半年|每年)(?:最后(?:1|一)个月)?\\d{1,2}日${BEFORE}`, 'g'), date: noDate },
  { starts: EVENT_WORDS, type: 'deadline', re: new RegExp(`(?<!\\d)(?:${EVENT_WORDS.join('|')})${BEFORE}`, 'g'), date: noDate },
  // a phase end that is the task's slot: 到2020年底, 2020年底建成
  {
    afterDigits: '年',
    type: 'deadline',
    re: /(\d{4})年(?:年底|年末|底|末)(?![前以之后])/g,
    date: dayOrPart(),
    accept: (norm, s, e) => {
      const before = norm.slice(Math.max(0, s - 3), s);
      if (/截[至止]|截止到|自|从/.test(norm.slice(Math.max(0, s - 3), s))) return false;
      return SLOT_BEFORE.test(before) || SLOT_AFTER.test(norm.slice(e, e + 24));
    },
  },
  // durations, with the anchor that directly precedes them
  {
    starts: ['每月', '每季', '每半年', '每年', '每个', '力争', '争取'],
    afterDigits: UNIT_FIRST,
    type: 'duration',
    re: new RegExp(`(?:每(?:个)?(?:月|季|季度|半年|年|年度)${PERIOD_END}|力争|争取)?(?<!近|过去|前)(?<!\\d)\\d+${UNIT}(?:以)?内`, 'g'),
    date: noDate,
    extendBack: anchorBefore,
  },
  {
    starts: ['在'],
    type: 'duration',
    re: new RegExp(`在([^,;。:()在]{1,20}?(?:公布|印发|发布|收到|受理|作出|届满|期满|结束|终了)(?:之日)?后?)\\d+${UNIT}(?:以)?内`, 'g'),
    date: noDate,
    lead: () => 1,
  },
  { starts: ['期满前', '届满前'], type: 'duration', re: new RegExp(`(?:期满|届满)前\\d+${UNIT}(?:以)?内?`, 'g'), date: noDate, extendBack: nounBefore },
  // before an event: 演练开始5个工作日前, 于迁移30日前 (the event is part of the span)
  {
    afterDigits: '个工日天周月小',
    type: 'duration',
    re: new RegExp(`(?<![\\d月年日号])\\d+个?(?:工作日|日|天|周|月|小时)${BEFORE}`, 'g'),
    date: noDate,
    extendBack: eventBefore,
    accept: (norm, s) => eventBefore(norm, s) < s,
  },
  // extensions: 可延长15个工作日
  { starts: ['延长'], type: 'duration', re: new RegExp(`延长\\d+${UNIT}`, 'g'), date: noDate },
  { starts: ['有效期', '期满', '届满'], type: 'duration', re: new RegExp(`(?:有效期)?(?:期满|届满)\\d+${UNIT}${BEFORE}`, 'g'), date: noDate },
  { starts: ['提前'], type: 'duration', re: new RegExp(`提前\\d+(?:个?工作日|日|天|个?小时|个月)`, 'g'), date: noDate },
];

/** Each rule as a sticky pattern, tried only where one of its starts stands. */
const STICKY = RULES.map((r) => new RegExp(r.re.source, r.re.flags.replace('g', '') + 'y'));

/** For each character code, an index into a list of rules (0: none). */
function table(): { group: Uint8Array; lists: Array<Array<{ order: number; starts: string[] }>> } {
  return { group: new Uint8Array(0x10000), lists: [[]] };
}
function add(t: ReturnType<typeof table>, ch: string, order: number, start: string): void {
  const c = ch.charCodeAt(0);
  if (!t.group[c]) {
    t.group[c] = t.lists.length;
    t.lists.push([]);
  }
  const list = t.lists[t.group[c]!]!;
  const entry = list.find((e) => e.order === order);
  if (entry) entry.starts.push(start);
  else list.push({ order, starts: [start] });
}
/** Rules by the first character of their starts. */
const BY_FIRST = table();
/** Rules that can start with a run of digits, by the character after the run. */
const BY_AFTER_DIGITS = table();
for (const [order, r] of RULES.entries()) {
  for (const w of r.starts ?? []) add(BY_FIRST, w[0]!, order, w);
  for (const ch of r.afterDigits ?? '') add(BY_AFTER_DIGITS, ch, order, '');
}

/** One of the words stands at `at` ('#': a digit). */
function startsAt(norm: string, at: number, starts: readonly string[]): boolean {
  for (const w of starts) {
    let k = 1;
    for (; k < w.length; k++) {
      const c = norm.charCodeAt(at + k);
      if (w[k] === '#' ? c < 0x30 || c > 0x39 : c !== w.charCodeAt(k)) break;
    }
    if (k === w.length) return true;
  }
  return false;
}

type Hit = { from: number; to: number; type: DeadlineType; date: string | null; order: number };

function tryRules(norm: string, at: number, rules: ReadonlyArray<{ order: number; starts: string[] }>, hits: Hit[], digits: boolean): void {
  for (const { order, starts } of rules) {
    if (!digits && !startsAt(norm, at, starts)) continue;
    const re = STICKY[order]!;
    re.lastIndex = at;
    const m = re.exec(norm);
    if (!m) continue;
    const rule = RULES[order]!;
    const from = rule.extendBack ? rule.extendBack(norm, m.index) : m.index + (rule.lead?.(m) ?? 0);
    const to = m.index + m[0].length;
    if (rule.accept && !rule.accept(norm, m.index, to)) continue;
    let type = rule.type;
    if (type === 'effective' && ENDS_WITH_END.test(m[0])) type = 'expiry';
    hits.push({ from, to, type, date: rule.date(m), order });
  }
}

/**
 * One pass over the text: at each character where some rule can start (a digit run's start,
 * 自, 有, 每 …), the rules that start there are tried as sticky patterns. The same matches as
 * running every rule over the whole text, without ~30 passes.
 */
function extract(model: TextModel): Found[] {
  const { norm } = model;
  const hits: Hit[] = [];
  const n = norm.length;
  const byFirst = BY_FIRST.group;
  const byAfter = BY_AFTER_DIGITS.group;
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      // The start of a digit run (the loop jumps past each run below).
      let e = i + 1;
      while (e < n && norm.charCodeAt(e) >= 0x30 && norm.charCodeAt(e) <= 0x39) e++;
      const g = e < n ? byAfter[norm.charCodeAt(e)]! : 0;
      if (g) {
        const rules = BY_AFTER_DIGITS.lists[g]!;
        tryRules(norm, i, rules, hits, true);
        if (e - i > 4) tryRules(norm, e - 4, rules, hits, true); // a year at the end of a longer run
      }
      i = e - 1;
      continue;
    }
    const g = byFirst[c]!;
    if (g) tryRules(norm, i, BY_FIRST.lists[g]!, hits, false);
  }
  // Longest first at each start; an overlapping later hit loses.
  hits.sort((a, b) => a.from - b.from || b.to - b.from - (a.to - a.from) || a.order - b.order);
  const out: Found[] = [];
  let reach = -1;
  for (const h of hits) {
    if (h.from < reach) continue;
    reach = h.to;
    const { start, end } = toOriginal(model, h.from, h.to);
    const a: DeadlineAnnotation = {
      kind: 'deadline', start, end, text: model.original.slice(start, end), type: h.type, date: h.date,
    };
    out.push(a);
  }
  return out;
}

export const deadline: Extractor = {
  id: 'deadline',
  kind: 'deadline',
  extract,
  patterns: [...RULES.map((r) => r.re), SLOT_BEFORE, SLOT_AFTER],
};

/** What this extractor must find, and where it must find nothing (tests/unit/extractors.test.ts runs them; lib/extract/examples.ts lists them). */
export const deadlineExamples: ExtractorExamples = {
  positive: [
    { text: '本办法自2020年11月1日起施行。', expect: [{ text: '自2020年11月1日起施行', type: 'effective', date: '2020-11-01' }] },
    { text: '本通知自印发之日起施行，有效期至2025年8月17日。', expect: [{ text: '自印发之日起施行', type: 'effective', date: null }, { text: '有效期至2025年8月17日', type: 'expiry', date: '2025-08-17' }] },
    { text: '自2027年春季學期起，中等職業學校國家助學金標準提高', expect: [{ text: '自2027年春季學期起', type: 'effective', date: null }] },
    { text: '城市供水企业应当提前\n24小时通知用户', expect: [{ text: '提前\n24小时', type: 'duration' }] },
    { text: '規定的政策已經到期，自2022年7月1日起停止執行。', expect: [{ text: '自2022年7月1日起停止執行', type: 'expiry', date: '2022-07-01' }] },
    { text: '有效期自2020年1月1日至2022年12月31日。', expect: [{ text: '有效期自2020年1月1日至2022年12月31日', type: 'expiry', date: '2022-12-31' }] },
    { text: '有效期\n\n3 年。', expect: [{ text: '有效期\n\n3 年', type: 'expiry', date: null }] },
    { text: '2022 年 11 月底前，开展示范工程建设', expect: [{ text: '2022 年 11 月底前', type: 'deadline', date: '2022-11' }] },
    { text: '2024年年底以前完成', expect: [{ text: '2024年年底以前', type: 'deadline', date: '2024' }] },
    { text: '于次年2月底前报送', expect: [{ text: '次年2月底前', type: 'deadline', date: null }] },
    { text: '每半年最后一个月10日前报送', expect: [{ text: '每半年最后一个月10日前', type: 'deadline', date: null }] },
    { text: '到2020年底，全面建立制度', expect: [{ text: '2020年底', type: 'deadline', date: '2020' }] },
    { text: '自收到申请之日起15个工作日内作出决定', expect: [{ text: '自收到申请之日起15个工作日内', type: 'duration', date: null }] },
    { text: '每季度终了后5个工作日内报送', expect: [{ text: '每季度终了后5个工作日内', type: 'duration' }] },
    { text: '应当在许可证期满前2个月提出申请', expect: [{ text: '许可证期满前2个月', type: 'duration' }] },
    { text: '三十日内办结', expect: [{ text: '三十日内', type: 'duration' }] },
    { text: '二〇二三年六月三十日前完成', expect: [{ text: '二〇二三年六月三十日前', type: 'deadline', date: '2023-06-30' }] },
    { text: '本辦法自2020年11月1日起施行，有效期至2025年8月17日', expect: [{ text: '自2020年11月1日起施行', type: 'effective' }, { text: '有效期至2025年8月17日', type: 'expiry', date: '2025-08-17' }] },
    { text: '二〇二四年十二月三\n\n十一日前完成', expect: [{ text: '二〇二四年十二月三\n\n十一日前', type: 'deadline', date: '2024-12-31' }] },
    { text: '应当在30分钟内电话报告', expect: [{ text: '30分钟内', type: 'duration', date: null }] },
    { text: '應於三十個工作日內辦結', expect: [{ text: '三十個工作日內', type: 'duration' }] },
    { text: '原通知自本通知印发之日起废止', expect: [{ text: '自本通知印发之日起废止', type: 'expiry', date: null }] },
    { text: '各学校应当于演练开始5个工作日前报送方案', expect: [{ text: '演练开始5个工作日前', type: 'duration', date: null }] },
    { text: '經營者應當於停止經營10日前向社會公告', expect: [{ text: '停止經營10日前', type: 'duration' }] },
    { text: '由秘书处在聘期届满前10个工作日内提出建议', expect: [{ text: '聘期届满前10个工作日内', type: 'duration' }] },
    { text: '各地要于汛期前、春节前和清明节前完成排查', expect: [{ text: '汛期前', type: 'deadline' }, { text: '春节前', type: 'deadline' }, { text: '清明节前', type: 'deadline' }] },
    { text: '各地要於主汛期前完成排查', expect: [{ text: '主汛期前', type: 'deadline', date: null }] },
    { text: '委员聘期3年，自2024年3月—2027年2月', expect: [{ text: '聘期3年，自2024年3月—2027年2月', type: 'expiry', date: '2027-02' }] },
    { text: '防汛責任人任期3年，自2024年5月1日至2027年4月30日', expect: [{ text: '任期3年，自2024年5月1日至2027年4月30日', type: 'expiry', date: '2027-04-30' }] },
    { text: '情况复杂的，可延长15个工作日', expect: [{ text: '延长15个工作日', type: 'duration', date: null }] },
    { text: '本规定自2021年1月1日起试行，2025年12月31日废止。', expect: [{ text: '自2021年1月1日起试行', type: 'effective', date: '2021-01-01' }, { text: '2025年12月31日废止', type: 'expiry', date: '2025-12-31' }] },
    { text: '本辦法自2021年1月1日起實行', expect: [{ text: '自2021年1月1日起實行', type: 'effective', date: '2021-01-01' }] },
    { text: '新的收费标准自下月起执行', expect: [{ text: '自下月起执行', type: 'effective', date: null }] },
    { text: '新標準自次年度起實施', expect: [{ text: '自次年度起實施', type: 'effective' }] },
  ],
  negative: [
    '2020年8月10日',
    '2018年获评“市级文明单位”。',
    '到2030年，基本实现现代化',
    '2021—2023年行动计划',
    '截至2020年底，全区共有企业300家',
    '威环政字〔2020〕10号',
    '2022年底前后，编制完成清单',
    '近3年内未发生事故',
    '“十四五”期间',
    '3日前，本市发生一起事故',
    '实施期限延长至年底',
    '春节前后客流集中',
  ],
};
