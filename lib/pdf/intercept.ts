/**
 * When a PDF opens in the extension's reader instead of the browser's viewer, and how: pure rules
 * the background turns into a declarativeNetRequest rule (Chromium) or answers a blocking
 * webRequest with (Firefox, whose built-in viewer runs no content script). A PDF opens in the
 * reader on government hosts and on the reader's own sites, not on paused ones, when the setting
 * says so; 「打开原文件」 lets one URL through to the browser's viewer for the tab that asked.
 */
import { hostMatches, normaliseHost } from '../detect/hosts.ts';

export type PdfOpenSetting = 'auto' | 'ask';

/** A Content-Type that says PDF (parameters allowed). */
export function isPdfContentType(value: string | null | undefined): boolean {
  return !!value && /^\s*application\/(?:x-)?pdf\s*(?:;|$)/i.test(value);
}

/** A generic download type with a .pdf name (servers that do not know what they send). */
export function isPdfDownload(url: string, contentType: string | null | undefined, disposition: string | null | undefined): boolean {
  if (!contentType || !/^\s*(?:application\/octet-stream|binary\/octet-stream|application\/force-download)\b/i.test(contentType)) return false;
  if (disposition && /filename\*?=[^;]*\.pdf["']?\s*(?:;|$)/i.test(disposition)) return true;
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The reader page for a PDF's URL. `file` goes last and whole: the reader reads it to the end. */
export function readerUrlFor(readerPage: string, fileUrl: string): string {
  return `${readerPage}?file=${encodeURIComponent(fileUrl)}`;
}

/** The PDF URL a reader page was opened for (encoded, or raw as a redirect rule writes it), or null. */
export function fileParam(search: string): string | null {
  const m = /(?:^\?|&)file=(.*)$/.exec(search);
  if (!m) return null;
  const raw = m[1]!;
  const url = /^https?%3A/i.test(raw) ? safeDecode(raw) : raw;
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

export interface InterceptPolicy {
  setting: PdfOpenSetting;
  /** Host patterns that are government: the built-in ones and the reader's own. */
  hosts: readonly string[];
  paused: readonly string[];
}

/** True when a PDF at `url` opens in the reader by itself. */
export function opensInReader(url: string, policy: InterceptPolicy): boolean {
  if (policy.setting !== 'auto') return false;
  let host: string;
  try {
    const u = new URL(url);
    if (!/^https?:$/.test(u.protocol)) return false;
    host = normaliseHost(u.hostname);
  } catch {
    return false;
  }
  if (!host || policy.paused.includes(host)) return false;
  return policy.hosts.some((p) => hostMatches(host, p));
}

/** `*.gov.cn` → `gov.cn`, `www.example.org` → itself: the requestDomains a rule lists (subdomains included by DNR). */
export function requestDomain(pattern: string): string {
  return pattern.replace(/^\*\./, '');
}

export const PDF_RULE_ID = 1;
/** Rule ids from here on let one URL through for one tab (「打开原文件」). */
export const ORIGINAL_RULE_BASE = 1000;

/** Chromium's rule: main-frame responses that say PDF, on the hosts given, go to the reader. */
export function pdfRedirectRule(readerPage: string, policy: InterceptPolicy): object | null {
  if (policy.setting !== 'auto' || policy.hosts.length === 0) return null;
  const domains = [...new Set(policy.hosts.map(requestDomain))];
  return {
    id: PDF_RULE_ID,
    priority: 1,
    action: { type: 'redirect', redirect: { regexSubstitution: `${readerPage}?file=\\0` } },
    condition: {
      regexFilter: '^https?://.*',
      requestDomains: domains,
      ...(policy.paused.length ? { excludedRequestDomains: [...policy.paused] } : {}),
      resourceTypes: ['main_frame', 'sub_frame'],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf', 'application/pdf;*', 'application/x-pdf'] }],
    },
  };
}

/** Chromium's rule that lets one URL open in the browser's viewer, in one tab. */
export function originalAllowRule(id: number, url: string, tabId: number): object {
  return {
    id,
    priority: 2,
    action: { type: 'allow' },
    condition: { urlFilter: `|${url.split('#')[0]}|`, tabIds: [tabId], resourceTypes: ['main_frame', 'sub_frame'] },
  };
}
