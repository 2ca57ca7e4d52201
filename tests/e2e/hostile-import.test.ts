// The hostile suite, family "import" (Chromium): library files that are broken, stale or made to
// harm, imported through the library page's own button. A bad file changes nothing and says
// what is wrong; a stale one never overwrites a newer edit; what a file holds is shown as text.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium } from './harness.ts';
import { sampleLibrary } from './library-sample.ts';
import type { LibraryExport } from '../../lib/library/json.ts';

const DIR = mkdtempSync(join(tmpdir(), 'gl-hostile-import-'));
let browser: Browser;
let library: Page;
const errors: string[] = [];

before(async () => {
  browser = await launchChromium('zh-CN');
  const w = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith('chrome-extension://'));
  library = await browser.newPage();
  library.on('pageerror', (e) => errors.push(String(e)));
  library.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await library.goto(`chrome-extension://${new URL(w.url()).host}/library.html`, { waitUntil: 'load' });
  await library.waitForSelector('.storage');
});
after(async () => {
  await browser?.close();
});

let n = 0;
/** Imports a file through the page's button; resolves to what the page says. */
async function importFile(content: string): Promise<string> {
  const path = join(DIR, `file-${++n}.json`);
  writeFileSync(path, content);
  await library.evaluate(() => document.querySelector('.import-result')?.remove());
  const [chooser] = await Promise.all([library.waitForFileChooser({ timeout: 5000 }), library.click('button.import')]);
  await chooser.accept([path]);
  await library.waitForSelector('.import-result', { timeout: 10_000 });
  return library.$eval('.import-result', (e) => (e as HTMLElement).innerText);
}

/** Everything the library holds, read through the export (the page's own button). */
async function holdings(): Promise<Omit<LibraryExport, 'exportedAt'>> {
  const text = await library.evaluate(async () => {
    (document.querySelector('button.export-json') as HTMLButtonElement).click();
    for (let i = 0; i < 50 && !document.querySelector('a.download'); i++) await new Promise((r) => setTimeout(r, 20));
    const href = (document.querySelector('a.download') as HTMLAnchorElement).href;
    document.querySelector('a.download')!.remove();
    return (await fetch(href)).text();
  });
  const file = JSON.parse(text) as Partial<LibraryExport>;
  delete file.exportedAt;
  return file as Omit<LibraryExport, 'exportedAt'>;
}

const BASE = sampleLibrary();
const mutate = (f: (x: LibraryExport & Record<string, unknown>) => void): string => {
  const x = structuredClone(BASE) as LibraryExport & Record<string, unknown>;
  f(x);
  return JSON.stringify(x);
};

describe('hostile imports through the library page', { timeout: 180_000 }, () => {
  let before: Omit<LibraryExport, 'exportedAt'>;
  test('a good file imports (so the refusals below are for their own reason)', async () => {
    assert.match(await importFile(JSON.stringify(BASE)), /导入完成：新增 笔记 3、文件 2、关注 2/);
    before = await holdings();
    assert.equal(before.notes.length, 3);
  });

  const refusals: Array<[string, string, RegExp]> = [
    ['not JSON', '{"format": "gazette-lens-library", "version": 1, ', /这不是 JSON 文件，或文件已损坏.*请选择由「导出 JSON」得到的 \.json 文件/],
    ['a JSON array', '[1, 2, 3]', /这不是公报阅读助手的资料库文件/],
    ['another program\'s file', JSON.stringify({ format: 'other-tool', notes: [] }), /这不是公报阅读助手的资料库文件/],
    ['a newer version', mutate((x) => ((x as { version: number }).version = 9)), /更新版本.*第 9 版.*请先更新扩展/],
    ['a javascript: URL on a note', mutate((x) => (x.notes[0]!.url = 'javascript:alert(document.domain)')), /第 1 条笔记的「网址」.*（notes\[0\]\.url）/],
    ['a data: URL among a document\'s URLs', mutate((x) => x.documents[0]!.urls.push('data:text/html,<script>alert(1)</script>')), /documents\[0\]\.urls\[1\]/],
    ['a file: URL on a watch', mutate((x) => (x.watches[0]!.url = 'file:///etc/passwd')), /watches\[0\]\.url/],
    ['an own __proto__ key in a note', mutate((x) => Object.defineProperty(x.notes[0]!, '__proto__', { value: { polluted: true }, enumerable: true })), /notes\[0\]/],
    ['a 41-character tag', mutate((x) => x.notes[0]!.tags.push('标'.repeat(41))), /第 1 条笔记的「标签」过长（notes\[0\]\.tags\[2\]）/],
    ['21 tags', mutate((x) => (x.notes[0]!.tags = Array.from({ length: 21 }, (_, i) => `t${i}`))), /第 1 条笔记的「标签」条目过多（notes\[0\]\.tags）/],
    ['a note of a document the file does not hold', mutate((x) => (x.notes[0]!.documentId = 'doc:国发〔2000〕1号')), /第 1 条笔记所属的文件记录不在此文件中（notes\[0\]\.documentId）/],
    ['the same note id twice', mutate((x) => x.notes.push({ ...x.notes[0]! })), /第 4 条笔记与前面一条的编号重复/],
    ['a negative offset', mutate((x) => (x.notes[0]!.position.start = -5)), /notes\[0\]\.position\.start/],
    ['a date that does not exist', mutate((x) => (x.watches[0]!.due = '2026-02-30')), /watches\[0\]\.due/],
    ['an unknown colour', mutate((x) => ((x.notes[0] as { colour: string }).colour = 'red')), /notes\[0\]\.colour/],
    ['a 20k-character body', mutate((x) => (x.notes[0]!.body = '卫'.repeat(20_000))), /第 1 条笔记的「正文」过长（notes\[0\]\.body）/],
  ];
  for (const [what, content, says] of refusals) {
    test(`${what}: refused, saying where, and nothing changed`, async () => {
      const said = await importFile(content);
      assert.match(said, /导入失败/);
      assert.match(said, says);
      assert.match(said, /资料库未做任何改动/);
      assert.deepEqual(await holdings(), before);
      assert.equal(await library.evaluate(() => ({} as { polluted?: unknown }).polluted ?? null), null);
    });
  }

  test('the same file again: nothing new, and it says so', async () => {
    assert.match(await importFile(JSON.stringify(BASE)), /没有新的内容/);
    assert.deepEqual(await holdings(), before);
  });
  test('an older copy of a note is kept out; a newer one comes in; URLs are merged', async () => {
    const older = mutate((x) => {
      x.notes[0]!.body = '被旧文件改写';
      x.notes[0]!.updated = '2026-01-01T00:00:00.000Z';
    });
    assert.match(await importFile(older), /本地较新而保留 笔记 1/);
    assert.equal((await holdings()).notes.find((x) => x.id === 'n-1')!.body, BASE.notes[0]!.body);
    const newer = mutate((x) => {
      x.notes[0]!.body = '新的正文';
      x.notes[0]!.updated = '2099-01-01T00:00:00.000Z';
      x.documents[0]!.urls = ['https://www.gov.cn/zhengce/another-address.htm'];
    });
    assert.match(await importFile(newer), /更新 笔记 1/);
    const now = await holdings();
    assert.equal(now.notes.find((x) => x.id === 'n-1')!.body, '新的正文');
    assert.deepEqual(now.documents.find((d) => d.id === BASE.documents[0]!.id)!.urls.sort(), [...BASE.documents[0]!.urls, 'https://www.gov.cn/zhengce/another-address.htm'].sort());
  });
  test('markup and script in a note body and tag are shown as text, and nothing runs', async () => {
    const file = mutate((x) => {
      x.notes[1]!.id = 'n-payload';
      x.notes[1]!.body = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      x.notes[1]!.tags = ['<b>粗</b>'];
      x.notes[1]!.updated = '2099-01-02T00:00:00.000Z';
    });
    assert.match(await importFile(file), /导入完成/);
    await library.waitForFunction(() => /window\.__pwned=1/.test(document.body.innerText), { timeout: 5000 });
    const got = await library.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      markup: document.querySelectorAll('#notes img, #notes script:not([src]), #notes b').length,
    }));
    assert.deepEqual(got, { pwned: null, markup: 0 });
  });
  test('a page closed in the middle of a big import leaves the library as it was', async () => {
    const big = mutate((x) => {
      for (let i = 0; i < 30_000; i++) x.notes.push({ ...x.notes[0]!, id: `bulk-${i}`, body: `第${i}条` });
    });
    const was = await holdings();
    const path = join(DIR, 'big.json');
    writeFileSync(path, big);
    const [chooser] = await Promise.all([library.waitForFileChooser({ timeout: 5000 }), library.click('button.import')]);
    await chooser.accept([path]);
    await library.waitForFunction(() => /正在导入/.test(document.body.innerText), { timeout: 10_000 });
    await library.close();
    library = await browser.newPage();
    const w = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith('chrome-extension://'));
    await library.goto(`chrome-extension://${new URL(w.url()).host}/library.html`, { waitUntil: 'load' });
    await library.waitForSelector('.storage');
    assert.deepEqual(await holdings(), was);
  });
  test('no errors on the library page', () => {
    assert.deepEqual(errors, []);
  });
});
