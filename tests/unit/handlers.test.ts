// The background's message handling (lib/platform/handlers.ts) with a library kept in memory:
// every message is validated; extension pages (in a tab or not) are told apart from content
// scripts by their origin; a content script is answered only about its own page and may
// change only that page's notes; settings change only from extension pages; what is kept
// lives in storage (a restart loses nothing).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifySender, createHandler, type KeyValue, type LibraryPort, type SenderInfo } from '../../lib/platform/handlers.ts';
import type { PageNote, TabMessage, Watch } from '../../lib/platform/messages.ts';
import { DEFAULT_SETTINGS, applyPatch, type Settings } from '../../lib/settings/schema.ts';
import { DEFAULT_OUTLINE_PREFS } from '../../lib/reader/outline-prefs.ts';

function memoryArea(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get<T>(k: string) { return structuredClone(data.get(k)) as T | undefined; },
    async set(k: string, v: unknown) { data.set(k, structuredClone(v)); },
    async remove(k: string) { data.delete(k); },
  };
}

/** A library kept in memory, shaped like the Dexie one (the Dexie one is tested in Chromium). */
function memoryLibrary(): LibraryPort & { notes: PageNote[]; watches: Watch[] } {
  const docs = new Map<string, { id: string; title: string | null; urls: string[] }>();
  const notes: PageNote[] = [];
  const watches: Watch[] = [];
  let n = 0;
  const docFor = (docnum: string | null, url: string) => {
    const key = docnum ? `doc:${docnum}` : `url:${url}`;
    if (!docs.has(key)) docs.set(key, { id: key, title: null, urls: [url] });
    const d = docs.get(key)!;
    if (!d.urls.includes(url)) d.urls.push(url);
    return d;
  };
  return {
    notes, watches,
    async recordDocuments(list) { for (const d of list) docFor(d.docnum, d.url).title = d.title; },
    async lookup(docnums) {
      return Object.fromEntries(docnums.filter((d) => docs.has(`doc:${d}`)).map((d) => [d, { docnum: d, title: docs.get(`doc:${d}`)!.title, url: docs.get(`doc:${d}`)!.urls[0]! }]));
    },
    async documentIds(docnums, url) {
      return [...docs.values()].filter((d) => docnums.some((x) => d.id === `doc:${x}`) || d.urls.includes(url)).map((d) => d.id);
    },
    async notesOf(ids) { return notes.filter((x) => ids.includes(x.documentId)); },
    async getNote(id) { return notes.find((x) => x.id === id) ?? null; },
    async addNote(note) {
      const rec: PageNote = { id: `n${++n}`, documentId: docFor(note.docnum, note.url).id, url: note.url, quote: note.quote, position: note.position, body: note.body, colour: note.colour, tags: note.tags, created: 'now', updated: 'now' };
      notes.push(rec);
      return rec;
    },
    async updateNote(id, patch) { const x = notes.find((y) => y.id === id)!; Object.assign(x, patch); return x; },
    async deleteNote(id) { notes.splice(notes.findIndex((x) => x.id === id), 1); },
    async addWatch(item) {
      if (watches.some((w) => w.text === item.text && w.due === item.due && w.url === item.url)) return { added: false };
      watches.push({ ...item, id: `w${++n}`, created: 'now', reminded: [] });
      return { added: true };
    },
    async watchesOf(ids, url) {
      return watches.filter((w) => (w.docnum !== null && ids.includes(`doc:${w.docnum}`)) || w.url === url).map((w) => ({ kind: w.kind, docnum: w.docnum, due: w.due, text: w.text }));
    },
    async listWatches() { return watches; },
    async deleteWatch(id) { watches.splice(watches.findIndex((w) => w.id === id), 1); },
  };
}

const ORIGIN = 'chrome-extension://abcdef/';
function setup() {
  const library = memoryLibrary();
  const session = memoryArea();
  const enabled: string[] = [];
  const originals: Array<[string, number]> = [];
  const told: Array<[number, TabMessage]> = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let watchChanges = 0;
  let tokens = 0;
  const sitePrefs = memoryArea();
  const handle = createHandler({
    library, session, sitePrefs, extensionOrigin: ORIGIN,
    settings: { get: async () => settings, set: async (patch) => (settings = applyPatch(settings, patch)) },
    insertCss: async () => {}, enableSite: async (h) => { enabled.push(h); }, allowOriginal: async (url, tabId) => { originals.push([url, tabId]); },
    notifyTab: async (tabId, m) => { told.push([tabId, m]); },
    newToken: () => `token-${String(++tokens).padStart(16, '0')}`,
    onWatchesChanged: () => { watchChanges++; },
  }, 'abcdef');
  return { handle, library, session, enabled, originals, told, settings: () => settings, watchChanges: () => watchChanges };
}

const A = 'https://www.example.gov.cn/a.html';
const B = 'https://www.example.gov.cn/b.html';
const tabA: SenderInfo = { id: 'abcdef', tabId: 7, frameId: 0, url: A };
const tabB: SenderInfo = { id: 'abcdef', tabId: 8, frameId: 0, url: B };
const optionsInTab: SenderInfo = { id: 'abcdef', tabId: 3, frameId: 0, url: `${ORIGIN}options.html` };
const popup: SenderInfo = { id: 'abcdef', url: `${ORIGIN}popup.html` };
const doc = (docnum: string | null, title = '通告') => ({ docnum, title, issuer: null, signedDate: null, effectiveDate: null, expiryDate: null, status: '未知', cites: [] });
const report = (documents: unknown[], shown: string[] = []) => ({
  type: 'page.read',
  page: { title: 't', detection: { score: 5, government: true, reasons: [] }, counts: { docnum: 1, deadline: 2, unit: 3 }, documents, shown },
});
const words = { quote: { exact: '严禁在林区野外用火', prefix: '关于', suffix: '的通告' }, position: { start: 10, end: 19 } };

/** A note written the way the reader writes one: a draft from the page, saved in the editor. */
async function writeNote(handle: ReturnType<typeof setup>['handle'], from: SenderInfo, docnum: string | null, body: string): Promise<PageNote> {
  const d = (await handle({ type: 'note.draft', draft: { docnum, ...words } }, from)) as { ok: boolean; token: string; error?: string };
  assert.ok(d.ok, d.error);
  const saved = (await handle({ type: 'draft.save', token: d.token, note: { body, colour: 'yellow', tags: ['森林防火'] } }, { ...popup, tabId: from.tabId })) as { ok: boolean; note: PageNote; error?: string };
  assert.ok(saved.ok, saved.error);
  return saved.note;
}

test('senders: extension pages by origin (in a tab or not), content scripts only in a top frame of a web page', () => {
  assert.deepEqual(classifySender(optionsInTab, ORIGIN, 'abcdef'), { kind: 'extension', url: `${ORIGIN}options.html`, tabId: 3 });
  assert.deepEqual(classifySender(popup, ORIGIN, 'abcdef'), { kind: 'extension', url: `${ORIGIN}popup.html` });
  assert.deepEqual(classifySender(tabA, ORIGIN, 'abcdef'), { kind: 'content', url: A, tabId: 7 });
  assert.equal(classifySender({ ...tabA, frameId: 2 }, ORIGIN, 'abcdef'), null, 'a subframe');
  assert.equal(classifySender({ ...tabA, id: 'other' }, ORIGIN, 'abcdef'), null, 'another extension');
  assert.equal(classifySender({ id: 'abcdef', url: A }, ORIGIN, 'abcdef'), null, 'a web URL without a tab');
  assert.equal(classifySender({ id: 'abcdef', tabId: 1, url: 'file:///x.html' }, ORIGIN, 'abcdef'), null);
});

test('malformed and unknown messages are refused with a reason naming the field', async () => {
  const { handle } = setup();
  for (const bad of [null, 'x', [], { type: 'nope' }, { type: '__proto__' }, { type: 'watch.add', item: { kind: 'deadline', text: 'x', due: '2027-13-45', docnum: null, title: null } },
    { type: 'documents.lookup', docnums: 'x' }, { type: 'note.recolour', id: 'n1', colour: 'red' }, { type: 'notes.forPage', url: B }]) {
    const r = (await handle(bad, tabA)) as { ok: boolean; error?: string };
    assert.equal(r.ok, false, JSON.stringify(bad));
    assert.match(r.error ?? '', /^invalid message/);
  }
  const r = (await handle({ type: 'note.recolour', id: 'n1', colour: 'red' }, tabA)) as { error: string };
  assert.match(r.error, /colour/);
});

test('privileged requests: refused from a content script, answered for extension pages in a tab too', async () => {
  const { handle, enabled, settings } = setup();
  for (const msg of [{ type: 'watch.list' }, { type: 'watch.delete', id: 'w1' }, { type: 'site.enable', host: 'evil.example', tabId: 7 }, { type: 'page.get', tabId: 8 },
    { type: 'settings.set', patch: { language: 'en' } }, { type: 'draft.get', token: 'token-0000000000000001' }]) {
    assert.deepEqual(await handle(msg, tabA), { ok: false, error: `${msg.type} is only accepted from extension pages` });
  }
  assert.deepEqual(enabled, []);
  assert.equal(settings().language, 'auto');
  assert.deepEqual(await handle({ type: 'watch.list' }, optionsInTab), { ok: true, items: [] });
  assert.deepEqual(await handle({ type: 'site.enable', host: 'www.example.org', tabId: null }, optionsInTab), { ok: true });
  assert.deepEqual(enabled, ['www.example.org']);
  assert.deepEqual(settings().userHosts, ['www.example.org']);
});

test('「打开原文件」 lets a PDF through for the reader page\'s own tab only; a page cannot ask for it', async () => {
  const { handle, originals } = setup();
  const url = 'https://www.gov.cn/gb/2020-3.pdf';
  assert.deepEqual(await handle({ type: 'pdf.original', url }, tabA), { ok: false, error: 'pdf.original is only accepted from extension pages' });
  assert.deepEqual(await handle({ type: 'pdf.original', url }, optionsInTab), { ok: true });
  assert.deepEqual(originals, [[url, 3]]);
  assert.equal(((await handle({ type: 'pdf.original', url }, popup)) as { ok: boolean }).ok, false, 'not in a tab');
  assert.equal(((await handle({ type: 'pdf.original', url: 'javascript:alert(1)' }, optionsInTab)) as { ok: boolean }).ok, false);
  assert.equal(originals.length, 1);
});

test('a content script is answered only about its own page, whatever URL or numbers it names', async () => {
  const { handle } = setup();
  await handle(report([doc('威政发〔2022〕19号')], ['威政发〔2022〕19号', '国办发〔2022〕37号']), tabA);
  await writeNote(handle, tabA, '威政发〔2022〕19号', '只属于 A 页');
  await handle(report([doc('鲁政发〔2022〕16号')], ['鲁政发〔2022〕16号']), tabB);
  const onB = (await handle({ type: 'notes.forPage' }, tabB)) as { notes: PageNote[] };
  assert.deepEqual(onB.notes, [], 'B sees none of A\'s notes');
  const onA = (await handle({ type: 'notes.forPage' }, tabA)) as { notes: PageNote[] };
  assert.deepEqual(onA.notes.map((n) => n.body), ['只属于 A 页']);
  // B may ask only about numbers it showed: A's own number is not among them.
  assert.deepEqual(await handle({ type: 'documents.lookup', docnums: ['威政发〔2022〕19号'] }, tabB), { ok: true, known: {} });
  // A tab that moved to another URL has not reported that page: nothing.
  const r = (await handle({ type: 'notes.forPage' }, { ...tabA, url: B })) as { ok: boolean; error?: string };
  assert.equal(r.ok, false);
  assert.match(r.error ?? '', /not been read/);
});

test('a content script changes and deletes only notes of its own page, and drafts only for its own documents', async () => {
  const { handle, library } = setup();
  await handle(report([doc('威政发〔2022〕19号')], ['威政发〔2022〕19号']), tabA);
  const note = await writeNote(handle, tabA, '威政发〔2022〕19号', '原文');
  await handle(report([doc(null)], []), tabB);
  assert.deepEqual(await handle({ type: 'note.recolour', id: note.id, colour: 'blue' }, tabB), { ok: false, error: 'note.recolour: not a note of this page' });
  assert.deepEqual(await handle({ type: 'note.delete', id: note.id }, tabB), { ok: false, error: 'note.delete: not a note of this page' });
  const elsewhere = { quote: { exact: '别处', prefix: '', suffix: '' }, position: { start: 0, end: 2 } };
  assert.deepEqual(await handle({ type: 'note.reattach', id: note.id, ...elsewhere }, tabB), { ok: false, error: 'note.reattach: not a note of this page' });
  assert.deepEqual(await handle({ type: 'note.draft', draft: { edit: note.id } }, tabB), { ok: false, error: 'note.draft: not a note of this page' });
  assert.deepEqual(await handle({ type: 'note.draft', draft: { docnum: '威政发〔2022〕19号', ...words } }, tabB), { ok: false, error: 'note.draft: not a document of this page' });
  assert.equal(library.notes[0]!.colour, 'yellow');
  assert.deepEqual(await handle({ type: 'note.recolour', id: note.id, colour: 'blue' }, tabA), { ok: true });
  assert.equal(library.notes[0]!.colour, 'blue');
  assert.equal(library.notes[0]!.quote.exact !== '别处', true, 'B\'s re-attach changed nothing');
  assert.deepEqual(await handle({ type: 'note.reattach', id: note.id, ...elsewhere }, tabA), { ok: true });
  assert.deepEqual([library.notes[0]!.quote.exact, library.notes[0]!.position], ['别处', { start: 0, end: 2 }]);
  assert.equal(library.notes[0]!.body, '原文', 'the note keeps what it says');
  assert.deepEqual(await handle({ type: 'note.delete', id: note.id }, tabA), { ok: true });
  assert.equal(library.notes.length, 0);
});

test('the note editor saves a draft for the page it came from and tells that tab', async () => {
  const { handle, told, library } = setup();
  await handle(report([doc('威政发〔2022〕19号')], ['威政发〔2022〕19号']), tabA);
  const d = (await handle({ type: 'note.draft', draft: { docnum: '威政发〔2022〕19号', ...words } }, tabA)) as { token: string };
  const editor: SenderInfo = { ...popup, url: `${ORIGIN}note-editor.html`, tabId: 7, frameId: 4 };
  assert.deepEqual(await handle({ type: 'draft.get', token: d.token }, editor), { ok: true, draft: { quote: '严禁在林区野外用火', body: '', colour: 'yellow', tags: [], editing: false } });
  assert.equal(((await handle({ type: 'draft.get', token: d.token }, { ...editor, tabId: 8 })) as { ok: boolean }).ok, false, 'another tab\'s editor');
  const saved = (await handle({ type: 'draft.save', token: d.token, note: { body: '注意禁火期', colour: 'green', tags: ['期限'] } }, editor)) as { ok: boolean; note: PageNote };
  assert.ok(saved.ok);
  assert.equal(saved.note.url, A, 'the note is at the page that opened the draft');
  assert.equal(saved.note.documentId, 'doc:威政发〔2022〕19号');
  assert.deepEqual(told.map(([t, m]) => [t, m.type]), [[7, 'notes.changed'], [7, 'draft.closed']]);
  assert.equal(((await handle({ type: 'draft.save', token: d.token, note: { body: 'x', colour: 'green', tags: [] } }, editor)) as { ok: boolean }).ok, false, 'a draft is saved once');
  assert.equal(library.notes.length, 1);
  // Limits are the library's: a 41-character tag is refused.
  const d2 = (await handle({ type: 'note.draft', draft: { docnum: null, ...words } }, tabA)) as { token: string };
  const long = (await handle({ type: 'draft.save', token: d2.token, note: { body: '', colour: 'green', tags: ['字'.repeat(41)] } }, editor)) as { ok: boolean; error?: string };
  assert.equal(long.ok, false);
  assert.match(long.error ?? '', /tags/);
});

test('a watch is for the sender\'s page, added once, and the badge and reminders are told', async () => {
  const { handle, watchChanges, library } = setup();
  await handle(report([doc('威政发〔2022〕19号')], ['威政发〔2022〕19号']), tabA);
  const item = { kind: 'expiry', text: '有效期至2027年10月31日', due: '2027-10-31', docnum: '威政发〔2022〕19号', title: '通告' };
  assert.deepEqual(await handle({ type: 'watch.add', item }, tabA), { ok: true, added: true });
  assert.deepEqual(await handle({ type: 'watch.add', item }, tabA), { ok: true, added: false });
  assert.equal(watchChanges(), 2);
  assert.equal(library.watches[0]!.url, A);
  await handle(report([], []), tabB);
  assert.deepEqual(await handle({ type: 'watch.add', item }, tabB), { ok: false, error: 'watch.add: not a document of this page' });
});

test('a page learns which of its deadlines are watched (after a reload), and only its own', async () => {
  const { handle } = setup();
  await handle(report([doc('威政发〔2022〕19号')], ['威政发〔2022〕19号']), tabA);
  const item = { kind: 'expiry', text: '有效期至2027年10月31日', due: '2027-10-31', docnum: '威政发〔2022〕19号', title: '通告' };
  await handle({ type: 'watch.add', item }, tabA);
  assert.deepEqual(await handle({ type: 'watches.forPage' }, tabA), { ok: true, watches: [{ kind: 'expiry', docnum: '威政发〔2022〕19号', due: '2027-10-31', text: '有效期至2027年10月31日' }] });
  await handle(report([], []), tabB);
  assert.deepEqual(await handle({ type: 'watches.forPage' }, tabB), { ok: true, watches: [] }, 'another page hears nothing of it');
  assert.equal(((await handle({ type: 'watches.forPage' }, popup)) as { ok: boolean }).ok, false, 'a content-script request: refused from an extension page');
});

test('page reports are kept per tab at the sender\'s URL, and read by the popup', async () => {
  const { handle } = setup();
  const r = report([doc('威政发〔2022〕19号')], ['威政发〔2022〕19号']);
  await handle(r, tabA);
  assert.deepEqual(await handle({ type: 'page.get', tabId: 7 }, popup), { ok: true, page: { ...r.page, url: A } });
});

test('settings: a content script gets only what it needs for its page; extension pages read and write them', async () => {
  const { handle } = setup();
  assert.deepEqual(await handle({ type: 'settings.set', patch: { userHosts: ['*.example.org'], language: 'en', reminderDays: [3, 14] } }, optionsInTab), {
    ok: true, settings: { ...DEFAULT_SETTINGS, userHosts: ['*.example.org'], language: 'en', reminderDays: [14, 3] },
  });
  const content = (await handle({ type: 'settings.get' }, { ...tabA, url: 'https://news.example.org/x' })) as { content: Record<string, unknown> };
  assert.equal(content.content.userHost, true);
  assert.equal(content.content.language, 'en');
  assert.equal('userHosts' in content.content, false, 'the list of sites stays with extension pages');
  assert.equal('reminderDays' in content.content, false);
  const bad = (await handle({ type: 'settings.set', patch: { userHosts: ['not a host!'] } }, optionsInTab)) as { ok: boolean };
  assert.equal(bad.ok, false);
});

test("a site's outline prefs: kept for the sender's host, defaults elsewhere, invalid ones refused", async () => {
  const { handle } = setup();
  const prefs = { open: true, visible: { docnum: true, deadline: true, unit: false }, unitFilter: '卫生健康' };
  assert.deepEqual(await handle({ type: 'site.prefs.set', prefs }, tabA), { ok: true });
  // Another page of the same site reads them; another site does not.
  assert.deepEqual(await handle({ type: 'site.prefs.get' }, tabB), { ok: true, prefs });
  const other: SenderInfo = { ...tabA, url: 'https://zwgk.example.gov.cn/x.html' };
  assert.deepEqual(await handle({ type: 'site.prefs.get' }, other), { ok: true, prefs: DEFAULT_OUTLINE_PREFS });
  for (const bad of [{ ...prefs, unitFilter: 'x'.repeat(61) }, { ...prefs, extra: 1 }, { ...prefs, visible: { docnum: true } }]) {
    const r = (await handle({ type: 'site.prefs.set', prefs: bad }, tabA)) as { ok: boolean };
    assert.equal(r.ok, false, JSON.stringify(bad));
  }
  // Extension pages have no site: the request is a content script's.
  assert.equal(((await handle({ type: 'site.prefs.get' }, popup)) as { ok: boolean }).ok, false);
});

test('the PDF reader watches a deadline at the PDF\'s URL (extension pages only); a repeat adds nothing; the badge is told', async () => {
  const { handle, library, watchChanges } = setup();
  const url = 'https://www.gov.cn/gb/2020-3.pdf';
  const item = { kind: 'deadline', text: '2027年底前', due: '2027-12-31', docnum: null, title: null };
  assert.deepEqual(await handle({ type: 'watch.addAt', item, url }, tabA), { ok: false, error: 'watch.addAt is only accepted from extension pages' });
  assert.deepEqual(await handle({ type: 'watch.addAt', item, url }, optionsInTab), { ok: true, added: true });
  assert.deepEqual(await handle({ type: 'watch.addAt', item, url }, optionsInTab), { ok: true, added: false });
  assert.equal((await handle({ type: 'watch.addAt', item, url: 'javascript:alert(1)' }, optionsInTab) as { ok: boolean }).ok, false);
  assert.deepEqual(library.watches.map((w) => w.url), [url]);
  assert.equal(watchChanges(), 2);
});
