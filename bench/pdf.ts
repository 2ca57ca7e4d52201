/**
 * The PDF reader on a 100-page gazette (tests/fixtures/pdf/issue-100.pdf): from navigation to the
 * first page drawn with its highlights, and to the whole issue's outline (the engine's result
 * over the text of all 100 pages), against PDF.js's own time to draw the first page with its text
 * layer (a bare page that only does that), measured in the same run and browser.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
// @ts-expect-error: plain ESM script without types
import { startFixtureServer } from '../scripts/serve-fixtures.mjs';
import { buildPdfFixtures } from '../scripts/build-pdf-fixtures.ts';
import { CHROME_ARGS } from '../tests/e2e/harness.ts';
import { DEFAULT_ZOOM, scaleOf } from '../lib/pdf/zoom.ts';

/** The scale the reader opens a PDF at in the bench's window (wider than the page: the default zoom). */
const SCALE = scaleOf(DEFAULT_ZOOM);

const ROOT = join(import.meta.dirname, '..');
const HOST = 'www.example.gov.cn';
const PDF = 'tests/fixtures/pdf/issue-100.pdf';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export interface PdfBench {
  pages: number;
  runs: number;
  firstPageMs: number;
  outlineMs: number;
  baselineFirstPageMs: number;
  /** The reader's steps, from navigation (ms, the median run's): fetched, opened, text read, page sizes, outline, first page. */
  steps: Record<string, number>;
}

/** PDF.js alone: open the file, draw page 1 (canvas and TextLayer) at the reader's scale. */
const BASELINE_HTML = `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/node_modules/pdfjs-dist/web/pdf_viewer.css">
<div class="pdfViewer"><div class="page" id="p" style="--scale-factor:${SCALE};--user-unit:1;position:relative"></div></div>
<script type="module">
import * as pdfjs from '/node_modules/pdfjs-dist/build/pdf.mjs';
pdfjs.GlobalWorkerOptions.workerSrc = '/node_modules/pdfjs-dist/build/pdf.worker.min.mjs';
const data = new Uint8Array(await (await fetch('/${PDF}')).arrayBuffer());
const doc = await pdfjs.getDocument({ data, cMapUrl: '/node_modules/pdfjs-dist/cmaps/', cMapPacked: true, standardFontDataUrl: '/node_modules/pdfjs-dist/standard_fonts/' }).promise;
const page = await doc.getPage(1);
const viewport = page.getViewport({ scale: ${SCALE} });
const canvas = document.createElement('canvas');
canvas.width = viewport.width; canvas.height = viewport.height;
const layer = document.createElement('div'); layer.className = 'textLayer';
document.getElementById('p').append(canvas, layer);
await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: layer, viewport }).render();
performance.mark('first-page');
</script>`;

async function markTime(browser: Browser, url: string, names: string[]): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const times = await page.waitForFunction((ns: string[]) => {
    const t = ns.map((n) => performance.getEntriesByName(n)[0]?.startTime);
    return t.every((x) => x !== undefined) ? t : null;
  }, { timeout: 60_000, polling: 50 }, names);
  const out = (await times.jsonValue()) as number[];
  await page.close();
  return out;
}

export async function benchPdf(runs = 3): Promise<PdfBench> {
  await buildPdfFixtures({ ensure: true });
  const dir = join(ROOT, '.cache/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pdfjs-baseline.html'), BASELINE_HTML);
  const server = await startFixtureServer({ root: ROOT });
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    enableExtensions: [join(ROOT, '.output/chrome-mv3')],
    args: [...CHROME_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    defaultViewport: { width: 1280, height: 900 },
  });
  try {
    const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
    const reader = `chrome-extension://${new URL(sw.url()).host}/reader.html?file=${encodeURIComponent(server.url(PDF, HOST))}`;
    const baseline = server.url('.cache/bench/pdfjs-baseline.html', HOST);
    const STEPS = ['gl-pdf-fetched', 'gl-pdf-opened', 'gl-pdf-text', 'gl-pdf-sizes', 'gl-pdf-outline', 'gl-pdf-first-page'];
    const steps: number[][] = [];
    const first: number[] = [];
    const outline: number[] = [];
    const base: number[] = [];
    // One untimed load of each warms the browser's caches alike.
    await markTime(browser, baseline, ['first-page']);
    await markTime(browser, reader, STEPS);
    for (let i = 0; i < runs; i++) {
      base.push((await markTime(browser, baseline, ['first-page']))[0]!);
      const t = await markTime(browser, reader, STEPS);
      steps.push(t);
      outline.push(t[4]!);
      first.push(t[5]!);
    }
    const mid = steps.find((t) => t[5] === median(first))!;
    return { pages: 100, runs, firstPageMs: median(first), outlineMs: median(outline), baselineFirstPageMs: median(base), steps: Object.fromEntries(STEPS.map((s, i) => [s.replace('gl-pdf-', ''), mid[i]!])) };
  } finally {
    await browser.close();
    await server.close();
  }
}
