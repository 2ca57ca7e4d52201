/**
 * Drives bench/library.ts in Chromium: bundles it with esbuild (tsx's own), loads it into a
 * page served on 127.0.0.1 (IndexedDB needs a real origin) and runs it.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
// @ts-expect-error: plain ESM script without types
import { startFixtureServer } from '../scripts/serve-fixtures.mjs';
import { CHROME_ARGS } from '../tests/e2e/harness.ts';
import type { LibraryBench } from './library.ts';

const ROOT = join(import.meta.dirname, '..');

export async function benchLibraryInChromium(): Promise<LibraryBench> {
  const bundle = await build({
    stdin: { contents: "import { benchLibrary } from './bench/library.ts'; (globalThis as any).benchLibrary = benchLibrary;", resolveDir: ROOT, loader: 'ts' },
    bundle: true, format: 'iife', write: false, platform: 'browser', target: 'es2022', charset: 'utf8', logLevel: 'silent',
  });
  const server = await startFixtureServer();
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(server.url('not-gov.html'));
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    return (await page.evaluate(() => (globalThis as unknown as { benchLibrary(): Promise<LibraryBench> }).benchLibrary())) as LibraryBench;
  } finally {
    await browser.close();
    await server.close();
  }
}
