/**
 * Builds the PDF fixtures (tests/fixtures/pdf/) from the real corpus texts in ../shared/corpus,
 * the way gazettes reach readers: printed by a browser (Chromium's print-to-PDF, the CJK font
 * embedded as a subset), plus the kinds of PDF a reader meets that a browser does not print.
 *
 *   npx tsx scripts/build-pdf-fixtures.ts            build them all
 *   npx tsx scripts/build-pdf-fixtures.ts --ensure   build only those missing
 *
 * The files (manifest.json says which corpus text each one holds, for the accuracy figures):
 *   corpus-000/001/002.pdf  each corpus text, printed as a page of A4 (lines wrap as print wraps them)
 *   issue-100.pdf           the corpus texts one after another, 100 pages (the speed benchmark's)
 *   two-column.pdf          corpus 001's first 12,000 characters in two columns
 *   no-embedded-font.pdf    corpus 001's first lines in STSong-Light, not embedded (needs the cmaps)
 *   scan.pdf                a page that is an image of text: no text layer
 *   encrypted.pdf           a short text encrypted with a user password (RC4, revision 2)
 * Chromium's PDFs carry their creation time, so they are not byte-identical between builds; the
 * committed ones are what the tests read, and the tests check their text against the corpus.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DEFAULT_CORPUS_DIR, REPO_ROOT } from './fixtures/manifest.ts';
import { textPdf } from './pdf-fixtures/pdf-writer.ts';

export const PDF_DIR = join(REPO_ROOT, 'tests/fixtures/pdf');

export interface PdfFixture {
  file: string;
  /** The corpus text it holds (whole, or its first `chars` characters), when it holds one. */
  source?: string;
  chars?: number;
  /** What a reader should be told instead of highlights. */
  problem?: 'scan' | 'encrypted';
  userPassword?: string;
}

const corpusFiles = (dir: string): string[] => readdirSync(dir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort();
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const PRINT_CSS = `@page { size: A4; margin: 20mm 18mm; }
  body { margin: 0; font: 10.5pt/1.6 "Noto Sans CJK SC", "Noto Serif CJK SC", sans-serif; color: #000; }
  pre { font: inherit; white-space: pre-wrap; word-break: break-all; margin: 0; }
  .columns { column-count: 2; column-gap: 8mm; }`;

async function printHtml(browser: Browser, body: string, pageRanges = ''): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>${PRINT_CSS}</style><body>${body}</body></html>`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  const pdf = Buffer.from(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true, pageRanges }));
  await page.close();
  return pdf;
}

/** An image of the text, drawn in the page and printed: what a scanner gives. */
async function printScan(browser: Browser, lines: string[]): Promise<Buffer> {
  const page = await browser.newPage();
  await page.setContent('<!doctype html><meta charset="utf-8"><canvas width="1240" height="1754"></canvas>');
  const png = await page.evaluate((ls) => {
    const c = document.querySelector('canvas')!;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#111';
    g.font = '30px "Noto Sans CJK SC", sans-serif';
    ls.forEach((l, i) => g.fillText(l, 100, 140 + i * 48));
    return c.toDataURL('image/png');
  }, lines);
  await page.close();
  return printHtml(browser, `<img src="${png}" style="width: 100%">`);
}

export async function buildPdfFixtures(options: { ensure?: boolean; corpusDir?: string; outDir?: string } = {}): Promise<PdfFixture[]> {
  const corpusDir = options.corpusDir ?? DEFAULT_CORPUS_DIR;
  const outDir = options.outDir ?? PDF_DIR;
  mkdirSync(outDir, { recursive: true });
  const names = corpusFiles(corpusDir);
  const text = (name: string): string => readFileSync(join(corpusDir, name), 'utf8').replace(/^\uFEFF/, '');
  const c001 = names.find((n) => n.startsWith('001_'))!;
  const firstLines = (name: string, n: number, width: number): string[] =>
    text(name).split(/\r?\n/).filter((l) => l.trim()).flatMap((l) => l.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []).slice(0, n);
  const fixtures: Array<PdfFixture & { build(b: Browser): Promise<Buffer> | Buffer }> = [
    ...names.map((name) => ({ file: `corpus-${name.slice(0, 3)}.pdf`, source: name, build: (b: Browser) => printHtml(b, `<pre>${escapeHtml(text(name))}</pre>`) })),
    // The speed benchmark's issue: the corpus texts one after another, printed to exactly 100 pages.
    { file: 'issue-100.pdf', build: (b: Browser) => printHtml(b, `<pre>${escapeHtml(names.map(text).join('\n').repeat(2))}</pre>`, '1-100') },
    { file: 'two-column.pdf', source: c001, chars: 12_000, build: (b: Browser) => printHtml(b, `<div class="columns"><pre>${escapeHtml(text(c001).slice(0, 12_000))}</pre></div>`) },
    { file: 'no-embedded-font.pdf', source: c001, build: () => { const l = firstLines(c001, 150, 40); return textPdf({ pages: [l.slice(0, 50), l.slice(50, 100), l.slice(100)] }); } },
    { file: 'scan.pdf', problem: 'scan', build: (b: Browser) => printScan(b, firstLines(c001, 30, 34)) },
    { file: 'encrypted.pdf', problem: 'encrypted', userPassword: 'gazette', build: () => textPdf({ pages: [firstLines(c001, 40, 40)], userPassword: 'gazette' }) },
  ];
  const todo = fixtures.filter((f) => !options.ensure || !existsSync(join(outDir, f.file)));
  let browser: Browser | null = null;
  try {
    for (const f of todo) {
      browser ??= await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
      writeFileSync(join(outDir, f.file), await f.build(browser));
    }
  } finally {
    await browser?.close();
  }
  const manifest: PdfFixture[] = fixtures.map((f) => ({ file: f.file, source: f.source, chars: f.chars, problem: f.problem, userPassword: f.userPassword }));
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify({ pdfs: manifest }, null, 2)}\n`);
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const built = await buildPdfFixtures({ ensure: process.argv.includes('--ensure') });
  console.log(`build-pdf-fixtures: ${built.length} PDFs in ${PDF_DIR}`);
}
