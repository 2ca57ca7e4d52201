/**
 * 「在此网站启用」, step by step, with what the popup says at each: the browser is asked at once
 * (inside the reader's click: the only time it may prompt), then the site is turned on. Whatever
 * the browser answers is said: allowed, refused, or the request itself failed. The browser's
 * grant alone also turns the site on (the background listens for it), so a popup that Firefox
 * closes at the prompt loses nothing.
 */
import { enableMessage } from './popup.ts';
import type { Lang } from '../i18n.ts';

export interface EnablePort {
  /** browser.permissions.request: resolves to the reader's answer, or rejects (not from a click, …). */
  request(origins: string[]): Promise<boolean>;
  /** Turns the content script on for the host and reads this tab. */
  enable(host: string): Promise<{ ok: true } | { ok: false; error: string }>;
}

/** True when the site is on. `say` is called with each message, the first before the browser answers. */
export async function enableSite(host: string, lang: Lang, port: EnablePort, say: (message: string) => void): Promise<boolean> {
  let asked: Promise<boolean>;
  try {
    asked = port.request([`*://${host}/*`]);
  } catch (e) {
    asked = Promise.reject(e);
  }
  say(enableMessage(lang, 'asking', host));
  let granted: boolean;
  try {
    granted = await asked;
  } catch (e) {
    say(enableMessage(lang, 'failed', e instanceof Error ? e.message : String(e)));
    return false;
  }
  if (!granted) {
    say(enableMessage(lang, 'refused', host));
    return false;
  }
  const r = await port.enable(host).catch((e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }));
  say(r.ok ? enableMessage(lang, 'enabled', host) : enableMessage(lang, 'failed', r.error));
  return r.ok;
}
