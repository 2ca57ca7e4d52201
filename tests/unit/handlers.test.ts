// The background's message handling: every message is validated, privileged ones come only
// from extension pages, and what is stored lives in storage (a restart loses nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHandler, type KeyValue, type LibraryPort } from '../../lib/platform/handlers.ts';
import type { NewNote, PageNote, Watch, WatchItem } from '../../lib/platform/messages.ts';

function memoryArea(): KeyValue {
  const data = new Map<string, unknown>();
  return {
    async get<T>(k: string) { return structuredClone(data.get(k)) as T | undefined; },
    async set(k: string, v: unknown) { data.set(k, structuredClone(v)); },
  };
}

/** A library kept in memory, shaped like the Dexie one (the Dexie one is tested in Chromium). */
function memoryLibrary(): LibraryPort & { notes: PageNote[]; watches: Watch[] } {
  const docs = new Map<string, { title: string | null; url: string }>();
  const notes: PageNote[] = [];
  const watches: Watch[] = [];
  let n = 0;
  return {
    notes, watches,
    async recordDocuments(list) { for (const d of list) if (d.docnum) docs.set(d.docnum, { title: d.title, url: d.url }); },
    async lookup(docnums) { return Object.fromEntries(docnums.filter((d) => docs.has(d)).map((d) => [d, { docnum: d, ...docs.get(d)! }])); },
    async notesForPage(docnums, url) { return notes.filter((x) => x.url === url || docnums.includes(x.documentId)); },
    async addNote(note: NewNote) {
      const { docnum, ...rest } = note;
      const rec = { ...rest, id: `n${++n}`, documentId: docnum ?? note.url, created: 'now', updated: 'now' };
      notes.push(rec);
      return rec;
    },
    async updateNote(id, patch) { Object.assign(notes.find((x) => x.id === id)!, patch); },
    async deleteNote(id) { notes.splice(notes.findIndex((x) => x.id === id), 1); },
    async addWatch(item: WatchItem) {
      if (watches.some((w) => w.text === item.text && w.due === item.due && w.url === item.url)) return { added: false };
      watches.push({ ...item, id: `w${++n}`, created: 'now', reminded: [] });
      return { added: true };
    },
    async listWatches() { return watches; },
    async deleteWatch(id) { watches.splice(watches.findIndex((w) => w.id === id), 1); },
  };
}

const ORIGIN = 'chrome-extension://abcdef/';
function setup() {
  const library = memoryLibrary();
  const enabled: string[] = [];
  let changed = 0;
  const handle = createHandler({
    library, local: memoryArea(), session: memoryArea(), extensionOrigin: ORIGIN,
    insertCss: async () => {}, enableSite: async (h) => { enabled.push(h); }, onWatchesChanged: () => { changed++; },
  });
  return { handle, library, enabled, changes: () => changed };
}
const tab = { tabId: 7, url: 'https://www.example.gov.cn/a.html' };
const popup = { url: `${ORIGIN}library.html` };
const watch = { kind: 'expiry', text: '有效期至2027年10月31日', due: '2027-10-31', docnum: '威政发〔2022〕19号', title: '通告', url: 'https://www.example.gov.cn/a.html' };
const note = { docnum: '威政发〔2022〕19号', url: tab.url, quote: { exact: '严禁在林区野外用火', prefix: '关于', suffix: '的通告' }, position: { start: 10, end: 19 }, body: '注意禁火期', colour: 'yellow', tags: ['森林防火'] };

test('malformed and unknown messages are refused with a reason naming the field', async () => {
  const { handle } = setup();
  for (const bad of [null, 'x', { type: 'nope' }, { type: 'watch.add', item: { ...watch, due: '2027-13-45' } }, { type: 'documents.lookup', docnums: 'x' }, { type: 'note.add', note: { ...note, colour: 'red' } }]) {
    const r = (await handle(bad, tab)) as { ok: boolean; error?: string };
    assert.equal(r.ok, false);
    assert.match(r.error ?? '', /^invalid message/);
  }
  const r = (await handle({ type: 'note.add', note: { ...note, colour: 'red' } }, tab)) as { error: string };
  assert.match(r.error, /note\.colour/);
});

test('deleting, listing the watchlist and turning sites on are refused from a content script', async () => {
  const { handle, library, enabled } = setup();
  const added = (await handle({ type: 'note.add', note }, tab)) as { note: PageNote };
  for (const msg of [{ type: 'note.delete', id: added.note.id }, { type: 'watch.list' }, { type: 'watch.delete', id: 'w1' }, { type: 'site.enable', host: 'evil.example', tabId: 7 }]) {
    assert.deepEqual(await handle(msg, tab), { ok: false, error: `${msg.type} is only accepted from extension pages` });
  }
  assert.equal(library.notes.length, 1);
  assert.deepEqual(enabled, []);
  assert.deepEqual(await handle({ type: 'note.delete', id: added.note.id }, popup), { ok: true });
  assert.equal(library.notes.length, 0);
});

test('a content script adds and edits notes, and gets them back for its page', async () => {
  const { handle } = setup();
  const { note: saved } = (await handle({ type: 'note.add', note }, tab)) as { note: PageNote };
  await handle({ type: 'note.update', id: saved.id, patch: { body: '禁火期：每年11月1日至次年5月31日', tags: ['森林防火', '期限'] } }, tab);
  const r = (await handle({ type: 'notes.forPage', docnums: [], url: tab.url }, tab)) as { notes: PageNote[] };
  assert.deepEqual(r.notes.map((x) => [x.body, x.tags]), [['禁火期：每年11月1日至次年5月31日', ['森林防火', '期限']]]);
});

test('a watch is added once, and the badge and reminders are told', async () => {
  const { handle, changes } = setup();
  assert.deepEqual(await handle({ type: 'watch.add', item: watch }, tab), { ok: true, added: true });
  assert.deepEqual(await handle({ type: 'watch.add', item: watch }, tab), { ok: true, added: false });
  assert.equal(changes(), 2);
  const list = (await handle({ type: 'watch.list' }, popup)) as { items: Watch[] };
  assert.equal(list.items.length, 1);
});

test('documents seen on one page are known on another', async () => {
  const { handle } = setup();
  const seen = { docnum: '国办发〔2022〕37号', url: 'https://www.gov.cn/x.html', title: '分工方案', issuer: '国务院办公厅', signedDate: '2022-10-15', effectiveDate: null, expiryDate: null, status: '未知', cites: [] };
  await handle({ type: 'documents.seen', documents: [seen] }, tab);
  const r = await handle({ type: 'documents.lookup', docnums: ['国办发〔2022〕37号', '鲁政发〔2022〕16号'] }, { tabId: 9, url: 'https://other.gov.cn/' });
  assert.deepEqual(r, { ok: true, known: { '国办发〔2022〕37号': { docnum: '国办发〔2022〕37号', title: '分工方案', url: 'https://www.gov.cn/x.html' } } });
});

test('page summaries are kept per tab and read by the popup', async () => {
  const { handle } = setup();
  const page = { url: tab.url, title: 't', detection: { score: 5, government: true, reasons: [] }, counts: { docnum: 1, deadline: 2, unit: 3 }, documents: [] };
  await handle({ type: 'page.read', page }, tab);
  assert.deepEqual(await handle({ type: 'page.get', tabId: 7 }, popup), { ok: true, page });
});
