import { KIND } from '../lib/kinds.ts';
import type { DocumentFacts } from '../lib/schema.ts';
import { daysBetween, firstDay, lastDay } from '../lib/extract/dates.ts';
/** The UI's words, Chinese first. The entrypoint picks the language from the browser's UI language. */
export type Lang = 'zh' | 'en';

const zh = {
  app: '公报阅读助手',
  outline: '文件大纲',
  close: '关闭',
  legend: '图例',
  docnum: KIND.docnum.zh,
  deadline: KIND.deadline.zh,
  unit: KIND.unit.zh,
  show: '显示',
  facts: '文件信息',
  title: '标题',
  number: '文号',
  issuer: '发文机关',
  signed: '成文日期',
  effective: '施行日期',
  expiry: '有效期至',
  status: '效力',
  timeline: '期限时间线',
  allPast: (n: number, last: string) => `本文件的 ${n} 个期限均已于 ${last} 前到期`,
  units: '责任单位索引',
  myUnit: '我的单位',
  myUnitPlaceholder: '输入单位名称筛选，如 卫生健康',
  citations: '引用文件',
  none: '无',
  daysLeft: (n: number) => (n === 0 ? '今天到期' : n > 0 ? `还剩 ${n} 天` : `已逾期 ${-n} 天`),
  inForceFor: (n: number) => (n === 0 ? '今天施行' : n > 0 ? `${n} 天后施行` : `已施行 ${-n} 天`),
  expiredFor: (n: number) => (n === 0 ? '今天到期' : n > 0 ? `还剩 ${n} 天` : `已失效 ${-n} 天`),
  resolved: '推算',
  undated: '相对期限，未能推算具体日期',
  watch: '关注此期限',
  watched: '已关注',
  watchFailed: '关注失败',
  role: '角色',
  tasks: (n: number) => `本文件中该单位的任务（${n}）`,
  canonical: '规范文号',
  known: '已读过此文件',
  onThisPage: '本页即此文件',
  open: '打开',
  unknown: '尚未读过此文件',
  searchSite: '在本站搜索',
  searchLibrary: '在国家政策文件库搜索',
  copy: '复制文号',
  copied: '已复制',
  document: (i: number) => `文件 ${i + 1}`,
  wholePage: '本页',
  times: (n: number) => `${n} 处`,
  keyboardHint: 'Alt+J / Alt+K 逐个浏览标注，Esc 关闭',
  openOutline: '打开大纲',
  items: (n: number) => `${n} 项`,
};

const en: typeof zh = {
  app: 'Gazette Lens',
  outline: 'Outline',
  close: 'Close',
  legend: 'Legend',
  docnum: KIND.docnum.en,
  deadline: KIND.deadline.en,
  unit: KIND.unit.en,
  show: 'Show',
  facts: 'Document',
  title: 'Title',
  number: 'Number',
  issuer: 'Issued by',
  signed: 'Signed',
  effective: 'In force from',
  expiry: 'Valid until',
  status: 'Validity',
  timeline: 'Deadlines by date',
  allPast: (n: number, last: string) => (n === 1 ? `This document's one deadline passed on ${last}` : `All ${n} deadlines of this document had passed by ${last}`),
  units: 'Units',
  myUnit: 'My unit',
  myUnitPlaceholder: 'Filter by unit name',
  citations: 'Cited documents',
  none: 'None',
  daysLeft: (n: number) => (n === 0 ? 'Due today' : n > 0 ? `${n} days left` : `${-n} days overdue`),
  inForceFor: (n: number) => (n === 0 ? 'Takes effect today' : n > 0 ? `Takes effect in ${n} days` : `In force for ${-n} days`),
  expiredFor: (n: number) => (n === 0 ? 'Expires today' : n > 0 ? `${n} days left` : `Expired ${-n} days ago`),
  resolved: 'worked out',
  undated: 'Relative limit; no date could be worked out',
  watch: 'Watch this deadline',
  watched: 'Watching',
  watchFailed: 'Could not watch',
  role: 'Role',
  tasks: (n: number) => `This unit's tasks in the document (${n})`,
  canonical: 'Canonical number',
  known: 'You have read this document',
  onThisPage: 'This is the document on this page',
  open: 'Open',
  unknown: 'Not read yet',
  searchSite: 'Search this site',
  searchLibrary: 'Search the national policy library',
  copy: 'Copy number',
  copied: 'Copied',
  document: (i: number) => `Document ${i + 1}`,
  wholePage: 'This page',
  times: (n: number) => `×${n}`,
  keyboardHint: 'Alt+J / Alt+K to step through highlights, Esc to close',
  openOutline: 'Open outline',
  items: (n: number) => `${n} items`,
};

export type Strings = typeof zh;
export const STRINGS: Record<Lang, Strings> = { zh, en };

/**
 * The UI language: a setting wins ('zh' | 'en'); otherwise Chinese when the browser's UI
 * language or the reader's first preferred language is Chinese (a Chinese reader on an
 * English browser build still reads Chinese documents), else English.
 */
export function langOf(uiLanguage: string | undefined, preferred: readonly string[] = [], setting?: unknown): Lang {
  if (setting === 'zh' || setting === 'en') return setting;
  const zh = (l: string | undefined): boolean => !!l && l.toLowerCase().startsWith('zh');
  if (!uiLanguage) return 'zh';
  return zh(uiLanguage) || zh(preferred[0]) ? 'zh' : 'en';
}

const STATUS_EN: Record<string, string> = {
  尚未生效: 'Not yet in force', 现行有效: 'In force', 即将到期: 'Expiring soon', 已失效: 'Expired', 未知: 'Unknown',
};

export function statusLabel(status: string, lang: Lang): string {
  return lang === 'zh' ? status : (STATUS_EN[status] ?? status);
}

/** Punctuation of each language: 「角色：负责」 / "Role: Responsible", 「（3）」 / " (3)". */
export function colon(lang: Lang): string {
  return lang === 'zh' ? '：' : ': ';
}
export function paren(lang: Lang, s: string | number): string {
  return lang === 'zh' ? `（${s}）` : ` (${s})`;
}

/**
 * Why a document has its status, in the reader's language: the engine's own words in Chinese
 * (DocumentFacts.statusReason); in English the same facts, said again.
 */
export function statusReasonText(f: Pick<DocumentFacts, 'status' | 'statusReason' | 'effectiveDate' | 'expiryDate'>, today: string, lang: Lang): string {
  if (lang === 'zh') return f.statusReason;
  if (f.status === '尚未生效' && f.effectiveDate) return `takes effect on ${firstDay(f.effectiveDate)}`;
  if (f.expiryDate) {
    const last = lastDay(f.expiryDate);
    const left = daysBetween(today, last);
    return left < 0 ? `valid until ${last}, expired ${-left} days ago` : `valid until ${last}, ${left} days left`;
  }
  if (f.effectiveDate) return `in force since ${firstDay(f.effectiveDate)}; the text states no expiry`;
  return 'the text states neither when it takes effect nor when it expires';
}

/** Days from today to a deadline, in the words that fit its type (施行 / 失效 / 逾期). */
export function dueLabel(t: Strings, type: string, days: number): string {
  return type === 'effective' ? t.inForceFor(days) : type === 'expiry' ? t.expiredFor(days) : t.daysLeft(days);
}
