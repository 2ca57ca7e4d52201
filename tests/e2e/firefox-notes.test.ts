// The reader's notes in Firefox: add one by selecting words, reload, it is back on the same words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import { MANIFEST, launchFirefox, open, selectWords, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';
import { notesState, paintedNotes, writeNote } from './ui.ts';

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
  await writeNote(page, () => selectWords(page, '森林防火登记检查'), '进入禁火区域须登记');
  await page.reload();
  await waitReady(page);
  assert.equal(await notesState(page, '1/0'), '1/0');
  assert.deepEqual(await paintedNotes(page), [{ colour: 'yellow', words: '森林防火登记检查' }]);
  await shot(page, 'firefox-note');
  await page.close();
});
