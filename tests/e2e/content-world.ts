/**
 * Running code where our content script runs: its isolated world (Chromium only, over the
 * DevTools protocol). Chrome's guidance is to treat a content script as possibly compromised
 * (a page that found a bug in it can run code there); these helpers let a test do exactly
 * what such code could: send any message, touch `chrome.storage`, open IndexedDB.
 *
 * The world is found as the issue describes: `Runtime.executionContextCreated` events (sent
 * again for existing contexts when the domain is enabled), the one whose `auxData.type` is
 * `isolated` and whose origin is the extension's.
 */
import type { Browser, CDPSession, Page } from 'puppeteer-core';

export async function extensionId(browser: Browser): Promise<string> {
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  return new URL(sw.url()).host;
}

export interface ContentWorld {
  /** Evaluates an expression (a function body's source as a string, awaited) in the content script's world. */
  run<T = unknown>(source: string): Promise<T>;
  /** `chrome.runtime.sendMessage(message)` from the content script's world; resolves to the answer. */
  send<T = { ok: boolean; error?: string } & Record<string, unknown>>(message: unknown): Promise<T>;
  close(): Promise<void>;
}

interface ContextDescription {
  id: number;
  origin: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

export async function contentWorld(page: Page, browser: Browser, timeout = 10_000): Promise<ContentWorld> {
  const id = await extensionId(browser);
  const cdp: CDPSession = await page.createCDPSession();
  const frameId = (page.mainFrame() as unknown as { _id: string })._id;
  const contexts: ContextDescription[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ContextDescription }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const until = Date.now() + timeout;
  let ctx: ContextDescription | undefined;
  while (!(ctx = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${id}` && (!frameId || c.auxData?.frameId === frameId)))) {
    if (Date.now() > until) throw new Error(`no content-script world of chrome-extension://${id} in ${page.url()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const contextId = ctx.id;
  const run = async <T>(source: string): Promise<T> => {
    const r = await cdp.send('Runtime.evaluate', { expression: `(async () => { ${source} })()`, contextId, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(`in the content world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  };
  return {
    run,
    send: <T>(message: unknown) => run<T>(`return await chrome.runtime.sendMessage(${JSON.stringify(message)});`),
    close: async () => {
      await cdp.detach().catch(() => undefined);
    },
  };
}
