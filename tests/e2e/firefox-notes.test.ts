// The reader's notes in Firefox: add one by selecting words, reload, it is back on the same words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { MANIFEST, launchFirefox, open, selectWords, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';

const policy = MANIFEST.pages.find((p) => p.file === 'gov-policy.html')!;
let browser: Browser;
let server: FixtureServer;

before(async () => {
  server = await serveFixtures();
  browser = await launchFirefox('zh-CN');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('Firefox: a note added on selected words is back on them after a reload', { timeout: 120_000 }, async () => {
  const { page } = await open(browser, server, policy);
  await waitReady(page);
  await selectWords(page, '森林防火登记检查');
  await page.waitForSelector('gazette-lens-ui >>> .add-note', { timeout: 5000 });
  await page.click('gazette-lens-ui >>> .add-note');
  await page.waitForSelector('gazette-lens-ui >>> .note-editor textarea');
  await page.type('gazette-lens-ui >>> .note-editor textarea', '进入禁火区域须登记');
  await page.click('gazette-lens-ui >>> .note-editor button[type=submit]');
  await page.waitForFunction(() => document.documentElement.getAttribute('data-gazette-lens-notes') === '1/0', { timeout: 10_000 });
  await page.reload();
  await waitReady(page);
  await page.waitForFunction(() => document.documentElement.getAttribute('data-gazette-lens-notes') === '1/0', { timeout: 10_000 });
  const painted = await page.evaluate(() => [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-note-yellow') ?? [])].map((r) => r.toString()));
  assert.deepEqual(painted, ['森林防火登记检查']);
  await shot(page, 'firefox-note');
  await page.close();
});
