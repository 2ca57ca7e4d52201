/**
 * Extension speed on the largest fixture (tests/fixtures/pages/big.html, ≥ 250k characters,
 * ≥ 3,000 text nodes): time from the content script's start to all highlights painted, and
 * the longest task, for both highlight engines — against mark.js with `acrossElements`
 * marking the same annotations' texts (the obvious way to build this), in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
// @ts-expect-error: plain ESM script without types
import { startFixtureServer } from '../scripts/serve-fixtures.mjs';
import { ensureFixtures } from '../scripts/build-fixtures.ts';
import { htmlToText } from '../lib/input/html-text.ts';
import { extract } from '../lib/extract/index.ts';
import { CHROME_ARGS } from '../tests/e2e/harness.ts';

const ROOT = join(import.meta.dirname, '..');
const HOST = 'www.example.gov.cn';

export interface PageRun {
  totalMs: number;
  longestTaskMs: number;
  phases: Record<string, number>;
  counts: Record<string, number>;
}

export interface PageBench {
  chars: number;
  textNodes: number;
  runs: number;
  css: PageRun;
  mark: PageRun;
  baseline: { totalMs: number; longestTaskMs: number; keywords: number };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Records the longest task from navigation on (main world, before any script). */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** Changes the settings as the options page does: a settings.set from an extension page. */
async function setSettings(browser: Browser, settings: Record<string, unknown>): Promise<void> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker');
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${new URL(target.url()).host}/options.html`);
  const r = await page.evaluate((patch) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } })
    .chrome.runtime.sendMessage({ type: 'settings.set', patch }), settings);
  await page.close();
  if (!r.ok) throw new Error(`settings.set: ${r.error}`);
}

async function runEngine(browser: Browser, url: string, engine: 'css' | 'mark'): Promise<PageRun> {
  await setSettings(browser, { benchmark: true, highlightEngine: engine });
  const page = await browser.newPage();
  await watchLongTasks(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('html[data-gazette-lens-timing]', { timeout: 120_000 });
  await new Promise((r) => setTimeout(r, 300)); // let a trailing long task be reported
  const timing = JSON.parse((await page.evaluate(() => document.documentElement.getAttribute('data-gazette-lens-timing')))!);
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.close();
  return { totalMs: timing.total, longestTaskMs: longest, phases: timing.phases, counts: timing.counts };
}

async function runBaseline(browser: Browser, url: string, keywords: string[]): Promise<{ totalMs: number; longestTaskMs: number }> {
  const page = await browser.newPage();
  await watchLongTasks(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: join(ROOT, 'node_modules/mark.js/dist/mark.min.js') });
  const totalMs = await page.evaluate((words) => {
    const t0 = performance.now();
    const Mark = (window as unknown as { Mark: new (el: Element) => { mark(k: string[], o: object): void } }).Mark;
    new Mark(document.body).mark(words, { acrossElements: true, separateWordSearch: false, diacritics: false, className: 'baseline' });
    return performance.now() - t0;
  }, keywords);
  await new Promise((r) => setTimeout(r, 300));
  const longestTaskMs = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  await page.close();
  return { totalMs, longestTaskMs };
}

export async function benchPage(runs = 3): Promise<PageBench> {
  ensureFixtures();
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/big.html'), 'utf8');
  const text = htmlToText(html);
  const keywords = [...new Set(extract(text).annotations.map((a) => a.text.replace(/\s+/g, '')))];
  const server = await startFixtureServer();
  const launch = (withExtension: boolean) =>
    puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      headless: true,
      enableExtensions: withExtension ? [join(ROOT, '.output/chrome-mv3')] : false,
      args: [...CHROME_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
      defaultViewport: { width: 1280, height: 900 },
    });
  try {
    const browser = await launch(true);
    const url = server.url('big.html', HOST);
    const results: Record<'css' | 'mark', PageRun[]> = { css: [], mark: [] };
    for (let i = 0; i < runs; i++) {
      for (const engine of ['css', 'mark'] as const) results[engine].push(await runEngine(browser, url, engine));
    }
    await browser.close();
    const plain = await launch(false);
    const base = [];
    for (let i = 0; i < runs; i++) base.push(await runBaseline(plain, url, keywords));
    await plain.close();
    const pick = (xs: PageRun[]): PageRun => {
      const m = median(xs.map((x) => x.totalMs));
      return { ...xs.find((x) => x.totalMs === m)!, longestTaskMs: Math.max(...xs.map((x) => x.longestTaskMs)) };
    };
    const textNodes = (html.match(/>[^<]*[^<\s][^<]*</g) ?? []).length;
    return {
      chars: text.replace(/\s+/g, '').length, textNodes, runs,
      css: pick(results.css), mark: pick(results.mark),
      baseline: { totalMs: median(base.map((b) => b.totalMs)), longestTaskMs: Math.max(...base.map((b) => b.longestTaskMs)), keywords: keywords.length },
    };
  } finally {
    await server.close();
  }
}
