// Notes and watches with the built extension in Chromium: a note comes back on the same words
// after a reload, survives a small edit of the page, becomes an orphan after a big one (never
// lands on the wrong sentence); watching a deadline that falls due soon brings a notification
// and the badge, and the hourly alarm keeps them up to date.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { MANIFEST, ROOT, clickWords, deadlinePoint, launchChromium, open, selectWords, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';
import { notesState, paintedNotes, ui, waitUntil, writeNote } from './ui.ts';

// The extension's service worker global, reached through puppeteer's worker.evaluate.
declare const chrome: {
  action: { setBadgeText(o: { text: string }): Promise<void>; getBadgeText(o: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  alarms: { get(name: string): Promise<unknown>; create(name: string, o: object): Promise<void> };
};

const policy = MANIFEST.pages.find((p) => p.file === 'gov-policy.html')!;
const SENTENCE = '九、林区居民生活用火、进入林区的机动车辆,要按规定落实相关防火措施。';
const QUOTE = '进入林区的机动车辆';
let browser: Browser;
let server: FixtureServer;

before(async () => {
  server = await serveFixtures();
  browser = await launchChromium('zh-CN');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function worker(): Promise<WebWorker> {
  const t = await browser.waitForTarget((x) => x.type() === 'service_worker');
  return (await t.worker())!;
}

/** Serves gov-policy.html with its text changed by `edit`, at the same URL. */
async function serveEdited(page: Page, edit: (html: string) => string): Promise<void> {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/gov-policy.html'), 'utf8');
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url().endsWith('/gov-policy.html')) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: edit(html) });
    else void req.continue();
  });
}

const paintedNote = async (page: Page) => (await paintedNotes(page)).filter((n) => n.colour === 'blue').map((n) => n.words);

describe('notes', { timeout: 120_000 }, () => {
  test('selecting words that end on a highlight brings the note button, not the highlight\'s card', async () => {
    const { page } = await open(browser, server, policy);
    await waitReady(page);
    await selectWords(page, '本通告自2022年11月1日起施行');
    await ui(page).waitFor('.add-note', { timeout: 5000 });
    assert.equal(await ui(page).$('.card'), null, 'no card opened under the note button');
    await shot(page, 'chromium-select-on-highlight');
    await page.close();
  });

  test('select words → a note with colour and tags → after a reload it is back on the same words', async () => {
    const { page, errors } = await open(browser, server, policy);
    await waitReady(page);
    await writeNote(page, () => selectWords(page, QUOTE), '机动车进林区要有防火措施', '森林防火 车辆', { colour: 'blue', shot: () => shot(page, 'chromium-note-editor') });
    assert.equal(await notesState(page, '1/0'), '1/0');
    assert.deepEqual(await paintedNote(page), [QUOTE]);
    await page.reload();
    await waitReady(page);
    assert.equal(await notesState(page, '1/0'), '1/0');
    assert.deepEqual(await paintedNote(page), [QUOTE]);
    await ui(page).openOutline();
    const outline = (await ui(page).text('.outline')) ?? '';
    assert.match(outline, /我的笔记/);
    assert.match(outline, /机动车进林区要有防火措施/);
    assert.match(outline, /#森林防火 #车辆/);
    await shot(page, 'chromium-note-outline');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('the same document at another URL (same document number) shows the note too', async () => {
    const page = await browser.newPage();
    const html = readFileSync(join(ROOT, 'tests/fixtures/pages/gov-policy.html'), 'utf8');
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url().includes('/mirror/')) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void req.continue();
    });
    await page.goto(server.url('mirror/zwgk/2022/notice-19.html', policy.host));
    await waitReady(page);
    assert.equal(await notesState(page, '1/0'), '1/0');
    assert.deepEqual(await paintedNote(page), [QUOTE]);
    await page.close();
  });

  test('a small edit of the page: the note still anchors on its words', async () => {
    const page = await browser.newPage();
    await serveEdited(page, (html) => html.replace('一、禁火时间', '（新增）本通告由市林业局解释。一、禁火时间').replace(SENTENCE, SENTENCE.replace('落实相关', '落实好相关')));
    await page.goto(server.url(policy.file, policy.host));
    await waitReady(page);
    assert.equal(await notesState(page, '1/0'), '1/0');
    assert.deepEqual(await paintedNote(page), [QUOTE]);
    await page.close();
  });

  test('a big rewrite: the note becomes an orphan listed in the outline, never on another sentence', async () => {
    const page = await browser.newPage();
    await serveEdited(page, (html) => html.replace(SENTENCE, '九、居民在林区内生活用火应遵守有关规定。'));
    await page.goto(server.url(policy.file, policy.host));
    await waitReady(page);
    assert.equal(await notesState(page, '0/1'), '0/1');
    assert.deepEqual(await paintedNote(page), []);
    await ui(page).openOutline();
    const outline = (await ui(page).text('.outline')) ?? '';
    assert.match(outline, /未能定位的笔记/);
    assert.match(outline, /进入林区的机动车辆/);
    await shot(page, 'chromium-note-orphan');
    // Its words can be copied to look for them by hand.
    await ui(page).click('.orphan .copy-orphan');
    await waitUntil(async () => (await ui(page).text('.orphan .copy-orphan')) ?? '', (t) => t === '已复制原文', 3000, 'the words copied');
    // Re-attaching with no words selected says how; with words selected, the note is on them.
    await ui(page).click('.orphan .reattach-orphan');
    await waitUntil(async () => (await ui(page).text('.orphan .hint')) ?? '', (t) => t.includes('先在页面上选中'), 3000, 'the hint');
    await selectWords(page, '居民在林区内生活用火');
    await ui(page).click('.orphan .reattach-orphan');
    assert.equal(await notesState(page, '1/0'), '1/0');
    assert.deepEqual(await paintedNote(page), ['居民在林区内生活用火']);
    await shot(page, 'chromium-note-reattached');
    await page.reload();
    await waitReady(page);
    assert.equal(await notesState(page, '1/0'), '1/0', 'still there after a reload');
    assert.deepEqual(await paintedNote(page), ['居民在林区内生活用火']);
    // Deleting it asks first, then it is gone.
    await clickWords(page, '林区内生活');
    await ui(page).waitFor('.kind-note.card', { timeout: 5000 });
    assert.equal(await ui(page).focused(), 'section.card kind-note', 'focus moves into a note card opened by click');
    await ui(page).click('.kind-note.card .delete');
    await ui(page).click('.kind-note.card .confirm-delete');
    await ui(page).waitFor('.kind-note.card', { gone: true, timeout: 5000 });
    assert.equal(await notesState(page, '0/0'), '0/0');
    await page.close();
  });
});

describe('watchlist, reminders and badge', { timeout: 120_000 }, () => {
  test('watching an expiry 5 days ahead brings a notification and the badge; the alarm keeps the badge', async () => {
    const soon = new Date(Date.now() + 5 * 86_400_000);
    const iso = `${soon.getFullYear()}年${soon.getMonth() + 1}月${soon.getDate()}日`;
    const page = await browser.newPage();
    await serveEdited(page, (html) => html.replace(/有效期至2027年10月31日/g, `有效期至${iso}`));
    await page.goto(server.url(policy.file, policy.host));
    await waitReady(page);
    const sw = await worker();
    await sw.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    const point = await deadlinePoint(page, '有效期至');
    await page.mouse.click(point.x, point.y);
    await ui(page).waitFor('.card .actions button');
    assert.match((await ui(page).text('.card')) ?? '', /还剩 5 天/);
    await ui(page).click('.card .actions button');
    await waitUntil(() => ui(page).text('.card'), (t) => /已关注/.test(t ?? ''));
    await shot(page, 'chromium-watch');
    const waitFor = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean): Promise<T> => {
      for (let i = 0; i < 50; i++) {
        const v = await fn();
        if (ok(v)) return v;
        await new Promise((r) => setTimeout(r, 100));
      }
      return fn();
    };
    const notes = await waitFor(() => sw.evaluate(() => chrome.notifications.getAll()), (n) => Object.keys(n).length > 0);
    assert.ok(Object.keys(notes).some((id) => /^watch:.+:7$/.test(id)), JSON.stringify(notes));
    assert.equal(await waitFor(() => sw.evaluate(() => chrome.action.getBadgeText({})), (t) => t === '1'), '1');
    // The hourly alarm recomputes the badge after the browser forgot it.
    assert.ok(await sw.evaluate(() => chrome.alarms.get('gazette-lens-reminders')), 'the reminder alarm is scheduled');
    await sw.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    await sw.evaluate(() => chrome.alarms.create('gazette-lens-reminders', { when: Date.now() + 50, periodInMinutes: 60 }));
    assert.equal(await waitFor(() => sw.evaluate(() => chrome.action.getBadgeText({})), (t) => t === '1'), '1');
    await page.close();
  });

});
