// The hostile suite, families "sender" and "settings" (Chromium: the content script's isolated
// world is reached over the DevTools protocol). Code running where our content script runs —
// a compromised content script, as Chrome's guidance says to assume — sends forged messages,
// touches browser storage and IndexedDB. It is answered only about its own page, can change
// nothing privileged, and the settings stay the extension pages' to change.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { MANIFEST, launchChromium, open, selectWords, serveFixtures, waitReady, type FixtureServer } from './harness.ts';
import { contentWorld, extensionId, type ContentWorld } from './content-world.ts';
import { ui, waitUntil, writeNote } from './ui.ts';

const fixture = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;
const POLICY = fixture('gov-policy.html');
const ISSUE = fixture('gazette-issue.html');

let browser: Browser;
let server: FixtureServer;
let id: string;
/** The page whose note another page wants (gov-policy, 威政发〔2022〕19号), and the note. */
let victim: Page;
let victimNote: { id: string; body: string; colour: string };
/** A page read by the content script under attack (the gazette issue), and its world. */
let attacker: Page;
let world: ContentWorld;
/** An extension page of ours, for what only extension pages may ask. */
let options: Page;

type Answer = { ok: boolean; error?: string } & Record<string, unknown>;
const asExtension = (msg: unknown): Promise<Answer> =>
  options.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<Answer> } } }).chrome.runtime.sendMessage(m), msg);

type Stored = { id: string; body: string; colour: string; documentId: string };
async function storedNotes(): Promise<Stored[]> {
  const sw = (await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker())!;
  return sw.evaluate(() => new Promise<Stored[]>((resolve, reject) => {
    const req = indexedDB.open('gazette-lens');
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const all = req.result.transaction('notes').objectStore('notes').getAll();
      all.onsuccess = () => resolve(all.result as Stored[]);
    };
  }));
}

before(async () => {
  server = await serveFixtures();
  browser = await launchChromium('zh-CN');
  id = await extensionId(browser);
  ({ page: victim } = await open(browser, server, POLICY));
  await waitReady(victim);
  await writeNote(victim, () => selectWords(victim, '进入林区的机动车辆'), '只属于 gov-policy 的笔记');
  victimNote = (await storedNotes()).find((n) => n.body === '只属于 gov-policy 的笔记')!;
  ({ page: attacker } = await open(browser, server, ISSUE));
  await waitReady(attacker);
  await ui(attacker).waitFor('[data-notes]', { timeout: 10_000 });
  world = await contentWorld(attacker, browser);
  options = await browser.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
});
after(async () => {
  await world?.close();
  await browser?.close();
  await server?.close();
});

const refused = (r: Answer, what: string): void => assert.equal(r.ok, false, `${what} was answered: ${JSON.stringify(r).slice(0, 300)}`);

describe('sender: a content script is answered only about its own page', { timeout: 120_000 }, () => {
  test('notes.forPage naming the other page\'s URL is refused as malformed', async () => {
    refused(await world.send({ type: 'notes.forPage', url: victim.url() }), 'notes.forPage with a url');
  });
  test('notes.forPage answers the notes of its own page only', async () => {
    const r = await world.send<{ ok: boolean; notes: Array<{ id: string }> }>({ type: 'notes.forPage' });
    assert.equal(r.ok, true);
    assert.ok(!r.notes.some((n) => n.id === victimNote.id));
  });
  test('recolour, delete, re-attach and edit of another page\'s note are refused, and the note is untouched', async () => {
    for (const m of [
      { type: 'note.recolour', id: victimNote.id, colour: 'pink' },
      { type: 'note.delete', id: victimNote.id },
      { type: 'note.reattach', id: victimNote.id, quote: { exact: '机动车辆', prefix: '', suffix: '' }, position: { start: 0, end: 4 } },
      { type: 'note.draft', draft: { edit: victimNote.id } },
      { type: 'note.update', id: victimNote.id, patch: { body: 'x' } },
      { type: 'note.add', note: { docnum: '威政发〔2022〕19号', body: 'x' } },
    ]) refused(await world.send(m), m.type);
    const now = (await storedNotes()).find((n) => n.id === victimNote.id);
    assert.deepEqual(now && { body: now.body, colour: now.colour }, { body: victimNote.body, colour: victimNote.colour });
  });
  test('a draft for a document the page does not show is refused', async () => {
    refused(await world.send({ type: 'note.draft', draft: { docnum: '威政发〔2022〕19号', quote: { exact: '机动车辆', prefix: '', suffix: '' }, position: { start: 0, end: 4 } } }), 'note.draft for another document');
  });
  test('a draft for its own page is answered (the editor can then be opened)', async () => {
    const r = await world.send<Answer & { token?: string }>({ type: 'note.draft', draft: { docnum: null, quote: { exact: '公报', prefix: '', suffix: '' }, position: { start: 0, end: 2 } } });
    assert.equal(r.ok, true, r.error);
    assert.match(String(r.token), /^[A-Za-z0-9_-]{32}$/);
  });
  test('documents.lookup tells nothing of numbers the page does not show', async () => {
    const r = await world.send<Answer & { known: Record<string, unknown> }>({ type: 'documents.lookup', docnums: ['威政发〔2022〕19号'] });
    assert.deepEqual(r.known, {});
  });
  test('watch.add for another page\'s document, or with a URL, is refused', async () => {
    refused(await world.send({ type: 'watch.add', item: { kind: 'expiry', text: 'x', due: '2030-01-01', docnum: '威政发〔2022〕19号', title: null } }), 'watch.add of another document');
    refused(await world.send({ type: 'watch.add', item: { kind: 'expiry', text: 'x', due: '2030-01-01', docnum: null, title: null, url: victim.url() } }), 'watch.add with a url');
  });
  test('page.read claiming another URL is refused as malformed; the report is kept at the sender\'s URL', async () => {
    refused(await world.send({ type: 'page.read', page: { url: victim.url(), title: 't', detection: { score: 1, government: true, reasons: [] }, counts: null, documents: [], shown: [] } }), 'page.read with a url');
    const tabs = await asExtension({ type: 'page.get', tabId: 0 });
    assert.equal(tabs.ok, true, 'extension pages may ask');
  });
  for (const type of ['watch.list', 'page.get', 'watch.delete', 'site.enable', 'settings.set', 'draft.get', 'draft.save', 'draft.close', 'draft.resize'] as const) {
    test(`${type} (extension pages only) is refused from a content script`, async () => {
      const bodies: Record<string, unknown> = {
        'watch.list': {}, 'page.get': { tabId: 1 }, 'watch.delete': { id: 'w' }, 'site.enable': { host: 'evil.example', tabId: null },
        'settings.set': { patch: { language: 'en' } }, 'draft.get': { token: 'a'.repeat(32) }, 'draft.save': { token: 'a'.repeat(32), note: { body: '', colour: 'yellow', tags: [] } },
        'draft.close': { token: 'a'.repeat(32) }, 'draft.resize': { token: 'a'.repeat(32), height: 10 },
      };
      const r = await world.send({ type, ...(bodies[type] as object) });
      refused(r, type);
      assert.match(r.error ?? '', /only accepted from extension pages/);
    });
  }
  test('malformed messages are refused one by one and the background keeps answering', async () => {
    for (const bad of [null, 42, 'settings.get', [], {}, { type: 7 }, { type: 'nope' }, { type: '__proto__' }, { type: 'constructor' },
      { type: 'settings.get', extra: 1 }, { type: 'documents.lookup', docnums: ['x'.repeat(200)] }, { type: 'styles.inject', css: 'x'.repeat(30_000) }]) {
      refused(await world.send(bad), JSON.stringify(bad).slice(0, 60));
    }
    // An own "__proto__" key (as JSON.parse makes one) is an unknown field, and pollutes nothing.
    const proto = await world.run<Answer>(`return await chrome.runtime.sendMessage(JSON.parse('{"type":"settings.get","__proto__":{"polluted":true}}'));`);
    refused(proto, 'a message with an own __proto__ key');
    const sw = (await (await browser.waitForTarget((t) => t.type() === 'service_worker')).worker())!;
    assert.equal(await sw.evaluate(() => ({} as { polluted?: boolean }).polluted ?? null), null);
    assert.equal((await world.send({ type: 'settings.get' })).ok, true);
  });
  test('a flood of 500 messages at once is answered and leaves the background well', async () => {
    const n = await world.run<number>(`
      const all = await Promise.all(Array.from({ length: 500 }, (_, i) => chrome.runtime.sendMessage(i % 2 ? { type: 'settings.get' } : { type: 'bogus' + i })));
      return all.filter((a) => a && typeof a.ok === 'boolean').length;`);
    assert.equal(n, 500);
    assert.equal((await asExtension({ type: 'watch.list' })).ok, true);
  });
  test('styles.inject reaches only the sender\'s own tab', async () => {
    assert.equal((await world.send({ type: 'styles.inject', css: 'body { visibility: hidden !important; }' })).ok, true);
    await waitUntil(() => attacker.evaluate(() => getComputedStyle(document.body).visibility), (v) => v === 'hidden');
    assert.equal(await victim.evaluate(() => getComputedStyle(document.body).visibility), 'visible');
  });
  test('the content world cannot open the extension\'s database: its IndexedDB is the page\'s', async () => {
    const stores = await world.run<string[]>(`
      const db = await new Promise((ok, no) => { const r = indexedDB.open('gazette-lens'); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      const names = [...db.objectStoreNames];
      db.close();
      indexedDB.deleteDatabase('gazette-lens');
      return names;`);
    assert.deepEqual(stores, [], 'an empty database of the page\'s origin, no notes store');
  });
  test('a port opened to the background carries nothing: nobody answers it', async () => {
    const got = await world.run<string>(`
      const port = chrome.runtime.connect({ name: 'steal' });
      return await new Promise((ok) => { port.onMessage.addListener((m) => ok('message: ' + JSON.stringify(m))); port.onDisconnect.addListener(() => ok('disconnected')); port.postMessage({ type: 'watch.list' }); setTimeout(() => ok('silence'), 1500); });`);
    assert.match(got, /disconnected|silence/);
  });
  test('our own broadcast type, sent by the content world, changes nothing', async () => {
    const r = await world.run<unknown>(`try { return await chrome.runtime.sendMessage({ type: 'settings.changed' }); } catch (e) { return 'error: ' + e.message; }`);
    assert.ok(r === undefined || r === null || /error/.test(String(r)), JSON.stringify(r));
  });
});

describe('settings: written by extension pages only', { timeout: 60_000 }, () => {
  test('settings.get from a content script gives only what the page needs', async () => {
    const r = await world.send<Answer & { content?: Record<string, unknown>; settings?: unknown }>({ type: 'settings.get' });
    assert.equal(r.settings, undefined);
    assert.deepEqual(Object.keys(r.content ?? {}).sort(), ['benchmark', 'colours', 'highlightEngine', 'language', 'paused', 'userHost']);
  });
  test('chrome.storage.local refuses the content world (Chromium: trusted contexts only)', async () => {
    const r = await world.run<string>(`try { await chrome.storage.local.set({ userHosts: ['evil.example'] }); return 'written'; } catch (e) { return 'refused'; }`);
    assert.equal(r, 'refused');
    const read = await world.run<string>(`try { return JSON.stringify(await chrome.storage.local.get(null)); } catch (e) { return 'refused'; }`);
    assert.equal(read, 'refused');
  });
  test('chrome.storage.session refuses the content world', async () => {
    const r = await world.run<string>(`try { await chrome.storage.session.get(null); return 'read'; } catch (e) { return 'refused'; }`);
    assert.equal(r, 'refused');
  });
  test('whatever the content world tried, the settings are the defaults until an extension page changes them', async () => {
    const r = await asExtension({ type: 'settings.get' });
    assert.deepEqual((r.settings as { userHosts: string[] }).userHosts, []);
    assert.equal((r.settings as { language: string }).language, 'auto');
  });
  test('an extension page in a tab changes them, with every field checked', async () => {
    for (const patch of [{ colours: { docnum: 'red', deadline: '#000000', unit: '#000000' } }, { reminderDays: [400] }, { userHosts: ['a b'] }, { language: 'fr' }, { nope: true }]) {
      refused(await asExtension({ type: 'settings.set', patch }), JSON.stringify(patch));
    }
    const r = await asExtension({ type: 'settings.set', patch: { reminderDays: [14, 3] } });
    assert.equal(r.ok, true, r.error);
    assert.deepEqual((await asExtension({ type: 'settings.get' })).settings && ((await asExtension({ type: 'settings.get' })).settings as { reminderDays: number[] }).reminderDays, [14, 3]);
    await asExtension({ type: 'settings.set', patch: { reminderDays: [30, 7, 1] } });
  });
  test('the language chosen on the options page reaches the next page read', async () => {
    await asExtension({ type: 'settings.set', patch: { language: 'en' } });
    const { page } = await open(browser, server, POLICY);
    await waitReady(page);
    assert.match((await ui(page).text('.launcher')) ?? '', /Open outline/);
    await page.close();
    await asExtension({ type: 'settings.set', patch: { language: 'auto' } });
  });
});
