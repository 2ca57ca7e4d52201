/**
 * Splits the text of a responsibility attribution into parties with roles:
 *   市水务局牵头,市发展改革委配合            → 市水务局 lead, 市发展改革委 support
 *   X会同Y,Z按职责分工负责                   → X lead, Y support, Z responsible
 *   牵头单位:省残联;责任单位:省人社厅、省商务厅 → lead, responsible, responsible
 *   A、B等国务院相关部门及各地区按职责分工负责  → A, B, 国务院相关部门, 各地区 responsible
 * Works on a range of the normalised text; returns normalised ranges.
 */
import type { UnitRole } from '../schema.ts';

export interface Party {
  from: number;
  to: number;
  role: UnitRole;
  /** The role came from a word in the text (not the default for a bare list). */
  explicit: boolean;
}

const LABELS: Array<[string, UnitRole]> = [
  ['牵头单位', 'lead'], ['牵头部门', 'lead'], ['主责单位', 'lead'], ['主责部门', 'lead'],
  ['责任单位', 'responsible'], ['责任部门', 'responsible'], ['责任主体', 'responsible'],
  ['配合单位', 'support'], ['配合部门', 'support'], ['参与单位', 'support'], ['协办单位', 'support'],
];

/** Role words, longest first so 牵头负责 wins over 负责. */
const ROLE_WORDS: Array<[string, UnitRole | 'with']> = (
  [
    ['按照职责分工负责', 'responsible'], ['按职责分工负责', 'responsible'], ['按职责分别负责', 'responsible'],
    ['按职能分工负责', 'responsible'], ['按分工负责', 'responsible'], ['分工负责', 'responsible'],
    ['分别负责', 'responsible'], ['共同负责', 'responsible'], ['具体负责', 'responsible'],
    ['按职责负责', 'responsible'], ['牵头负责', 'lead'], ['分别牵头', 'lead'], ['共同牵头', 'lead'],
    ['负责', 'responsible'], ['牵头', 'lead'], ['配合', 'support'], ['参与', 'support'],
    ['协助', 'support'], ['协同', 'support'], ['会同', 'with'],
  ] as Array<[string, UnitRole | 'with']>
).sort((a, b) => b[0].length - a[0].length);

/**
 * Characters are read as codes throughout: indexing a string for a Han character makes a new
 * string, and a Set of strings hashes it again.
 */
/** First characters of every label and role word: only these positions need a closer look. */
const WORD_START = new Uint8Array(0x10000);
for (const [w] of [...LABELS, ...ROLE_WORDS]) WORD_START[w.charCodeAt(0)] = 1;

/** The labels and role words by their first character's code (longest first kept). */
function byFirst<T extends [string, unknown]>(list: readonly T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const e of list) {
    const k = e[0].charCodeAt(0);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(e);
  }
  return m;
}
const LABELS_BY_FIRST = byFirst(LABELS);
const ROLE_WORDS_BY_FIRST = byFirst(ROLE_WORDS);

const OPEN = '([〔【[';
const CLOSE = ')]〕】]';
const OPEN_CODES = [...OPEN].map((ch) => ch.charCodeAt(0));
const [C_ENUM, C_COMMA, C_SEMI, C_AND, C_ETC, C_YI] = [...'、,;及等以'].map((ch) => ch.charCodeAt(0));

/** Characters the splitter stops at (brackets, separators, first characters of words); all others are skipped. */
const STOP = new Uint8Array(0x10000);
for (const ch of [...OPEN, '、', ',', ';', '及', '等']) STOP[ch.charCodeAt(0)] = 1;
for (let c = 0; c < 0x10000; c++) if (WORD_START[c]) STOP[c] = 1;

/** Suffixes that end an organisation's name. */
const ORG_SUFFIXES = new Set(
  ('局 厅 委 部 办 署 院 会 中心 室 所 站 队 处 司 行 社 团 府 联 馆 台 组 科 街道 镇 乡 区 县 市 省 单位 部门 机构 企业 学校 院校 公司 ' +
    '集团 地区 各地 机关 班 村 社区 基地 园区 平台 公安 海关 大学 学院 医院 党委 支队 大队 总队 政府 镇街').split(' '),
);
/** A bracketed part at the end of a name: 区直有关部门(单位), 各市、县〔市、区〕政府's 〔…〕 is inside. */
const TRAILING_BRACKET = /(?:\([^()〔〕]{1,12}\)|〔[^()〔〕]{1,12}〕)$/;

/** The suffixes as codes: one character, and two (first << 16 | second). */
const ORG_SUFFIX_1 = new Uint8Array(0x10000);
const ORG_SUFFIX_2 = new Set<number>();
for (const w of ORG_SUFFIXES) {
  if (w.length === 1) ORG_SUFFIX_1[w.charCodeAt(0)] = 1;
  else if (w.length === 2) ORG_SUFFIX_2.add((w.charCodeAt(0) << 16) | w.charCodeAt(1));
}

/** True when the name ends with an organisation's suffix (before a bracketed part; suffixes are one or two characters). */
function endsAsOrg(name: string): boolean {
  const end = name.charCodeAt(name.length - 1);
  const bare = end === 0x29 /* ) */ || end === 0x3015 /* 〕 */ ? name.replace(TRAILING_BRACKET, '') : name;
  const n = bare.length;
  if (n === 0) return false;
  const last = bare.charCodeAt(n - 1);
  return ORG_SUFFIX_1[last] === 1 || (n >= 2 && ORG_SUFFIX_2.has((bare.charCodeAt(n - 2) << 16) | last));
}
/** Words that make an item a clause, not a name. */
const NOT_NAME = /^(?:并|为|由于|如|对|按|是|将|见|下同|以下)|[。:]/;
const BARE_GENERIC = /^(?:部门|单位|部门和单位|部门、单位|相关|有关)$/;
const LEADING_NOISE = /^(?:由|和|与|以及|另|其中|分别由)/;

/** The first characters of an anchored pattern's words, as a table: the pattern runs only where one stands. */
function firstCodes(words: string): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const ch of words) t[ch.charCodeAt(0)] = 1;
  return t;
}
const NOT_NAME_FIRST = firstCodes('并为由如对按是将见下以。:');
const BARE_GENERIC_FIRST = firstCodes('部单相有');
const LEADING_NOISE_FIRST = firstCodes('由和与以另其分');
const TRAILING_NOISE = ['等', '分别', '共同', '按职责', '按照职责', '具体', '按职能', '各自', '负责', '按分工'];

/** The last characters of the noise words: most items end otherwise and skip the loop. */
const NOISE_LAST = new Uint8Array(0x10000);
for (const w of TRAILING_NOISE) NOISE_LAST[w.charCodeAt(w.length - 1)] = 1;

/** 等 that closes a list (A、B等有关部门), not the 等 of 高等院校 or 平等. */
function isListEtc(norm: string, i: number): boolean {
  return !/[高中初平同对均相]/.test(norm[i - 1] ?? '') && !/[级学]/.test(norm[i + 1] ?? '');
}

/** A bracket that only names a role: (牵头), (牵头单位), (配合). */
const INLINE_ROLE = /^(牵头|主责|负责|配合|参与|协办|协助)(?:单位|部门)?$/;

export const partyPatterns: readonly RegExp[] = [TRAILING_BRACKET, NOT_NAME, BARE_GENERIC, LEADING_NOISE, INLINE_ROLE];

/** isOrgName of norm[a, b), read in place: the string is made only for the rare names a pattern must read. */
function isOrgNameIn(norm: string, a: number, b: number): boolean {
  const n = b - a;
  if (n < 2 || n > 40) return false;
  const last = norm.charCodeAt(b - 1);
  if (last === 0x29 /* ) */ || last === 0x3015 /* 〕 */) return isOrgName(norm.slice(a, b));
  if (ORG_SUFFIX_1[last] !== 1 && !ORG_SUFFIX_2.has((norm.charCodeAt(b - 2) << 16) | last)) return false;
  const first = norm.charCodeAt(a);
  let test = NOT_NAME_FIRST[first] === 1 || BARE_GENERIC_FIRST[first] === 1;
  for (let i = a; i < b && !test; i++) {
    const c = norm.charCodeAt(i);
    test = c === 0x3002 /* 。 */ || c === 0x3a; /* : */
  }
  return !test || isOrgName(norm.slice(a, b));
}

export function isOrgName(name: string): boolean {
  if (name.length < 2 || name.length > 40 || !endsAsOrg(name)) return false;
  const first = name.charCodeAt(0);
  if (NOT_NAME_FIRST[first] === 1 || name.indexOf('。') >= 0 || name.indexOf(':') >= 0) {
    if (NOT_NAME.test(name)) return false;
  }
  return BARE_GENERIC_FIRST[first] !== 1 || !BARE_GENERIC.test(name);
}

/** Parties in norm[from, to). `defaultRole` applies to parties no role word reaches. */
/** Where `words` has one standing at `at` (longest first, as the lists are kept): its entry, or undefined. */
function wordAt<T extends [string, unknown]>(norm: string, at: number, words: readonly T[] | undefined, colonAfter: boolean): T | undefined {
  if (!words) return undefined;
  for (const e of words) {
    if (norm.startsWith(e[0], at) && (!colonAfter || norm.charCodeAt(at + e[0].length) === 0x3a /* : */)) return e;
  }
  return undefined;
}

/** Length of the role-ish words at the end of norm[a, b) (A等, A分别, A按职责), read in place. */
function trailingNoiseIn(norm: string, a: number, b: number): number {
  if (b <= a || NOISE_LAST[norm.charCodeAt(b - 1)] !== 1) return 0;
  let n = 0;
  for (let again = true; again; ) {
    again = false;
    for (const w of TRAILING_NOISE) {
      if (b - n - a > w.length && norm.startsWith(w, b - n - w.length)) {
        n += w.length;
        again = true;
      }
    }
  }
  return n;
}

/**
 * The splitter's state over one range: the parties given a role, and the items waiting for one
 * (pairs of offsets). A class, so that a call allocates one object, not a closure per helper.
 */
class Split {
  readonly parties: Party[] = [];
  /** Items waiting for a role, as offsets a0, b0, a1, b1, … */
  readonly pending: number[] = [];
  itemStart: number;

  constructor(private readonly norm: string, from: number) {
    this.itemStart = from;
  }

  /** Ends the current item at `at`: leading and trailing noise trimmed, kept when anything is left. */
  endItem(at: number): void {
    const norm = this.norm;
    let a = this.itemStart;
    let b = at;
    if (b <= a) return;
    if (LEADING_NOISE_FIRST[norm.charCodeAt(a)] === 1) {
      const lead = LEADING_NOISE.exec(norm.slice(a, b));
      if (lead) a += lead[0].length;
    }
    b -= trailingNoiseIn(norm, a, b);
    if (b > a) this.pending.push(a, b);
  }

  /** Gives the waiting items a role. */
  assign(role: UnitRole, explicit: boolean): void {
    const p = this.pending;
    for (let k = 0; k < p.length; k += 2) this.parties.push({ from: p[k]!, to: p[k + 1]!, role, explicit });
    p.length = 0;
  }
}

/** Parties in norm[from, to). `defaultRole` applies to parties no role word reaches. */
export function splitParties(norm: string, from: number, to: number, defaultRole: UnitRole = 'responsible'): Party[] {
  const st = new Split(norm, from);
  const { parties, pending } = st;
  let labelRole: UnitRole | null = null;
  let withMode = false; // after 会同: the parties named are support

  let i = from;
  while (i < to) {
    const ch = norm.charCodeAt(i);
    if (!STOP[ch]) {
      i++;
      continue;
    }
    // A bracket inside a name (区直有关部门(单位), 县〔市、区〕政府) belongs to the name; one that
    // holds only a role word (省工业和信息化厅（牵头）) gives that role to the name before it.
    const open = OPEN_CODES.indexOf(ch);
    if (open >= 0) {
      const close = norm.indexOf(CLOSE[open]!, i + 1);
      if (close > 0 && close < to && close - i < 20) {
        const marker = INLINE_ROLE.exec(norm.slice(i + 1, close));
        if (marker) {
          st.endItem(i);
          if (pending.length) {
            const b = pending.pop()!;
            const a = pending.pop()!;
            parties.push({ from: a, to: b, role: marker[1] === '牵头' || marker[1] === '主责' ? 'lead' : marker[1] === '负责' ? 'responsible' : 'support', explicit: true });
          }
          i = close + 1;
          st.itemStart = i;
          continue;
        }
        i = close + 1;
        continue;
      }
    }
    if (ch === C_ENUM || ch === C_COMMA || ch === C_SEMI || ch === C_AND || (ch === C_ETC && isListEtc(norm, i))) {
      st.endItem(ch === C_AND && norm.charCodeAt(i - 1) === C_YI ? i - 1 : i);
      if (withMode && (ch === C_SEMI || ch === C_COMMA)) {
        st.assign('support', true); // X会同Y，Z负责: Y ends at the comma
        withMode = false;
      } else if (ch === C_SEMI && labelRole && pending.length) {
        st.assign(labelRole, true);
      }
      i++;
      st.itemStart = i;
      continue;
    }
    if (WORD_START[ch] !== 1) {
      i++;
      continue;
    }
    const label = wordAt(norm, i, LABELS_BY_FIRST.get(ch), true);
    if (label) {
      st.endItem(i);
      if (pending.length) st.assign(labelRole ?? defaultRole, labelRole !== null);
      labelRole = label[1];
      i += label[0].length + 1;
      st.itemStart = i;
      continue;
    }
    const role = wordAt(norm, i, ROLE_WORDS_BY_FIRST.get(ch), false);
    if (role) {
      st.endItem(i);
      if (role[1] === 'with') {
        st.assign('lead', true);
        withMode = true;
      } else if (withMode) {
        st.assign('support', true);
        withMode = false;
      } else {
        st.assign(role[1], true);
      }
      i += role[0].length;
      st.itemStart = i;
      continue;
    }
    i++;
  }
  st.endItem(to);
  if (withMode) st.assign('support', true);
  else st.assign(labelRole ?? defaultRole, labelRole !== null);
  const named = parties.filter((p) => isOrgNameIn(norm, p.from, p.to));
  for (let k = 1; k < named.length; k++) if (named[k]!.from < named[k - 1]!.from) return named.sort((a, b) => a.from - b.from);
  return named;
}
