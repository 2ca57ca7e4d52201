// 「我的资料库」 and the options page in the built extension (Chromium): a library file is
// imported through the page's own button and its notes appear; a search for 卫生 leaves
// only the note about 卫生; a broken file is refused with importJson's own message and
// nothing changes; the JSON export downloads, parses and holds what was imported; reminder
// days typed in the options page reach the settings, and bad input is not saved.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, shot } from './harness.ts';
import { parseLibraryFile, type LibraryExport } from '../../lib/library/json.ts';
import type { ImportProblem } from '../../lib/library/import-problem.ts';
import { importProblemText } from '../../components/library/import-message.ts';
import { sampleLibrary } from './library-sample.ts';

const DIR = mkdtempSync(join(tmpdir(), 'gl-library-'));

// The library page runs in Asia/Shanghai (emulateTimezone below): its today, not this machine's,
// is the day the sample's watches count from (they differ for eight hours of every UTC day).
const SAMPLE = sampleLibrary(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }));
const GOOD = join(DIR, 'library.json');
writeFileSync(GOOD, JSON.stringify(SAMPLE, null, 2));
/** A file that is almost right: one note has a colour the library does not know. */
const BROKEN = join(DIR, 'broken.json');
const broken = structuredClone(SAMPLE) as unknown as { notes: Array<Record<string, unknown>> };
broken.notes[1]!.colour = 'red';
broken.notes.push({ ...broken.notes[0], id: 'n-4', body: '这条不应被导入' });
writeFileSync(BROKEN, JSON.stringify(broken));

let browser: Browser;
let extensionId: string;
let library: Page;
const errors: string[] = [];

async function openPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${path}: ${String(e)}`));
  await page.goto(`chrome-extension://${extensionId}/${path}`, { waitUntil: 'load' });
  return page;
}

/** Texts of the elements matching a selector. */
const texts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText.trim()));

async function importFile(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForFileChooser({ timeout: 5000 }), page.click('button.import')]);
  await chooser.accept([file]);
  await page.waitForSelector('.import-result', { timeout: 10_000 });
}

async function counts(page: Page): Promise<{ documents: number; notes: number; watches: number }> {
  return page.evaluate(() => ({
    documents: document.querySelectorAll('#documents li.doc').length,
    notes: document.querySelectorAll('#notes li.note').length,
    watches: document.querySelectorAll('#watches li.watch').length,
  }));
}

before(async () => {
  browser = await launchChromium('zh-CN');
  const w = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith('chrome-extension://'));
  extensionId = new URL(w.url()).host;
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: DIR });
});
after(async () => {
  await browser?.close();
});

describe('我的资料库', { timeout: 120_000 }, () => {
  test('an empty library says what to do; a library file imported through the page shows its notes', async () => {
    library = await openPage('library.html');
    // A reader in Beijing: times on the page are theirs, not UTC.
    await library.emulateTimezone('Asia/Shanghai');
    // Read again in that zone: the page took its today when it first loaded.
    await library.reload();
    await library.waitForSelector('#notes .empty');
    assert.match((await texts(library, '#notes .empty'))[0]!, /在政府网站上选中文字即可添加笔记/);
    await library.waitForSelector('.storage');

    await importFile(library, GOOD);
    const result = (await texts(library, '.import-result'))[0]!;
    assert.match(result, /导入完成/);
    assert.match(result, /新增 笔记 3、文件 2、关注 2/);
    await library.waitForFunction(() => document.querySelectorAll('#notes li.note').length === 3);
    assert.deepEqual(await counts(library), { documents: 2, notes: 3, watches: 2 });
    const beijing = (iso: string): string => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 16);
    const noteTimes = (await texts(library, '#notes li.note')).join(' | ');
    for (const n of SAMPLE.notes) assert.ok(noteTimes.includes(beijing(n.updated)), `${beijing(n.updated)} in ${noteTimes}`);
    const quotes = await texts(library, '#notes blockquote');
    assert.deepEqual(new Set(quotes), new Set(SAMPLE.notes.map((n) => n.quote.exact)));
    // Citations both ways between the two documents, and the number not in the library.
    const relations = await texts(library, '#documents .relations');
    assert.ok(relations.some((r) => /引用/.test(r) && r.includes('京政办发〔2023〕8号') && r.includes('国发〔2016〕77号') && /未收录/.test(r)), relations.join(' | '));
    assert.ok(relations.some((r) => /被引用/.test(r) && r.includes('国务院办公厅关于进一步加强基层医疗卫生服务体系建设的意见')), relations.join(' | '));
    // Watches soonest first, with days left against today.
    const watches = await texts(library, '#watches li.watch');
    assert.match(watches[0]!, /还剩 5 天/);
    assert.match(watches[1]!, /还剩 20 天/);
    await library.evaluate(() => scrollTo(0, 0));
    await shot(library, 'library-imported');
    await library.setViewport({ width: 1280, height: 2400 });
    await shot(library, 'library-imported-full');
    await library.setViewport({ width: 1280, height: 900 });
    // Dark mode: the page and its panels turn dark, their text light.
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    const [body, panel, text] = await library.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('.panel')!).backgroundColor, getComputedStyle(document.body).color]);
    const lum = (c: string): number => {
      const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    assert.ok(lum(body!) < 40 && lum(panel!) < 50 && lum(text!) > 180, `dark page ${body}, panel ${panel}, text ${text}`);
    await shot(library, 'library-dark');
    await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
  });

  test('searching 卫生 leaves only the note about 卫生', async () => {
    await library.type('input[type=search]', '卫生');
    await library.waitForFunction(() => document.querySelectorAll('#notes li.note').length === 1, { timeout: 5000 });
    const quotes = await texts(library, '#notes blockquote');
    assert.deepEqual(quotes, [SAMPLE.notes[0]!.quote.exact]);
    assert.match((await texts(library, '#notes h2 .count'))[0]!, /1 \/ 3/);
    await shot(library, 'library-search');
    await library.click('input[type=search]', { count: 3 });
    await library.keyboard.press('Backspace');
    await library.waitForFunction(() => document.querySelectorAll('#notes li.note').length === 3, { timeout: 5000 });
  });

  test('a broken file is refused with importJson’s message, and the library stays as it was', async () => {
    const expected = await parseLibraryFile(JSON.stringify(broken));
    assert.equal(expected.ok, false);
    await importFile(library, BROKEN);
    await library.waitForSelector('.import-error');
    const shown = (await texts(library, '.import-error'))[0]!;
    assert.equal(shown, importProblemText((expected as { problem: ImportProblem }).problem, 'zh'), 'the page says importJson\'s problem in Chinese');
    assert.match(shown, /第 2 条笔记的「颜色」.*（notes\[1\]\.colour）/);
    assert.match((await texts(library, '.import-result'))[0]!, /导入失败.*资料库未做任何改动/s);
    assert.deepEqual(await counts(library), { documents: 2, notes: 3, watches: 2 });
    assert.ok(!(await texts(library, '#notes .body')).some((b) => b.includes('这条不应被导入')));
    await shot(library, 'library-import-failed');
  });

  test('the JSON export downloads, parses, and holds what was imported', async () => {
    await library.click('button.export-json');
    const href = await library.waitForSelector('a.download[download$=".json"]', { timeout: 5000 }).then((a) => a!.evaluate((e) => (e as HTMLAnchorElement).href));
    assert.match(href, /^blob:chrome-extension:/);
    const text = await library.evaluate(async (url) => (await fetch(url)).text(), href);
    const file = JSON.parse(text) as LibraryExport;
    assert.equal(file.format, 'gazette-lens-library');
    assert.equal(file.version, 1);
    const count = (f: LibraryExport) => ({ documents: f.documents.length, notes: f.notes.length, watches: f.watches.length, citations: f.citations.length });
    assert.deepEqual(count(file), count(SAMPLE));
    const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(byId(file.notes), byId(SAMPLE.notes));
    assert.deepEqual(byId(file.watches), byId(SAMPLE.watches));
    assert.deepEqual(byId(file.documents), byId(SAMPLE.documents));
    // The export is itself a valid library file.
    assert.equal((await parseLibraryFile(text)).ok, true);
  });

  test('a note is edited in place and deleted only after a confirmation', async () => {
    const note = '#notes li.note[data-note-id="n-2"]';
    await library.click(`${note} button.edit`);
    await library.waitForSelector(`${note} textarea`);
    await library.click(`${note} textarea`, { count: 3 });
    await library.type(`${note} textarea`, '已转发，待回执。');
    await library.click(`${note} input[name=tags]`, { count: 3 });
    await library.type(`${note} input[name=tags]`, '转发 回执');
    await library.click(`${note} button[type=submit]`);
    await library.waitForFunction((s) => document.querySelector(`${s} .body`)?.textContent === '已转发，待回执。', { timeout: 5000 }, note);
    assert.deepEqual(await texts(library, `${note} .tag`), ['#转发', '#回执']);

    await library.click(`${note} button.delete`);
    await library.waitForSelector(`${note} .confirm`);
    assert.equal((await counts(library)).notes, 3, 'nothing deleted before the confirmation');
    await library.click(`${note} .confirm-yes`);
    await library.waitForFunction(() => document.querySelectorAll('#notes li.note').length === 2, { timeout: 5000 });
  });
});

describe('options', { timeout: 60_000 }, () => {
  type Runtime = { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string; settings?: Record<string, unknown> }> } } };
  /** What the background holds, asked as an extension page asks. */
  const stored = async (page: Page, key: string): Promise<unknown> =>
    page.evaluate(async (k) => (await (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ type: 'settings.get' })).settings?.[k], key);

  test('reminder days "14, 3" are saved in the settings; bad input is explained and not saved', async () => {
    const page = await openPage('options.html');
    await page.waitForSelector('#reminder-days');
    assert.equal(await page.$eval('#reminder-days', (e) => (e as HTMLInputElement).value), '30, 7, 1');
    await page.click('#reminder-days', { count: 3 });
    await page.type('#reminder-days', '14, 3');
    await page.click('button.save-days');
    await page.waitForFunction(() => document.querySelector('#reminder-status')?.textContent?.includes('已保存'), { timeout: 5000 });
    assert.deepEqual(await stored(page, 'reminderDays'), [14, 3]);

    await page.click('#reminder-days', { count: 3 });
    await page.type('#reminder-days', '14, 400');
    await page.waitForSelector('#reminder-problem:not(:empty)');
    assert.match((await texts(page, '#reminder-problem'))[0]!, /「400」超出范围/);
    assert.equal(await page.$eval('button.save-days', (b) => (b as HTMLButtonElement).disabled), true);
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(await stored(page, 'reminderDays'), [14, 3], 'nothing saved until the input is valid');

    await page.click('#new-host');
    await page.type('#new-host', 'http://bad host/');
    await page.click('button.add-host');
    await page.waitForSelector('.host-message.error');
    assert.match((await texts(page, '.host-message'))[0]!, /不是有效的主机名/);
    assert.deepEqual(await stored(page, 'userHosts'), []);
    await page.close();
  });

  test('sites turned on elsewhere appear at once, an invalid one is refused, and one can be removed', async () => {
    const page = await openPage('options.html');
    await page.waitForSelector('#hosts');
    // As the popup's 「在此网站启用」 does, from another extension page: the background changes userHosts.
    const other = await openPage('library.html');
    const set = (hosts: string[]) => other.evaluate((h) => (globalThis as unknown as Runtime).chrome.runtime.sendMessage({ type: 'settings.set', patch: { userHosts: h } }), hosts);
    assert.equal((await set(['www.example.org', '*.gov.hk'])).ok, true);
    await page.waitForFunction(() => document.querySelectorAll('ul.hosts li').length === 2, { timeout: 5000 });
    const bad = await set(['www.example.org', 'bad host!']);
    assert.equal(bad.ok, false, 'an invalid host is never stored');
    assert.match(bad.error ?? '', /userHosts/);
    const rows = await texts(page, 'ul.hosts li');
    assert.ok(!rows.some((r) => /无效/.test(r)), rows.join(' | '));
    await other.close();
    await page.setViewport({ width: 1280, height: 1500 });
    await shot(page, 'options');
    await page.click('button.remove-host[aria-label$="www.example.org"]');
    await page.waitForFunction(() => document.querySelectorAll('ul.hosts li').length === 1, { timeout: 5000 });
    assert.deepEqual(await stored(page, 'userHosts'), ['*.gov.hk']);
    await page.close();
  });
});

test('no console errors on either page', () => {
  assert.deepEqual(errors, []);
});
