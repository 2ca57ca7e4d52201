/**
 * End-to-end harness: the built extension in a real browser (puppeteer-core, Debian's
 * Chromium or firefox-esr), the fixture pages served on 127.0.0.1 under their manifest
 * host names, and helpers that read what a reader would see.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: plain ESM script without types
import { startFixtureServer } from '../../scripts/serve-fixtures.mjs';
import { htmlToText } from '../../lib/input/html-text.ts';
import { extract } from '../../lib/extract/index.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const SHOTS = join(ROOT, '.cache/screenshots');
mkdirSync(SHOTS, { recursive: true });

export interface FixturePage {
  file: string;
  host: string;
  government: boolean;
  csp: string | null;
  title: string;
  expectedHighlights?: Array<{ kind: string; text: string }>;
  /** The article is in a same-origin frame or an open shadow root (tests/e2e/deep-content.test.ts). */
  deep?: 'frame' | 'shadow';
}

export const MANIFEST: { pages: FixturePage[] } = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/pages/manifest.json'), 'utf8'));
/** Government sites outside gov.cn, which the reader turns on (the fixture pages are served there too). */
export const OTHER_GOV_HOSTS = ['www.example.gov.hk', 'www.example.gov.mo'];
export const HOSTS = [...new Set([...MANIFEST.pages.map((p) => p.host), ...OTHER_GOV_HOSTS])];

export interface FixtureServer {
  port: number;
  url(path: string, host?: string): string;
  close(): Promise<void>;
}

export async function serveFixtures(): Promise<FixtureServer> {
  return (await startFixtureServer()) as FixtureServer;
}

/** The same server over another folder (its own manifest.json names each page's CSP). */
export async function serveFolder(root: string): Promise<FixtureServer> {
  return (await startFixtureServer({ root })) as FixtureServer;
}

export const CHROME_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--window-size=1280,900',
];

export async function launchChromium(lang = 'zh-CN'): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    enableExtensions: [join(ROOT, '.output/chrome-mv3')],
    args: [...CHROME_ARGS, `--lang=${lang}`, `--accept-lang=${lang}`, `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`],
    env: { ...process.env, LANGUAGE: lang.replace('-', '_'), LANG: `${lang.replace('-', '_')}.UTF-8` },
    defaultViewport: { width: 1280, height: 900 },
  });
}

/** What the engine finds in the page's visible text, computed in Node: the counts the page must show. */
export function expectedCounts(file: string): Record<'docnum' | 'deadline' | 'unit', number> {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages', file), 'utf8');
  const counts = { docnum: 0, deadline: 0, unit: 0 };
  for (const a of extract(htmlToText(html)).annotations) counts[a.kind]++;
  return counts;
}

export interface Opened {
  page: Page;
  errors: string[];
}

/** Opens a fixture; collects console errors and page errors. */
export async function open(browser: Browser, server: FixtureServer, fixture: FixturePage): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // The fixture pages have no favicon: the browser's own 404 for it is not ours to judge.
    if (m.type() === 'error' && !(m.text().startsWith('Failed to load resource') && /\/favicon\.ico$/.test(m.location().url ?? ''))) {
      errors.push(`${m.text()} (${m.location().url ?? ''})`);
    }
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url(fixture.file, fixture.host), { waitUntil: 'load' });
  return { page, errors };
}

export async function waitReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForSelector('html[data-gazette-lens="ready"]', { timeout });
}

/** Highlights painted per kind: CSS registry ranges, or distinct marked items for the mark.js engine. */
export async function paintedCounts(page: Page): Promise<Record<'docnum' | 'deadline' | 'unit', number>> {
  return page.evaluate(() => {
    const out = { docnum: 0, deadline: 0, unit: 0 };
    for (const k of ['docnum', 'deadline', 'unit'] as const) {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(`gl-${k}`);
      const marks = new Set([...document.querySelectorAll(`mark.gl-mark.gl-${k}`)].map((m) => m.getAttribute('data-gl-id')));
      out[k] = Math.max(h?.size ?? 0, marks.size);
    }
    return out;
  });
}

/** The painted highlights' texts (whitespace removed), by kind, in document order. */
export async function paintedTexts(page: Page): Promise<Array<{ kind: string; text: string }>> {
  return page.evaluate(() => {
    const out: Array<{ kind: string; text: string; top: number; left: number }> = [];
    for (const k of ['docnum', 'deadline', 'unit']) {
      const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(`gl-${k}`);
      for (const r of h ?? []) {
        const b = r.getBoundingClientRect();
        out.push({ kind: k, text: r.toString().replace(/\s+/g, ''), top: b.top + scrollY, left: b.left });
      }
    }
    return out.sort((a, b) => a.top - b.top || a.left - b.left).map(({ kind, text }) => ({ kind, text }));
  });
}

/** Centre of the n-th painted highlight of a kind, in viewport coordinates, after scrolling it into view. */
export async function highlightPoint(page: Page, kind: string, n = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (k, i) => {
      const ranges = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`gl-${k}`) ?? [])];
      const r = ranges[i]!;
      (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const b = r.getClientRects()[0]!;
      return { x: b.left + Math.min(b.width / 2, 20), y: b.top + b.height / 2 };
    },
    kind,
    n,
  );
}

/** Text of an element inside our UI's shadow root, or null. */
export async function uiText(page: Page, selector: string): Promise<string | null> {
  const el = await page.$(`gazette-lens-ui >>> ${selector}`);
  return el ? el.evaluate((e) => (e as HTMLElement).innerText) : null;
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Debian's firefox-esr with the Firefox (MV3) build installed as a temporary add-on. */
export async function launchFirefox(lang = 'zh-CN', prefs: Record<string, unknown> = {}): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    // A fixed moz-extension:// origin, and leave to open it over BiDi (../shared/TOOLCHAIN.md).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': HOSTS.join(','), 'intl.accept_languages': lang === 'zh-CN' ? 'zh-CN, zh' : lang, 'intl.locale.requested': lang,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      ...prefs,
    },
  });
  await browser.installExtension(join(ROOT, '.output/firefox-mv3'));
  return browser;
}

export const FIREFOX_ID = 'gazette-lens@gazette-lens.invalid';
export const FIREFOX_UUID = '6a1c2f0e-9b7d-4c52-8e1a-3f5d7c9b2e41';

/** An extension page of ours in a new tab (Chromium: chrome-extension://id/…; Firefox: the fixed moz-extension:// uuid). */
export async function extensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const firefox = browser.process()?.spawnfile?.includes('firefox') ?? false;
  if (!firefox) {
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    await page.goto(`chrome-extension://${new URL(sw.url()).host}/${path}`, { waitUntil: 'load' });
    return page;
  }
  // Over BiDi the navigation to a moz-extension:// page loads but never reports done.
  await page.goto(`moz-extension://${FIREFOX_UUID}/${path}`, { timeout: 2000 }).catch(() => undefined);
  await page.waitForFunction(() => document.readyState === 'complete' && document.body.innerText.length > 10, { timeout: 10_000 });
  return page;
}

/** Selects the first occurrence of `words` on the page with the mouse, as a reader would: press, drag, let go. */
/** Where `words` stand on the page (scrolled into view): the first and last boxes' inner ends, or null. */
async function wordsAt(page: Page, words: string): Promise<{ x0: number; y0: number; x1: number; y1: number } | null> {
  return page.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n as Text).data.indexOf(w);
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + w.length);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const boxes = [...r.getClientRects()].filter((b) => b.width > 0);
      const a = boxes[0]!;
      const b = boxes[boxes.length - 1]!;
      return { x0: a.left + 1, y0: a.top + a.height / 2, x1: b.right - 1, y1: b.top + b.height / 2 };
    }
    return null;
  }, words);
}

/** A real click in the middle of the first box of `words` on the page. */
export async function clickWords(page: Page, words: string): Promise<void> {
  const at = await wordsAt(page, words);
  if (!at) throw new Error(`not on the page: ${words}`);
  await page.mouse.click(at.x0 + 4, at.y0);
}

export async function selectWords(page: Page, words: string): Promise<void> {
  const at = await wordsAt(page, words);
  if (!at) throw new Error(`not on the page: ${words}`);
  await page.mouse.move(at.x0, at.y0);
  await page.mouse.down();
  await page.mouse.move((at.x0 + at.x1) / 2, (at.y0 + at.y1) / 2, { steps: 4 });
  await page.mouse.move(at.x1, at.y1, { steps: 4 });
  await page.mouse.up();
  const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
  if (selected.replace(/\s+/g, '') !== words.replace(/\s+/g, '')) throw new Error(`selected ${JSON.stringify(selected)} instead of ${JSON.stringify(words)}`);
}

/** A point on the first painted deadline whose text starts with `prefix`, scrolled into view. */
export async function deadlinePoint(page: Page, prefix: string): Promise<{ x: number; y: number }> {
  return page.evaluate((p) => {
    const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-deadline')!].find((x) => x.toString().startsWith(p))!;
    (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + 6, y: b.top + b.height / 2 };
  }, prefix);
}
