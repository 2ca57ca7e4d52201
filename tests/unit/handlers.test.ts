// The background's message handling: every message is validated, privileged ones come only
// from extension pages, and what is stored survives a restart (it lives in storage, not memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHandler, type KeyValue } from '../../lib/platform/handlers.ts';

function memoryArea(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get<T>(k: string) { return structuredClone(data.get(k)) as T | undefined; },
    async set(k: string, v: unknown) { data.set(k, structuredClone(v)); },
  };
}

const ORIGIN = 'chrome-extension://abcdef/';
function setup() {
  const local = memoryArea();
  const session = memoryArea();
  const css: Array<[number, string]> = [];
  const enabled: string[] = [];
  const deps = { local, session, extensionOrigin: ORIGIN, insertCss: async (t: number, c: string) => { css.push([t, c]); }, enableSite: async (h: string) => { enabled.push(h); } };
  return { handle: createHandler(deps), deps, local, css, enabled };
}
const tab = { tabId: 7, url: 'https://www.example.gov.cn/a.html' };
const popup = { url: `${ORIGIN}popup.html` };
const watch = { kind: 'expiry', text: '有效期至2027年10月31日', due: '2027-10-31', docnum: '威政发〔2022〕19号', title: '通告', url: 'https://www.example.gov.cn/a.html' };

test('malformed and unknown messages are refused with a reason', async () => {
  const { handle } = setup();
  for (const bad of [null, 'x', { type: 'nope' }, { type: 'watch.add', item: { ...watch, due: '2027-13-45' } }, { type: 'documents.lookup', docnums: 'x' }]) {
    const r = (await handle(bad, tab)) as { ok: boolean; error?: string };
    assert.equal(r.ok, false);
    assert.match(r.error ?? '', /invalid message/);
  }
});

test('privileged messages are accepted only from extension pages, never from a content script', async () => {
  const { handle, enabled } = setup();
  assert.deepEqual(await handle({ type: 'watch.list' }, tab), { ok: false, error: 'watch.list is only accepted from extension pages' });
  assert.equal(((await handle({ type: 'site.enable', host: 'evil.example', tabId: 7 }, tab)) as { ok: boolean }).ok, false);
  assert.deepEqual(enabled, []);
  assert.deepEqual(await handle({ type: 'watch.list' }, popup), { ok: true, items: [] });
});

test('a watch is stored once and listed after a restart of the handler', async () => {
  const { handle, deps } = setup();
  assert.deepEqual(await handle({ type: 'watch.add', item: watch }, tab), { ok: true, added: true });
  assert.deepEqual(await handle({ type: 'watch.add', item: watch }, tab), { ok: true, added: false });
  const restarted = createHandler(deps);
  assert.deepEqual(await restarted({ type: 'watch.list' }, popup), { ok: true, items: [watch] });
});

test('documents seen on one page are known on another', async () => {
  const { handle } = setup();
  await handle({ type: 'documents.seen', documents: [{ docnum: '国办发〔2022〕37号', title: '分工方案', url: 'https://www.gov.cn/x.html' }] }, tab);
  const r = await handle({ type: 'documents.lookup', docnums: ['国办发〔2022〕37号', '鲁政发〔2022〕16号'] }, { tabId: 9, url: 'https://other.gov.cn/' });
  assert.deepEqual(r, { ok: true, known: { '国办发〔2022〕37号': { docnum: '国办发〔2022〕37号', title: '分工方案', url: 'https://www.gov.cn/x.html' } } });
});

test('page summaries are kept per tab and read by the popup', async () => {
  const { handle } = setup();
  const page = { url: tab.url, title: 't', detection: { score: 5, government: true, reasons: [] }, counts: { docnum: 1, deadline: 2, unit: 3 }, documents: [] };
  await handle({ type: 'page.read', page }, tab);
  assert.deepEqual(await handle({ type: 'page.get', tabId: 7 }, popup), { ok: true, page });
});
