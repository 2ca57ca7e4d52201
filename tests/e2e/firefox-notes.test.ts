// The reader's notes in Firefox: add one by selecting words, reload, it is back on the same words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { MANIFEST, launchFirefox, open, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';

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
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('森林防火登记检查');
      if (at < 0) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + 8);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
  });
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
