/**
 * Our UI as a test sees it. The UI lives in a *closed* shadow root, which the page (and
 * puppeteer's `>>>` combinator) cannot open: `host.shadowRoot` is null. Tests reach it the
 * way browser tooling does, over the automation protocol: Chromium's DevTools protocol
 * (`DOM.describeNode` with `pierce`) and Firefox's WebDriver BiDi (`includeShadowTree: 'all'`)
 * both hand out closed roots. The handle lives in puppeteer's own isolated world, so a
 * hostile page cannot tamper with what a test reads either.
 *
 * Then everything goes through real input: `click` moves the mouse to the element's centre.
 */
import type { ElementHandle, Page } from 'puppeteer-core';

const HOST_XPATH = '//*[starts-with(local-name(), "gazette-lens-ui")]';

/** Internals of puppeteer this file leans on; pinned by the lock file, checked at use. */
interface CdpRealm {
  adoptBackendNode(id: number): Promise<ElementHandle<Node>>;
}
interface BidiRealm {
  realm: {
    callFunction(fn: string, awaitPromise: boolean, options: object): Promise<{ type: string; result: { type: string; value?: { shadowRoot?: { sharedId?: string } | null } } }>;
  };
  createHandle(value: unknown): ElementHandle<Node>;
}

const isFirefox = (page: Page): boolean => page.browser().process()?.spawnfile?.includes('firefox') ?? false;

async function chromiumRoot(page: Page): Promise<ElementHandle<ShadowRoot> | null> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { searchId, resultCount } = await cdp.send('DOM.performSearch', { query: HOST_XPATH });
    if (!resultCount) {
      await cdp.send('DOM.discardSearchResults', { searchId });
      return null;
    }
    const { nodeIds } = await cdp.send('DOM.getSearchResults', { searchId, fromIndex: 0, toIndex: resultCount });
    await cdp.send('DOM.discardSearchResults', { searchId });
    for (const nodeId of nodeIds) {
      const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 0, pierce: true });
      const root = node.shadowRoots?.[0];
      if (!root) continue;
      const realm = (page.mainFrame() as unknown as { isolatedRealm(): CdpRealm }).isolatedRealm();
      return (await realm.adoptBackendNode(root.backendNodeId)) as ElementHandle<ShadowRoot>;
    }
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function firefoxRoot(page: Page): Promise<ElementHandle<ShadowRoot> | null> {
  const realm = (page.mainFrame() as unknown as { isolatedRealm(): BidiRealm }).isolatedRealm();
  const found = await realm.realm.callFunction(
    `() => [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gazette-lens-ui')) ?? null`,
    true,
    { serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' }, resultOwnership: 'none' },
  );
  const sharedId = found.result.type === 'node' ? found.result.value?.shadowRoot?.sharedId : undefined;
  if (!sharedId) return null;
  const again = await realm.realm.callFunction('(r) => r', true, { arguments: [{ sharedId }], resultOwnership: 'root' });
  return realm.createHandle(again.result) as ElementHandle<ShadowRoot>;
}

/** Our UI's (closed) shadow root, or null when the UI is not on the page. */
export async function uiRoot(page: Page): Promise<ElementHandle<ShadowRoot> | null> {
  return isFirefox(page) ? firefoxRoot(page) : chromiumRoot(page);
}

async function poll<T>(what: string, timeout: number, fn: () => Promise<T | null | undefined | false>): Promise<T> {
  const until = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Reading and driving our UI inside its closed shadow root. */
export interface Ui {
  root(): Promise<ElementHandle<ShadowRoot>>;
  $(selector: string): Promise<ElementHandle<Element> | null>;
  $$(selector: string): Promise<Array<ElementHandle<Element>>>;
  /** Waits until `selector` matches inside our UI (or, with `gone`, until it does not). */
  waitFor(selector: string, options?: { timeout?: number; gone?: boolean }): Promise<void>;
  /** innerText of the first match, or null. */
  text(selector: string): Promise<string | null>;
  /** Text of every match. */
  texts(selector: string): Promise<string[]>;
  /** A real mouse click in the middle of the first match. */
  click(selector: string): Promise<void>;
  /**
   * Opens the outline with the launcher, unless it is open already: the outline opens as the
   * reader left it on the site, so a page of a site where an earlier test opened it starts open.
   */
  openOutline(timeout?: number): Promise<void>;
  /** Focuses the first match with a click and types with the keyboard. */
  type(selector: string, text: string): Promise<void>;
  /** `tag.class` of the focused element inside our UI, or null. */
  focused(): Promise<string | null>;
  /** A data attribute of our UI's container (e.g. `notes` → "placed/orphans"). */
  state(name: string): Promise<string | null>;
}

export function ui(page: Page): Ui {
  const root = async (): Promise<ElementHandle<ShadowRoot>> => poll('our UI on the page', 10_000, () => uiRoot(page));
  const $ = async (selector: string): Promise<ElementHandle<Element> | null> => (await root()).$(selector) as Promise<ElementHandle<Element> | null>;
  const api: Ui = {
    root,
    $,
    async $$(selector) {
      return (await root()).$$(selector) as Promise<Array<ElementHandle<Element>>>;
    },
    async waitFor(selector, { timeout = 5000, gone = false } = {}) {
      await poll(`${gone ? 'no ' : ''}${selector} in our UI`, timeout, async () => {
        const r = await uiRoot(page);
        const el = r ? await r.$(selector) : null;
        return gone ? !el : !!el;
      });
    },
    async text(selector) {
      const el = await $(selector);
      return el ? el.evaluate((e) => (e as HTMLElement).innerText) : null;
    },
    async texts(selector) {
      const els = await api.$$(selector);
      return Promise.all(els.map((e) => e.evaluate((x) => (x as HTMLElement).innerText)));
    },
    async click(selector) {
      const el = await poll(`${selector} to click`, 5000, () => $(selector));
      await el.click();
    },
    async openOutline(timeout = 5000) {
      if (!(await $('.outline'))) await api.click('.launcher');
      await api.waitFor('.outline', { timeout });
    },
    async type(selector, text) {
      const el = await poll(`${selector} to type in`, 5000, () => $(selector));
      await el.click();
      await page.keyboard.type(text);
    },
    async focused() {
      return (await root()).evaluate((r) => {
        const a = r.activeElement;
        return a ? `${a.tagName.toLowerCase()}.${a.className}` : null;
      });
    },
    async state(name) {
      return (await root()).evaluate((r, n) => (r.querySelector('[data-gl-container]') as HTMLElement | null)?.dataset[n] ?? null, name);
    },
  };
  return api;
}

/** The note editor's frame (an extension page inside our UI), once it has loaded its draft. */
export async function noteEditor(page: Page, timeout = 10_000): Promise<import('puppeteer-core').Frame> {
  const frame = await poll('the note editor', timeout, async () => {
    const el = await (await uiRoot(page))?.$('iframe.note-frame');
    return el ? el.contentFrame() : null;
  });
  await frame.waitForSelector('textarea', { timeout });
  return frame;
}

/**
 * Writes a note as a reader does: the words are selected, 「✎ 添加笔记」 pressed, the body and
 * tags typed into the editor and saved. Resolves when the page shows one more placed note.
 */
export async function writeNote(page: Page, select: () => Promise<void>, body: string, tags = '', options: { colour?: string; shot?: () => Promise<unknown> } = {}): Promise<void> {
  const u = ui(page);
  const before = Number((await u.state('notes'))?.split('/')[0] ?? 0);
  await select();
  await u.click('.add-note');
  const editor = await noteEditor(page);
  await editor.type('textarea', body);
  if (tags) await editor.type('input[type=text]', tags);
  if (options.colour) {
    const i = ['yellow', 'green', 'blue', 'pink', 'purple'].indexOf(options.colour) + 1;
    await editor.click(`.swatch-choice:nth-of-type(${i}) input`);
  }
  await options.shot?.();
  await editor.click('button[type=submit]');
  await poll('the new note on the page', 10_000, async () => Number((await u.state('notes'))?.split('/')[0] ?? 0) > before);
}

/** "placed/orphans" once the page's notes are loaded. */
export async function notesState(page: Page, want?: string, timeout = 10_000): Promise<string> {
  return poll(`notes ${want ?? 'loaded'}`, timeout, async () => {
    const v = await ui(page).state('notes');
    return v && (want === undefined || v === want) ? v : null;
  });
}

/**
 * The words each painted note sits on: the page's text under the note's boxes (our boxes are
 * laid over the text; the words are read back from the page at the boxes' middles).
 */
export async function paintedNotes(page: Page): Promise<Array<{ colour: string; words: string }>> {
  const root = await ui(page).root();
  const ids = await root.evaluate((r) => [...new Set([...r.querySelectorAll<HTMLElement>('.note-box')].map((b) => b.dataset.note!))]);
  const out: Array<{ colour: string; words: string }> = [];
  for (const id of ids) {
    // Each note in view first: the page's text is read back where the box is drawn.
    const boxes = await root.evaluate((r, id) => {
      const all = [...r.querySelectorAll<HTMLElement>('.note-box')].filter((b) => b.dataset.note === id);
      all[0]!.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      return { colour: all[0]!.dataset.colour!, points: all.map((b) => {
        const rect = b.getBoundingClientRect();
        return [rect.left, rect.right, rect.top + rect.height / 2] as [number, number, number];
      }) };
    }, id);
    out.push(await page.evaluate(({ colour, points }) => {
      let words = '';
      for (const [left, right, y] of points) {
        const a = document.caretPositionFromPoint(left + 1, y);
        const b = document.caretPositionFromPoint(right - 1, y);
        if (!a || !b) continue;
        const range = document.createRange();
        range.setStart(a.offsetNode, a.offset);
        range.setEnd(b.offsetNode, b.offset);
        words += range.toString();
      }
      return { colour, words: words.replace(/\s+/g, '') };
    }, boxes));
  }
  return out;
}

/** Waits until `fn()` gives a value `ok` accepts (no fixed sleeps before assertions). */
export async function waitUntil<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 5000, what = 'a condition'): Promise<T> {
  return poll(what, timeout, async () => {
    const v = await fn();
    return ok(v) ? { v } : null;
  }).then((x) => x.v);
}
