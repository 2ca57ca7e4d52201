// The hostile suite: the built extension in Chromium against a page that wants the reader's
// notes and a content script that may be compromised (Chrome's guidance). Four families:
//   page      — a hostile page: nothing private in its reach, our UI not its to drive;
//   sender    — forged messages from the content script's world: answered only for its own page;
//   settings  — written by extension pages only; extension pages in a tab are answered;
//   import    — a hostile or stale file never loses a newer edit and never lets a bad URL in.
// Payloads in page text that try to become markup are in tests/e2e/payloads.test.ts.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { MANIFEST, launchChromium, open, selectWords, serveFixtures, waitReady, type FixtureServer } from './harness.ts';
import { contentWorld, extensionId } from './content-world.ts';
import { noteEditor, ui, uiRoot, writeNote } from './ui.ts';

const fixture = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;
const POLICY = fixture('gov-policy.html');
const ISSUE = fixture('gazette-issue.html');
const DIR = mkdtempSync(join(tmpdir(), 'gl-hostile-'));

let browser: Browser;
let server: FixtureServer;
let id: string;

before(async () => {
  server = await serveFixtures();
  browser = await launchChromium('zh-CN');
  id = await extensionId(browser);
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function worker(): Promise<WebWorker> {
  const t = await browser.waitForTarget((x) => x.type() === 'service_worker' && x.url().startsWith('chrome-extension://'));
  return (await t.worker())!;
}

interface StoredNote {
  id: string;
  documentId: string;
  url: string;
  body: string;
  tags: string[];
  updated: string;
}

/** The notes as stored, read straight from IndexedDB in the background (not through our code). */
async function storedNotes(): Promise<StoredNote[]> {
  return (await worker()).evaluate(() => new Promise<StoredNote[]>((resolve, reject) => {
    const req = indexedDB.open('gazette-lens');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const db = req.result;
      const all = db.transaction('notes').objectStore('notes').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result as StoredNote[]);
      };
      all.onerror = () => reject(all.error);
    };
  }));
}

/** An extension page of ours, opened in a tab. */
async function extensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${id}/${path}`, { waitUntil: 'load' });
  return page;
}

const QUOTE = '进入林区的机动车辆';

/** Clicks a note painted on the page (its box is ours; the click lands on the page's text). */
async function clickNote(page: Page, id: string): Promise<void> {
  const box = await (await ui(page).$(`.note-box[data-note="${id}"]`))?.boundingBox();
  assert.ok(box, 'a note is painted');
  await page.mouse.click(box.x + Math.min(box.width / 2, 10), box.y + box.height / 2);
}

describe('the seven defects of issue 7', { timeout: 180_000 }, () => {
  test('1. the page cannot open our shadow root, and sees nothing of a note being typed', async () => {
    const { page } = await open(browser, server, POLICY);
    await waitReady(page);
    const learned = await page.evaluate(() => {
      const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gazette-lens-ui'));
      return { host: !!host, root: host?.shadowRoot ? 'open' : null };
    });
    assert.deepEqual(learned, { host: true, root: null });
    assert.ok(await uiRoot(page), 'the UI is there for the reader (and the automation protocol)');
    // The page listens to every key and input event, in the capture phase, while the reader writes a note.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      for (const t of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionend', 'paste']) {
        window.addEventListener(t, (e) => seen.push(`${e.type}:${(e as KeyboardEvent).key ?? ''}${(e as InputEvent).data ?? ''}`), true);
      }
    });
    await writeNote(page, () => selectWords(page, QUOTE), 'zzqq机密批注', '内部');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    assert.ok(!seen.some((x) => /[zq机密批注内部]/.test(x)), `the page saw what was typed: ${seen.join(' ')}`);
    const html = await page.evaluate(() => new XMLSerializer().serializeToString(document));
    assert.ok(!/机密批注|内部/.test(html), 'no note text in the page\'s DOM');
    await page.close();
  });

  test('2. a content script cannot read another page\'s notes', async () => {
    const { page: a } = await open(browser, server, POLICY);
    await waitReady(a);
    await writeNote(a, () => selectWords(a, QUOTE), '另一页的笔记：只属于 gov-policy');
    const { page: b } = await open(browser, server, ISSUE);
    await waitReady(b);
    const world = await contentWorld(b, browser);
    for (const msg of [{ type: 'notes.forPage', docnums: [], url: a.url() }, { type: 'notes.forPage', url: a.url() }, { type: 'notes.forPage' }]) {
      const r = await world.send<{ ok: boolean; notes?: Array<{ body: string }> }>(msg);
      assert.ok(!(r.notes ?? []).some((n) => n.body.includes('只属于 gov-policy')), `another page's note came back: ${JSON.stringify(r).slice(0, 200)}`);
    }
    await world.close();
    await a.close();
    await b.close();
  });

  test('3. a content script cannot rewrite a note of a document that is not on its page', async () => {
    const { page: a } = await open(browser, server, POLICY);
    await waitReady(a);
    await writeNote(a, () => selectWords(a, QUOTE), '原文：不可被别的页面改写');
    const note = (await storedNotes()).find((n) => n.body === '原文：不可被别的页面改写')!;
    const { page: b } = await open(browser, server, ISSUE);
    await waitReady(b);
    const world = await contentWorld(b, browser);
    for (const msg of [
      { type: 'note.update', id: note.id, patch: { body: '已被改写' } },
      { type: 'note.recolour', id: note.id, colour: 'pink' },
      { type: 'note.draft', draft: { edit: note.id } },
      { type: 'note.delete', id: note.id },
    ]) {
      const r = await world.send(msg);
      assert.equal(r.ok, false, `${msg.type} for a note of another page is refused`);
    }
    await world.close();
    const after = (await storedNotes()).find((n) => n.id === note.id);
    assert.deepEqual(after && { body: after.body, colour: (after as unknown as { colour: string }).colour }, { body: '原文：不可被别的页面改写', colour: 'yellow' });
    await a.close();
    await b.close();
  });

  test('4. a content script cannot change the settings', async () => {
    const { page } = await open(browser, server, POLICY);
    await waitReady(page);
    const world = await contentWorld(page, browser);
    const wrote = await world.run<string>(`
      try {
        await chrome.storage.local.set({ language: 'en', userHosts: ['evil.example'], highlightEngine: 'mark', reminderDays: [1] });
        return 'written';
      } catch (e) { return 'refused: ' + e.message; }`);
    await world.close();
    // Whatever the storage answered, the settings an extension page shows are unchanged.
    const options = await extensionPage('options.html');
    await options.waitForFunction(() => document.body.innerText.length > 50, { timeout: 5000 });
    const text = await options.evaluate(() => document.body.innerText);
    assert.match(text, /提醒/, `the options page still speaks Chinese (content world: ${wrote})`);
    assert.doesNotMatch(text, /evil\.example/);
    const registered = await (await worker()).evaluate(async () =>
      (await (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome.scripting.getRegisteredContentScripts())
        .flatMap((s) => s.matches ?? []));
    assert.ok(!registered.some((m) => m.includes('evil.example')), `no content script registered for evil.example: ${registered.join(', ')}`);
    await options.close();
    await page.close();
  });

  test('5. the options page in a tab is answered as an extension page', async () => {
    const options = await extensionPage('options.html');
    const r = await options.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } } })
      .chrome.runtime.sendMessage({ type: 'watch.list' }));
    assert.equal(r.ok, true, `watch.list from the options page in a tab: ${r.error ?? ''}`);
    await options.close();
  });

  test('6. importing an older copy of a note keeps the newer local edit', async () => {
    const { page } = await open(browser, server, POLICY);
    await waitReady(page);
    await writeNote(page, () => selectWords(page, '庙会、旅游等活动'), '旧的正文');
    const noteId = (await storedNotes()).find((n) => n.body === '旧的正文')!.id;
    const library = await extensionPage('library.html');
    await library.waitForSelector('button.export-json', { timeout: 10_000 });
    // An export made before the edit: the same note with the old body and an older `updated`.
    const exported = await library.evaluate(async () => {
      const a = document.querySelector('button.export-json') as HTMLButtonElement;
      a.click();
      await new Promise((r) => setTimeout(r, 500));
      const link = document.querySelector('a.download') as HTMLAnchorElement | null;
      return link ? await (await fetch(link.href)).text() : null;
    });
    assert.ok(exported, 'the library exports JSON');
    const path = join(DIR, 'older.json');
    writeFileSync(path, exported);
    // Then the reader edits the note on the page: its card, 「编辑」, the editor.
    await page.bringToFront();
    await clickNote(page, noteId);
    await ui(page).click('.kind-note .edit');
    const editor = await noteEditor(page);
    await editor.click('textarea', { count: 3 });
    await editor.evaluate(() => (document.querySelector('textarea') as HTMLTextAreaElement).select());
    await page.keyboard.type('新的正文（本地较新）');
    await editor.click('button[type=submit]');
    await ui(page).waitFor('iframe.note-frame', { gone: true });
    assert.equal((await storedNotes()).find((n) => n.id === noteId)?.body, '新的正文（本地较新）');
    await library.bringToFront();
    const [chooser] = await Promise.all([library.waitForFileChooser({ timeout: 5000 }), library.click('button.import')]);
    await chooser.accept([path]);
    await library.waitForFunction(() => /导入/.test(document.body.innerText), { timeout: 10_000 });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal((await storedNotes()).find((n) => n.id === noteId)?.body, '新的正文（本地较新）');
    const said = await library.evaluate(() => document.body.innerText);
    assert.match(said, /本地较新/, 'the result says a note was kept because the local copy is newer');
    await library.close();
    await page.close();
  });

  test('7. the UI comes back after the page replaces its body, once', async () => {
    const { page } = await open(browser, server, POLICY);
    await waitReady(page);
    // As a framework re-rendering the page would: a new <body> with the page's own content.
    await page.evaluate(() => {
      const body = document.createElement('body');
      const own = [...document.body.childNodes].filter((n) => !(n as Element).localName?.startsWith('gazette-lens-ui'));
      body.append(...own.map((n) => n.cloneNode(true)));
      document.body.replaceWith(body);
    });
    await ui(page).waitFor('.launcher', { timeout: 5000 });
    const hosts = await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('gazette-lens-ui')).length);
    assert.equal(hosts, 1);
    await page.close();
  });
});
