/// <reference types="mocha" />
// Import must refuse every malformed or foreign file with a message, and change nothing.
// Systematic cases (not objects, foreign formats and versions, missing arrays, a wrong type
// in every field, bad dates and colours, huge strings, duplicate ids, dangling references,
// one bad note at the end of a good file, prototype-pollution keys) and fast-check
// mutations of a valid file; for each, the database is compared before and after.
import { expect } from 'chai';
import fc from 'fast-check';
import { deleteLibrary, openLibrary, type LibraryDb } from '@/lib/library/db.ts';
import { importJson, libraryExportSchema, MAX_IMPORT_BYTES, type LibraryExport } from '@/lib/library/json.ts';
import { addNote, addWatch, recordDocument } from '@/lib/library/repo.ts';

const AT = '2026-01-15T09:30:00.000Z';
const D1 = 'doc:国办发〔2022〕37号';
const D2 = 'doc:国发〔2019〕28号';
const D3 = 'url:https://www.example.gov.cn/b.html';

/** A valid file: three documents (one known by URL), four notes, two watches, two citations. */
const BASE: LibraryExport = {
  format: 'gazette-lens-library',
  version: 1,
  exportedAt: AT,
  documents: [
    { id: D1, docnum: '国办发〔2022〕37号', urls: ['https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm'], title: '国务院办公厅关于印发“十四五”国民健康规划的通知', issuer: '国务院办公厅', signedDate: '2022-04-27', effectiveDate: '2022-05', expiryDate: null, status: '现行有效', cites: ['国发〔2019〕28号'], firstSeen: AT, lastSeen: AT },
    { id: D2, docnum: '国发〔2019〕28号', urls: ['https://www.gov.cn/a.htm', 'https://www.example.gov.cn/mirror.htm'], title: '国务院关于某事项的通知', issuer: null, signedDate: null, effectiveDate: null, expiryDate: '2024', status: '已失效', cites: ['国办发〔2021〕1号'], firstSeen: AT, lastSeen: AT },
    { id: D3, docnum: null, urls: ['https://www.example.gov.cn/b.html'], title: null, issuer: null, signedDate: null, effectiveDate: null, expiryDate: null, status: '未知', cites: [], firstSeen: AT, lastSeen: AT },
  ],
  notes: [
    { id: 'n1', documentId: D1, url: 'https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm', quote: { exact: '全面推进健康中国建设', prefix: '为', suffix: '，' }, position: { start: 120, end: 130 }, body: '公共卫生', colour: 'yellow', tags: ['重点'], created: AT, updated: AT },
    { id: 'n2', documentId: D1, url: 'https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm', quote: { exact: '医疗保障', prefix: '', suffix: '' }, position: { start: 300, end: 304 }, body: '', colour: 'green', tags: [], created: AT, updated: AT },
    { id: 'n3', documentId: D2, url: 'https://www.gov.cn/a.htm', quote: { exact: '卫生监督', prefix: '加强', suffix: '工作' }, position: { start: 0, end: 4 }, body: '已失效，注意替代文件', colour: 'pink', tags: ['失效', '跟进'], created: AT, updated: AT },
    { id: 'n4', documentId: D3, url: 'https://www.example.gov.cn/b.html', quote: { exact: '卫星', prefix: '', suffix: '' }, position: { start: 5, end: 7 }, body: 'GB/T 9704', colour: 'purple', tags: [], created: AT, updated: AT },
  ],
  watches: [
    { id: 'w1', kind: 'deadline', text: '2026年3月31日前报送', due: '2026-03-31', documentId: D1, docnum: '国办发〔2022〕37号', title: null, url: 'https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm', created: AT, reminded: [30, 7] },
    { id: 'w2', kind: 'expiry', text: '有效期至2026年12月31日', due: '2026-12-31', documentId: null, docnum: null, title: '某通知', url: 'https://www.example.gov.cn/c.html', created: AT, reminded: [] },
  ],
  citations: [
    { from: D1, to: '国发〔2019〕28号' },
    { from: D2, to: '国办发〔2021〕1号' },
  ],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const base = (): Json => structuredClone(BASE);
function mutated(f: (x: Json) => void): Json {
  const x = base();
  f(x);
  return x;
}

interface Case {
  name: string;
  raw: unknown;
  /** A part of the message it must give, when the case has one obvious answer. */
  says?: RegExp;
}

const cases: Case[] = [];
const add = (name: string, raw: unknown, says?: RegExp): void => {
  cases.push({ name, raw, says });
};

// --- not a JSON object at all ---
for (const [name, raw] of [
  ['undefined', undefined], ['null', null], ['zero', 0], ['number', 42], ['NaN', NaN], ['true', true], ['false', false],
  ['empty text', ''], ['blank text', '   '], ['plain text', '这不是一个文件'], ['cut-off JSON', '{"format":"gazette-lens-library","version":1,'],
  ['text "[]"', '[]'], ['text "null"', 'null'], ['text number', '123'], ['text string', '"gazette-lens-library"'],
  ['array', []], ['array of a good file', [BASE]], ['a Date', new Date()], ['a function', () => BASE], ['a Map', new Map([['format', 'gazette-lens-library']])],
  ['a Blob that is not JSON', new Blob(['<html>not a library</html>'])], ['a Blob with an array', new Blob(['[1,2,3]'])],
  ['a BOM and JSON', `\uFEFF${JSON.stringify(BASE)}`], ['HTML', '<!doctype html><title>x</title>'],
] as Array<[string, unknown]>) {
  add(name, raw, /^(file|format)/);
}

// --- foreign formats and other versions ---
add('no format', mutated((x) => delete x.format), /^format: expected "gazette-lens-library", got no format/);
for (const f of ['gazette-lens-notes', 'Gazette-Lens-Library', 'hypothesis-export', '', 1, null, ['gazette-lens-library'], {}]) {
  add(`format ${JSON.stringify(f)}`, mutated((x) => (x.format = f)), /^format: /);
}
add('no version', mutated((x) => delete x.version), /^version: expected 1, got none/);
add('version 2', mutated((x) => (x.version = 2)), /^version: this file is version 2, made by a newer Gazette Lens/);
for (const v of [0, '1', 1.5, null, -1, [1], 99.5]) add(`version ${JSON.stringify(v)}`, mutated((x) => (x.version = v)), /^version: /);
add('a Hypothesis-like export', { export_date: AT, export_userid: 'acct:x', annotations: [] }, /^format: /);
add('a tabbed notes app', { format: 'gazette-lens-library', version: 1, notes: 'n1\tn2' }, /^exportedAt|^documents|^notes/);

// --- missing or wrong arrays ---
for (const key of ['documents', 'notes', 'watches', 'citations']) {
  add(`no ${key}`, mutated((x) => delete x[key]), new RegExp(`^${key}: missing`));
  for (const v of [null, {}, 'x', 5]) add(`${key} = ${JSON.stringify(v)}`, mutated((x) => (x[key] = v)), new RegExp(`^${key}: expected array`));
}
add('no exportedAt', mutated((x) => delete x.exportedAt), /^exportedAt: missing/);

// --- a wrong type in every field ---
const WRONG: Record<string, unknown[]> = {
  string: [42, null, true],
  nullable: [42, {}],
  number: ['1', null],
  array: ['x', null, {}],
  object: ['x', null, []],
};
const FIELDS: Array<[string, number, string, keyof typeof WRONG]> = [
  ['documents', 0, 'id', 'string'], ['documents', 0, 'docnum', 'nullable'], ['documents', 0, 'urls', 'array'],
  ['documents', 0, 'title', 'nullable'], ['documents', 0, 'issuer', 'nullable'], ['documents', 0, 'signedDate', 'nullable'],
  ['documents', 0, 'effectiveDate', 'nullable'], ['documents', 1, 'expiryDate', 'nullable'], ['documents', 0, 'status', 'string'],
  ['documents', 0, 'cites', 'array'], ['documents', 0, 'firstSeen', 'string'], ['documents', 2, 'lastSeen', 'string'],
  ['notes', 1, 'id', 'string'], ['notes', 1, 'documentId', 'string'], ['notes', 1, 'url', 'string'], ['notes', 1, 'quote', 'object'],
  ['notes', 1, 'position', 'object'], ['notes', 1, 'body', 'string'], ['notes', 1, 'colour', 'string'], ['notes', 1, 'tags', 'array'],
  ['notes', 1, 'created', 'string'], ['notes', 1, 'updated', 'string'],
  ['watches', 0, 'id', 'string'], ['watches', 0, 'kind', 'string'], ['watches', 0, 'text', 'string'], ['watches', 0, 'due', 'string'],
  ['watches', 0, 'documentId', 'nullable'], ['watches', 0, 'docnum', 'nullable'], ['watches', 0, 'title', 'nullable'],
  ['watches', 0, 'url', 'string'], ['watches', 0, 'created', 'string'], ['watches', 0, 'reminded', 'array'],
  ['citations', 0, 'from', 'string'], ['citations', 1, 'to', 'string'],
];
for (const [list, i, field, kind] of FIELDS) {
  for (const v of WRONG[kind]!) {
    add(`${list}[${i}].${field} = ${JSON.stringify(v)}`, mutated((x) => (x[list][i][field] = v)), new RegExp(`^${list}\\[${i}\\]\\.${field}`));
  }
  add(`${list}[${i}].${field} missing`, mutated((x) => delete x[list][i][field]), new RegExp(`^${list}\\[${i}\\]\\.${field}: missing`));
}
for (const [path, v] of [
  ['quote.exact', 5], ['quote.prefix', null], ['quote.suffix', []], ['position.start', '120'], ['position.end', null],
  ['position.start', -1], ['position.start', 1.5], ['position.end', Infinity],
] as Array<[string, unknown]>) {
  add(`notes[2].${path} = ${String(v)}`, mutated((x) => {
    const [a, b] = path.split('.') as [string, string];
    x.notes[2][a][b] = v;
  }), new RegExp(`^notes\\[2\\]\\.${path.replace('.', '\\.')}`));
}
add('tags with a number', mutated((x) => x.notes[0].tags.push(7)), /^notes\[0\]\.tags\[1\]: expected string/);
add('an empty tag', mutated((x) => x.notes[0].tags.push('')), /^notes\[0\]\.tags\[1\]: empty/);
add('reminded with text', mutated((x) => x.watches[0].reminded.push('x')), /^watches\[0\]\.reminded\[2\]/);
add('reminded negative', mutated((x) => x.watches[0].reminded.push(-7)), /^watches\[0\]\.reminded\[2\]/);
add('urls with a non-URL', mutated((x) => x.documents[1].urls.push('not a url')), /^documents\[1\]\.urls\[2\]: expected a URL/);
add('no urls', mutated((x) => (x.documents[0].urls = [])), /^documents\[0\]\.urls: fewer than 1 items/);
add('status 有效', mutated((x) => (x.documents[0].status = '有效')), /^documents\[0\]\.status: expected one of 尚未生效, 现行有效/);
add('watch kind reminder', mutated((x) => (x.watches[1].kind = 'reminder')), /^watches\[1\]\.kind: expected one of expiry, deadline/);

// --- bad dates ---
for (const [name, f, says] of [
  ['exportedAt yesterday', (x: Json) => (x.exportedAt = 'yesterday'), /^exportedAt: expected an ISO datetime/],
  ['created month 13', (x: Json) => (x.notes[0].created = '2026-13-01T00:00:00Z'), /^notes\[0\]\.created/],
  ['updated Feb 30', (x: Json) => (x.notes[0].updated = '2026-02-30T00:00:00Z'), /^notes\[0\]\.updated/],
  ['updated as a number', (x: Json) => (x.notes[3].updated = 1700000000000), /^notes\[3\]\.updated/],
  ['firstSeen empty', (x: Json) => (x.documents[0].firstSeen = ''), /^documents\[0\]\.firstSeen/],
  ['due Feb 30', (x: Json) => (x.watches[0].due = '2026-02-30'), /^watches\[0\]\.due: expected a real date/],
  ['due with slashes', (x: Json) => (x.watches[0].due = '2026/03/31'), /^watches\[0\]\.due/],
  ['due without dashes', (x: Json) => (x.watches[0].due = '20260331'), /^watches\[0\]\.due/],
  ['due as a month', (x: Json) => (x.watches[0].due = '2026-03'), /^watches\[0\]\.due/],
  ['signedDate one-digit month', (x: Json) => (x.documents[0].signedDate = '2022-4-27'), /^documents\[0\]\.signedDate/],
  ['effectiveDate month 13', (x: Json) => (x.documents[0].effectiveDate = '2022-13'), /^documents\[0\]\.effectiveDate/],
  ['expiryDate in Chinese', (x: Json) => (x.documents[1].expiryDate = '2024年12月31日'), /^documents\[1\]\.expiryDate/],
  ['watch created without time', (x: Json) => (x.watches[1].created = '2026-01-15'), /^watches\[1\]\.created/],
] as Array<[string, (x: Json) => void, RegExp]>) {
  add(name, mutated(f), says);
}

// --- bad colours ---
for (const c of ['red', 'YELLOW', ' yellow', '', '黄色', null, 0, ['yellow'], { yellow: true }]) {
  add(`colour ${JSON.stringify(c)}`, mutated((x) => (x.notes[2].colour = c)), /^notes\[2\]\.colour: (expected one of yellow, green, blue, pink, purple|missing)/);
}

// --- huge strings and lists ---
add('a 200k-character body', mutated((x) => (x.notes[0].body = '卫'.repeat(200_000))), /^notes\[0\]\.body: longer than 10000 characters \(200000\)/);
add('a 30k-character quote', mutated((x) => (x.notes[0].quote.exact = 'x'.repeat(30_000))), /^notes\[0\]\.quote\.exact: longer than/);
add('a 3k-character title', mutated((x) => (x.documents[0].title = '通知'.repeat(1500))), /^documents\[0\]\.title: longer than/);
add('a 5k-character URL', mutated((x) => (x.notes[0].url = `https://www.gov.cn/${'a'.repeat(5000)}`)), /^notes\[0\]\.url: longer than/);
add('a 200-character tag', mutated((x) => x.notes[0].tags.push('标'.repeat(200))), /^notes\[0\]\.tags\[1\]: longer than/);
add('101 tags', mutated((x) => (x.notes[0].tags = Array.from({ length: 101 }, (_, i) => `t${i}`))), /^notes\[0\]\.tags: more than 20 items/);
add('a 300-character docnum', mutated((x) => (x.watches[0].docnum = `${'国'.repeat(300)}〔2020〕1号`)), /^watches\[0\]\.docnum: longer than/);
add('a huge id', mutated((x) => (x.notes[0].id = 'n'.repeat(10_000))), /^notes\[0\]\.id: longer than/);
add('text over the size limit', ' '.repeat(MAX_IMPORT_BYTES + 1), /^file: too large/);

// --- duplicates and references ---
add('duplicate document id', mutated((x) => x.documents.push(structuredClone(x.documents[0]))), /^documents\[3\]\.id: duplicate id "doc:国办发〔2022〕37号" \(also documents\[0\]\)/);
add('duplicate note id', mutated((x) => (x.notes[3].id = 'n1')), /^notes\[3\]\.id: duplicate id "n1" \(also notes\[0\]\)/);
add('duplicate watch id', mutated((x) => (x.watches[1].id = 'w1')), /^watches\[1\]\.id: duplicate id/);
add('duplicate citation', mutated((x) => x.citations.push({ ...x.citations[0] })), /^citations\[2\]: duplicate citation/);
add('note of a missing document', mutated((x) => (x.notes[1].documentId = 'doc:不存在〔2020〕1号')), /^notes\[1\]\.documentId: no document/);
add('watch of a missing document', mutated((x) => (x.watches[1].documentId = 'doc:不存在〔2020〕1号')), /^watches\[1\]\.documentId: no document/);
add('citation from a missing document', mutated((x) => (x.citations[1].from = 'doc:不存在〔2020〕1号')), /^citations\[1\]\.from: no document/);
add('citation not in cites', mutated((x) => x.citations.push({ from: D3, to: '国发〔2019〕28号' })), /^citations\[2\]\.to: not among documents\[2\]\.cites/);
add('cites without its citation', mutated((x) => x.citations.pop()), /^documents\[1\]\.cites\[0\]: no citation/);
add('id not matching docnum', mutated((x) => (x.documents[0].id = 'doc:国办发〔2022〕38号')), /^documents\[0\]\.id: expected "doc:国办发〔2022〕37号"/);
add('url id not among urls', mutated((x) => (x.documents[2].urls = ['https://www.example.gov.cn/other.html'])), /^documents\[2\]\.id/);
add('non-canonical docnum', mutated((x) => {
  x.documents[0].docnum = '国办发[2022]37号';
  x.documents[0].id = 'doc:国办发[2022]37号';
}), /^documents\[0\]\.docnum: not a canonical document number \(expected "国办发〔2022〕37号"\)/);
add('a document citing itself', mutated((x) => {
  x.documents[0].cites.push('国办发〔2022〕37号');
  x.citations.push({ from: D1, to: '国办发〔2022〕37号' });
}), /^documents\[0\]\.cites: a document does not cite itself/);
add('position ends before it starts', mutated((x) => (x.notes[0].position = { start: 10, end: 5 })), /^notes\[0\]\.position\.end: ends before it starts/);

// --- a good file with one bad note at the end ---
const many = (bad: (n: Json) => void): Json =>
  mutated((x) => {
    for (let i = 0; i < 200; i++) x.notes.push({ ...structuredClone(x.notes[0]), id: `m${i}` });
    const last = { ...structuredClone(x.notes[1]), id: 'last' };
    bad(last);
    x.notes.push(last);
  });
add('one bad colour at the end', many((n) => (n.colour = 'red')), /^notes\[204\]\.colour: expected one of yellow, green, blue, pink, purple, got "red"$/);
add('one missing body at the end', many((n) => delete n.body), /^notes\[204\]\.body: missing/);
add('one dangling note at the end', many((n) => (n.documentId = 'url:https://nowhere.example/')), /^notes\[204\]\.documentId/);
add('one extra key at the end', many((n) => (n.grams = ['卫生'])), /^notes\[204\]: unexpected key "grams"/);

// --- unknown keys and prototype pollution ---
add('an unknown top-level key', mutated((x) => (x.comment = 'hi')), /^file: unexpected key "comment"/);
const text = JSON.stringify(BASE);
add('top-level __proto__', text.replace('{', '{"__proto__":{"polluted":"yes"},'), /^file: unexpected key "__proto__"/);
add('__proto__ in a note', text.replace('{"id":"n1"', '{"__proto__":{"polluted":"yes"},"id":"n1"'), /^notes\[0\]: unexpected key "__proto__"/);
add('__proto__ in a quote', text.replace('"quote":{', '"quote":{"__proto__":{"polluted":"yes"},'), /^notes\[0\]\.quote: unexpected key "__proto__"/);
add('constructor.prototype in a document', text.replace(`{"id":"${D1}"`, `{"constructor":{"prototype":{"polluted":"yes"}},"id":"${D1}"`), /^documents\[0\]: unexpected key "constructor"/);
add('__proto__ in a watch', text.replace('{"id":"w1"', '{"__proto__":{"polluted":"yes"},"id":"w1"'), /^watches\[0\]: unexpected key "__proto__"/);
add('__proto__ as a citation', text.replace('"citations":[', '"citations":[{"__proto__":{"from":"x"}},'), /^citations\[0\]/);
add('prototype key only', '{"__proto__":{"format":"gazette-lens-library","version":1}}', /^format: /);

// ---- the runs ----

type Snapshot = string;
async function snapshot(db: LibraryDb): Promise<Snapshot> {
  const tables = await db.transaction('r', [db.documents, db.notes, db.watches, db.citations], () =>
    Promise.all([db.documents.toArray(), db.notes.toArray(), db.watches.toArray(), db.citations.toArray()]),
  );
  return JSON.stringify(tables);
}

/** A library with a little in it, so "nothing changed" means something. */
async function seeded(name: string): Promise<LibraryDb> {
  const db = openLibrary(name);
  const d = await recordDocument(db, {
    docnum: '国办发〔2022〕37号', url: 'https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm', title: '旧标题',
    issuer: null, signedDate: null, effectiveDate: null, expiryDate: null, status: '现行有效', cites: ['国务院令第471号'],
  });
  await addNote(db, { documentId: d.id, url: d.urls[0]!, quote: { exact: '卫生', prefix: '', suffix: '' }, position: { start: 0, end: 2 }, body: '已有', colour: 'blue', tags: ['原有'] });
  await addWatch(db, { kind: 'deadline', text: '年底', due: '2026-12-31', documentId: d.id, docnum: d.docnum, title: null, url: d.urls[0]! });
  return db;
}

async function refused(db: LibraryDb, before: Snapshot, raw: unknown, label: string): Promise<string> {
  const res = await importJson(db, raw);
  expect(res.ok, `${label}: should be refused`).to.equal(false);
  const error = res.ok ? '' : res.error;
  expect(error, label).to.be.a('string').and.not.equal('');
  expect(await snapshot(db), `${label}: the database changed`).to.equal(before);
  expect(({} as Record<string, unknown>).polluted, `${label}: Object.prototype polluted`).to.equal(undefined);
  return error;
}

describe('library import: malformed and foreign files', function () {
  this.timeout(120_000);
  const name = `library-fuzz-${crypto.randomUUID()}`;
  let db: LibraryDb;
  let start: Snapshot;

  before(async () => {
    db = await seeded(name);
    start = await snapshot(db);
  });
  after(() => deleteLibrary(name));

  it('starts from a valid file that imports (so the cases below fail for their own reason)', async () => {
    expect(libraryExportSchema.safeParse(BASE).success).to.equal(true);
    const other = `library-fuzz-base-${crypto.randomUUID()}`;
    try {
      const res = await importJson(await seeded(other), JSON.stringify(BASE));
      const added = (n: number) => ({ added: n, updated: 0, kept: 0, unchanged: 0 });
      // The seeded library saw 国办发〔2022〕37号 just now: the file's older copy of it is kept out.
      expect(res).to.deep.equal({ ok: true, counts: { documents: { added: 2, updated: 0, kept: 1, unchanged: 0 }, notes: added(4), watches: added(2) } });
    } finally {
      await deleteLibrary(other);
    }
  });

  it(`refuses ${cases.length} systematic cases with a message naming the problem, changing nothing`, async () => {
    expect(cases.length).to.be.at.least(100);
    for (const c of cases) {
      const error = await refused(db, start, c.raw, c.name);
      if (c.says) expect(error, c.name).to.match(c.says);
    }
  });

  // fast-check: mutations of the valid file that cannot be valid, by construction.
  const leaves: Array<{ path: Array<string | number>; value: unknown }> = [];
  (function walk(v: unknown, path: Array<string | number>): void {
    if (Array.isArray(v) && v.length) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else leaves.push({ path, value: v });
  })(BASE, []);
  const objects: Array<Array<string | number>> = [[]];
  for (const { path } of leaves) for (let i = 1; i < path.length; i++) if (typeof path[i] === 'string') objects.push(path.slice(0, i));
  const setAt = (x: Json, path: Array<string | number>, value: unknown): void => {
    let o = x;
    for (const p of path.slice(0, -1)) o = o[p];
    Object.defineProperty(o, path.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
  };
  const getAt = (x: Json, path: Array<string | number>): Json => path.reduce((o, p) => o[p], x);
  /**
   * A value the schema accepts in no leaf in place of this one: no field is a boolean or
   * takes an object where a primitive or an empty list stands; every nullable field is text.
   */
  const wrongFor = (value: unknown): fc.Arbitrary<unknown> =>
    fc.oneof(
      fc.boolean(),
      fc.object({ maxDepth: 2 }),
      typeof value === 'number'
        ? fc.string()
        : Array.isArray(value)
          ? fc.oneof(fc.integer(), fc.string())
          : // not NaN or Infinity: JSON writes them as null, which a nullable field takes
            fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })),
    );
  const asText = fc.boolean();

  it('refuses any value that is not a library file (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.anything(), fc.json(), fc.string()), async (raw) => {
        await refused(db, start, raw, `anything: ${String(JSON.stringify(raw)).slice(0, 80)}`);
      }),
      { numRuns: 80, endOnFailure: true },
    );
  });

  it('refuses a file with one field of the wrong type (fast-check)', async () => {
    const arb = fc.constantFrom(...leaves).chain((leaf) => fc.tuple(fc.constant(leaf.path), wrongFor(leaf.value), asText));
    await fc.assert(
      fc.asyncProperty(arb, async ([path, value, text]) => {
        const x = base();
        setAt(x, path, value);
        await refused(db, start, text ? JSON.stringify(x) : x, `${path.join('.')} = ${String(JSON.stringify(value)).slice(0, 60)}`);
      }),
      { numRuns: 100, endOnFailure: true },
    );
  });

  it('refuses a file with a key removed or an unknown key added anywhere (fast-check)', async () => {
    const removal = fc.constantFrom(...leaves.filter((l) => typeof l.path.at(-1) === 'string')).map((l) => ({ kind: 'remove' as const, path: l.path }));
    const addition = fc
      .tuple(fc.constantFrom(...objects), fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'grams', 'toString'), fc.string({ minLength: 1, maxLength: 12 })), fc.jsonValue())
      .filter(([path, key]) => !(key in getAt(BASE, path)))
      .map(([path, key, value]) => ({ kind: 'add' as const, path: [...path, key], value }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(removal, addition), asText, async (m, text) => {
        const x = base();
        if (m.kind === 'remove') delete getAt(x, m.path.slice(0, -1))[m.path.at(-1)!];
        else setAt(x, m.path, m.value);
        await refused(db, start, text ? JSON.stringify(x) : x, `${m.kind} ${m.path.join('.')}`);
      }),
      { numRuns: 100, endOnFailure: true },
    );
  });

  it('refuses unknown colours, statuses and kinds (fast-check)', async () => {
    const enums: Array<[Array<string | number>, string[]]> = [
      [['notes', 0, 'colour'], ['yellow', 'green', 'blue', 'pink', 'purple']],
      [['documents', 1, 'status'], ['尚未生效', '现行有效', '即将到期', '已失效', '未知']],
      [['watches', 1, 'kind'], ['expiry', 'deadline']],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...enums), fc.string({ unit: 'grapheme', maxLength: 10 }), async ([path, allowed], value) => {
        fc.pre(!allowed.includes(value));
        const x = base();
        setAt(x, path, value);
        const error = await refused(db, start, x, `${path.join('.')} = ${JSON.stringify(value)}`);
        expect(error).to.contain(`${path[0]}[${path[1]}].${path[2]}: expected one of ${allowed.join(', ')}`);
      }),
      { numRuns: 60, endOnFailure: true },
    );
  });
});
