/**
 * Document identity: canonical document numbers and normalised URLs.
 *   国办发［2022］037 號  → 国办发〔2022〕37号
 *   HTTPS://WWW.Gov.CN/zhengce/content/2022.htm?utm_source=x#p3 → https://www.gov.cn/zhengce/content/2022.htm
 * A document's id is 'doc:' + its canonical number when known, else 'url:' + its normalised URL.
 */
import { FOLD } from '../text/variants.ts';
import { LibraryError } from './errors.ts';

/** Query parameters that only say how the reader got there. */
const TRACKING = new Set([
  'spm', 'isappinstalled', 'scene', 'clicktime', 'enterid', 'fbclid', 'gclid', 'msclkid', 'yclid',
  'share_token', 'sharer_sharetime', 'sharer_shareid', 'sharer_shareinfo', 'sharer_shareinfo_first',
  'wfr', 'mc_cid', 'mc_eid', '_hsenc', '_hsmi', 'vd_source', 'share_source', 'share_medium',
]);
/** `from=` is tracking only with the values WeChat and Weibo add. */
const TRACKING_FROM = new Set(['singlemessage', 'groupmessage', 'timeline', 'message', 'weibo']);

function isTracking(name: string, value: string): boolean {
  const n = name.toLowerCase();
  if (n.startsWith('utm_')) return true;
  if (n === 'from') return TRACKING_FROM.has(value.toLowerCase());
  return TRACKING.has(n);
}

/**
 * The URL a document is known by: no fragment, no tracking parameters, lower-case scheme and
 * host, no default port, no empty query. Other parameters keep their order (on many
 * government sites `?id=` is the document). Throws LibraryError('invalid-url').
 */
export function normaliseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new LibraryError('invalid-url', `not a URL: ${raw.slice(0, 200)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'file:') {
    throw new LibraryError('invalid-url', `not a web page URL: ${raw.slice(0, 200)}`);
  }
  u.hash = '';
  const kept = [...u.searchParams].filter(([k, v]) => !isTracking(k, v));
  if (kept.length !== [...u.searchParams].length) {
    u.search = kept.length ? `?${new URLSearchParams(kept).toString()}` : '';
  }
  let s = u.toString();
  if (s.endsWith('?')) s = s.slice(0, -1);
  return s;
}

/** After NFKC, ［］ （） are ASCII and ﹝﹞ are 〔〕. */
const NUMBERED = /[[【(〔](\d{4})[\]】)〕]0*(\d+)[号號]$/;
const DECREE = /令第?0*(\d+)[号號]$/;

/**
 * One spelling per document number: full-width digits to ASCII, spaces dropped, the year in
 * 〔〕, no leading zeros, 号 for 號, and the traditional characters the engine folds (variants.ts)
 * in their simplified form, so 國辦發〔2022〕37號 and 国办发[2022]37号 are one document.
 * Decrees as the engine writes them: 国务院令第471号. Anything else is kept, only tidied.
 */
export function canonicalDocnum(raw: string): string {
  let s = raw.normalize('NFKC').replace(/\s+/g, '');
  let folded = '';
  for (let i = 0; i < s.length; i++) folded += String.fromCharCode(FOLD[s.charCodeAt(i)]!);
  s = folded;
  const numbered = NUMBERED.exec(s);
  if (numbered) return `${s.slice(0, numbered.index)}〔${numbered[1]}〕${Number(numbered[2])}号`;
  const decree = DECREE.exec(s);
  if (decree) return `${s.slice(0, decree.index)}令第${Number(decree[1])}号`;
  return s;
}

/** The canonical number, or null for null, blank or whitespace. */
export function canonicalOrNull(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const c = canonicalDocnum(raw);
  return c === '' ? null : c;
}

export const docId = (canonical: string): string => `doc:${canonical}`;
export const urlId = (normalisedUrl: string): string => `url:${normalisedUrl}`;
