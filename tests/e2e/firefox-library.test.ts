// Firefox parity for what lives outside the page: the library page (import, notes shown), the
// watchlist's reminder (alarm → notification) and the badge, and the reminder alarm made again
// when the background starts (Firefox does not keep alarms across a restart).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, extensionPage } from './harness.ts';
import { sampleLibrary } from './library-sample.ts';
import { waitUntil } from './ui.ts';

const DIR = mkdtempSync(join(tmpdir(), 'gl-ff-library-'));
let browser: Browser;
let library: Page;

type Api = {
  notifications: { getAll(): Promise<Record<string, unknown>> };
  action: { getBadgeText(o: object): Promise<string>; setBadgeText(o: object): Promise<void> };
  alarms: { get(n: string): Promise<unknown>; create(n: string, o: object): Promise<void>; clearAll(): Promise<boolean> };
  runtime: { reload(): void };
};
const api = <T>(page: Page, fn: (b: Api) => Promise<T>): Promise<T> =>
  page.evaluate(`(${fn.toString()})(browser)`) as Promise<T>;

before(async () => {
  browser = await launchFirefox('zh-CN');
  library = await extensionPage(browser, 'library.html');
});
after(async () => {
  await browser?.close();
});

describe('Firefox: library, reminders and badge', { timeout: 120_000 }, () => {
  test('a library file imported through the page shows its notes and watches', async () => {
    const path = join(DIR, 'library.json');
    const file = sampleLibrary();
    file.watches[0]!.reminded = [30]; // due in 5 days: its 7-day reminder is yet to be sent
    writeFileSync(path, JSON.stringify(file));
    // A headless Firefox closes each notification at once (onShown never comes, onClosed does): the page listens for both.
    await library.evaluate(`window.shown = []; for (const e of ['onShown', 'onClosed']) browser.notifications[e].addListener((id) => window.shown.push(id));`);
    const input = (await library.waitForSelector('#import-file')) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await input.uploadFile(path);
    await library.waitForSelector('.import-result', { timeout: 10_000 });
    assert.match(await library.$eval('.import-result', (e) => (e as HTMLElement).innerText), /导入完成：新增 笔记 3、文件 2、关注 2/);
    await library.waitForFunction(() => document.querySelectorAll('#notes li.note').length === 3, { timeout: 5000 });
    await library.screenshot({ path: join(process.cwd(), '.cache/screenshots/firefox-library.png') });
  });

  test('a watch due in 5 days brings a notification and the badge when the reminder alarm fires', async () => {
    // The sample's watch w-1 is due in 5 days: the 7-day reminder is due and not yet sent.
    const shown = await waitUntil(() => library.evaluate('window.shown') as Promise<string[]>, (n) => n.length > 0, 10_000, 'a notification shown');
    assert.ok(shown.includes('watch:w-1:7'), shown.join(' '));
    const reminded = await library.evaluate(() => new Promise<number[]>((resolve) => {
      const r = indexedDB.open('gazette-lens');
      r.onsuccess = () => {
        const get = r.result.transaction('watches').objectStore('watches').get('w-1');
        get.onsuccess = () => resolve((get.result as { reminded: number[] }).reminded);
      };
    }));
    assert.deepEqual([...reminded].sort((a, b) => b - a), [30, 7], 'the reminder is recorded as sent');
    assert.equal(await waitUntil(() => api(library, (b) => b.action.getBadgeText({})), (t) => t === '1', 10_000, 'the badge'), '1');
    // The hourly alarm recomputes the badge after the browser forgot it.
    await api(library, (b) => b.action.setBadgeText({ text: '' }));
    await api(library, (b) => b.alarms.create('gazette-lens-reminders', { when: Date.now() + 50, periodInMinutes: 60 }));
    assert.equal(await waitUntil(() => api(library, (b) => b.action.getBadgeText({})), (t) => t === '1', 10_000, 'the badge again'), '1');
  });

  test('after a restart of the extension the reminder alarm is there again', async () => {
    await api(library, (b) => b.alarms.clearAll());
    assert.equal(await api(library, (b) => b.alarms.get('gazette-lens-reminders')), undefined);
    await library.evaluate('setTimeout(() => browser.runtime.reload(), 50)');
    await new Promise((r) => setTimeout(r, 1500));
    library = await extensionPage(browser, 'library.html');
    const alarm = await waitUntil(() => api(library, (b) => b.alarms.get('gazette-lens-reminders')), (a) => !!a, 10_000, 'the alarm');
    assert.ok(alarm);
  });
});
