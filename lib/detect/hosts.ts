/**
 * Host patterns: what the user lists as government sites and what the extension asks
 * permission for. The content script and the permission logic use these same functions,
 * so a page is read exactly where the user granted access.
 *   `*.gov.cn`     matches gov.cn and every host below it (www.gov.cn, xxgk.mee.gov.cn)
 *   `example.org`  matches example.org only
 * Patterns are trimmed and lower-cased; anything else (a URL, a port, a path, `*`, a bare
 * `*.`, a wildcard in the middle, characters a host cannot hold) is invalid and ignored.
 */

export interface HostPattern {
  /** The pattern as written after normalising (`*.gov.cn`). */
  pattern: string;
  /** The host part without `*.` (`gov.cn`). */
  host: string;
  /** True for `*.x`: x and its subdomains. */
  subdomains: boolean;
}

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/** Internationalised names (政府.cn) in the ASCII form URL.hostname gives (xn--…). */
function toAscii(h: string): string {
  if (!/[^\x20-\x7e]/.test(h)) return h;
  if (/[\s/\\:?#@[\]]/.test(h)) return '';
  try {
    return new URL(`http://${h}/`).hostname;
  } catch {
    return '';
  }
}

/** A host name in comparable form: ASCII, lower case, no trailing dot; '' if it is not one. */
export function normaliseHost(host: string): string {
  const h = toAscii(host.trim().toLowerCase()).replace(/\.$/, '');
  if (h.length === 0 || h.length > 253) return '';
  return h.split('.').every((l) => LABEL.test(l)) ? h : '';
}

/** The parsed pattern, or null when it is invalid. */
export function parseHostPattern(raw: string): HostPattern | null {
  const p = raw.trim().toLowerCase();
  const subdomains = p.startsWith('*.');
  const host = normaliseHost(subdomains ? p.slice(2) : p);
  if (!host) return null;
  return { pattern: subdomains ? `*.${host}` : host, host, subdomains };
}

/** True when `host` (a URL's hostname) is matched by `pattern`; false for an invalid pattern. */
export function hostMatches(host: string, pattern: string | HostPattern): boolean {
  const p = typeof pattern === 'string' ? parseHostPattern(pattern) : pattern;
  const h = normaliseHost(host);
  if (!p || !h) return false;
  if (h === p.host) return true;
  return p.subdomains && h.endsWith(`.${p.host}`);
}

/** The first pattern (as written by the user) that matches `host`, or null. */
export function matchingPattern(host: string, patterns: readonly string[]): string | null {
  for (const p of patterns) if (hostMatches(host, p)) return p;
  return null;
}

/** A WebExtension match pattern covering the same hosts (`*://*.gov.cn/*`); null if invalid. */
export function toMatchPattern(raw: string): string | null {
  const p = parseHostPattern(raw);
  return p ? `*://${p.pattern}/*` : null;
}

/** The host pattern a granted origin (`*://*.gov.hk/*`, `https://www.example.org/*`) stands for; null for all sites or anything else. */
export function fromMatchPattern(origin: string): string | null {
  const m = /^(?:\*|https?):\/\/([^/]+)\/\*?$/.exec(origin.trim());
  if (!m || m[1] === '*') return null;
  return parseHostPattern(m[1]!)?.pattern ?? null;
}

/**
 * The reader's sites after the browser granted `origins`: each granted site joins the list
 * (a grant is only ever asked for to turn a site on, so the grant itself says so, even when the
 * page that asked closed at the prompt). The sites the extension reads anyway (`builtIn`, the
 * manifest's, e.g. `*.gov.cn`) are not added. Null when nothing new.
 */
export function sitesAfterGrant(userHosts: readonly string[], origins: readonly string[], builtIn: readonly string[] = []): string[] | null {
  const added = origins.map(fromMatchPattern).filter((p): p is string => !!p && !userHosts.includes(p) && !builtIn.includes(p));
  return added.length ? [...userHosts, ...new Set(added)] : null;
}
