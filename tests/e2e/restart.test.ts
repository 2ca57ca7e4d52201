// A browser restart loses nothing: a note and a watch made before the browser closes are there
// when it starts again on the same profile (they live in the extension's IndexedDB).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, HOSTS, MANIFEST, ROOT, deadlinePoint, selectWords, serveFixtures, waitReady, type FixtureServer } from './harness.ts';
import { notesState, ui, waitUntil, writeNote } from './ui.ts';

const policy = MANIFEST.pages.find((p) => p.file === 'gov-policy.html')!;
const profile = mkdtempSync(join(tmpdir(), 'gazette-lens-profile-'));
let server: FixtureServer;

const launch = (): Promise<Browser> =>
  puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    userDataDir: profile,
    enableExtensions: [join(ROOT, '.output/chrome-mv3')],
    args: [...CHROME_ARGS, '--lang=zh-CN', '--accept-lang=zh-CN', `--host-resolver-rules=${HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`],
    defaultViewport: { width: 1280, height: 900 },
  });

before(async () => {
  server = await serveFixtures();
});
after(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openPolicy(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(policy.file, policy.host));
  await waitReady(page);
  return page;
}

test('a note and a watch survive closing and restarting the browser', { timeout: 120_000 }, async () => {
  let browser = await launch();
  let page = await openPolicy(browser);
  // A note on 禁火区域, through the page's own UI.
  await writeNote(page, () => selectWords(page, '禁火区域'), '禁火区域含森林边缘500米');
  assert.equal(await notesState(page), '1/0');
  // A watch on the document's expiry.
  const point = await deadlinePoint(page, '有效期至');
  await page.mouse.click(point.x, point.y);
  await ui(page).click('.card .actions button');
  await waitUntil(() => ui(page).text('.card'), (t) => /已关注/.test(t ?? ''));
  // Firefox forgets alarms when it closes; ours is made again at every start, in both browsers:
  // cleared here, it must be back after the restart.
  type Alarms = { chrome: { alarms: { clearAll(): Promise<boolean>; get(n: string): Promise<unknown> } } };
  const sw0 = (await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker())!;
  await sw0.evaluate(() => (globalThis as unknown as Alarms).chrome.alarms.clearAll());
  await browser.close();

  browser = await launch();
  page = await openPolicy(browser);
  assert.equal(await notesState(page, '1/0'), '1/0', 'the note is back on the page after the restart');
  const sw = (await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker())!;
  const extensionId = new URL(sw.url()).host;
  assert.ok(await waitUntil(() => sw.evaluate(() => (globalThis as unknown as Alarms).chrome.alarms.get('gazette-lens-reminders')), (a) => !!a, 10_000, 'the alarm'), 'the reminder alarm is made again at start');
  const library = await browser.newPage();
  await library.goto(`chrome-extension://${extensionId}/library.html`);
  await library.waitForFunction(() => /禁火区域含森林边缘500米/.test(document.body.innerText) && /有效期至2027年10月31日/.test(document.body.innerText), { timeout: 10_000 });
  const text = await library.evaluate(() => document.body.innerText);
  assert.match(text, /禁火区域含森林边缘500米/, 'the note is in the library after the restart');
  assert.match(text, /有效期至2027年10月31日/, 'the watch is in the library after the restart');
  await browser.close();
});
