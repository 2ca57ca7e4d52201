/// <reference types="mocha" />
// The personal library (lib/library) in Chromium's IndexedDB: identity and merging,
// citations, watches, Chinese search, the JSON round trip, Markdown, and the upgrade of a
// version-1 database. Each test has its own database, deleted afterwards.
import { expect } from 'chai';
import Dexie from 'dexie';
import { deleteLibrary, LibraryDb, openLibrary, SCHEMA_V1, SCHEMA_V3 } from '@/lib/library/db.ts';
import { LibraryError } from '@/lib/library/errors.ts';
import { exportJson, importJson, MAX_IMPORT_BYTES } from '@/lib/library/json.ts';
import { exportMarkdown } from '@/lib/library/markdown.ts';
import {
  addNote,
  addWatch,
  citedBy,
  cites,
  deleteNote,
  deleteWatch,
  dueWithin,
  findDocument,
  listDocuments,
  listNotes,
  listWatches,
  markReminded,
  notesFor,
  recordDocument,
  updateNote,
} from '@/lib/library/repo.ts';
import { search } from '@/lib/library/search.ts';
import { LoadedSearch } from '@/lib/library/loaded-search.ts';
import { buildLibraryExport } from '@/bench/library.ts';
import type { DocumentInput, NoteInput, NoteRecord } from '@/lib/library/types.ts';

let names: string[] = [];
function freshDb(): LibraryDb {
  const name = `library-test-${crypto.randomUUID()}`;
  names.push(name);
  return openLibrary(name);
}
afterEach(async () => {
  for (const n of names) await deleteLibrary(n);
  names = [];
});

const GOV = 'https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm';
const MIRROR = 'https://WWW.Example.GOV.cn/art/2022/5/20/art_1.html?utm_source=wechat&from=timeline#part2';

function doc(over: Partial<DocumentInput> = {}): DocumentInput {
  return {
    docnum: '国办发〔2022〕37号',
    url: GOV,
    title: '国务院办公厅关于印发“十四五”国民健康规划的通知',
    issuer: '国务院办公厅',
    signedDate: '2022-04-27',
    effectiveDate: null,
    expiryDate: null,
    status: '现行有效',
    cites: [],
    ...over,
  };
}

function note(documentId: string, over: Partial<NoteInput> = {}): NoteInput {
  return {
    documentId,
    url: GOV,
    quote: { exact: '全面推进健康中国建设', prefix: '为', suffix: '，' },
    position: { start: 120, end: 130 },
    body: '',
    colour: 'yellow',
    tags: [],
    ...over,
  };
}

async function rejects(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describe('library: document identity', () => {
  it('merges the same number seen at two URLs: urls grow, notes follow the document', async () => {
    const db = freshDb();
    const a = await recordDocument(db, doc());
    expect(a.id).to.equal('doc:国办发〔2022〕37号');
    const n = await addNote(db, note(a.id, { body: '健康中国' }));
    // The same number written another way, at a mirror URL with tracking and a fragment, no title.
    const b = await recordDocument(db, doc({ docnum: '国办发［2022］037 號', url: MIRROR, title: null, status: '未知' }));
    expect(b.id).to.equal(a.id);
    expect(b.urls).to.deep.equal([GOV, 'https://www.example.gov.cn/art/2022/5/20/art_1.html']);
    expect(b.title).to.equal(a.title, 'an unknown title keeps the known one');
    expect(b.status).to.equal('现行有效', '未知 keeps the known status');
    expect(b.firstSeen).to.equal(a.firstSeen);
    expect(b.lastSeen >= a.lastSeen).to.equal(true);
    expect(await listDocuments(db)).to.have.length(1);
    expect((await notesFor(db, b.id)).map((x) => x.id)).to.deep.equal([n.id]);
    expect((await findDocument(db, { url: `${MIRROR}` }))?.id).to.equal(a.id);
    expect((await findDocument(db, { docnum: '國辦發〔2022〕37號' }))?.id).to.equal(a.id, 'traditional spelling finds it');
  });

  it('moves notes and watches when a document known by its URL shows its number', async () => {
    const db = freshDb();
    const page = 'http://www.weihai.gov.cn/art/2020/3/1/art_51.html';
    const u = await recordDocument(db, doc({ docnum: null, url: `${page}#top`, title: '关于做好疫情防控工作的通知', cites: ['鲁政办字〔2020〕85号'] }));
    expect(u.id).to.equal(`url:${page}`);
    const n1 = await addNote(db, note(u.id, { url: page, body: '重点：防控' }));
    const n2 = await addNote(db, note(u.id, { url: page, position: { start: 5, end: 9 } }));
    const w = await addWatch(db, { kind: 'deadline', text: '3月10日前报送', due: '2020-03-10', documentId: null, docnum: null, title: null, url: page });
    expect(w.record.documentId).to.equal(u.id, 'a watch without documentId is linked by its URL');

    const d = await recordDocument(db, doc({ docnum: '威政发〔2020〕3号', url: page, title: null, cites: ['国发〔2019〕28号'] }));
    expect(d.id).to.equal('doc:威政发〔2020〕3号');
    expect(d.urls).to.deep.equal([page]);
    expect(d.title).to.equal('关于做好疫情防控工作的通知');
    expect(await db.documents.get(u.id)).to.equal(undefined, 'the URL record is gone');
    expect(await listDocuments(db)).to.have.length(1);
    expect((await notesFor(db, d.id)).map((x) => x.id)).to.deep.equal([n2.id, n1.id], 'page order');
    expect(await notesFor(db, u.id)).to.deep.equal([]);
    const [watch] = await listWatches(db);
    expect(watch).to.include({ documentId: d.id, docnum: '威政发〔2020〕3号' });
    expect((await cites(db, d.id)).map((c) => c.docnum)).to.deep.equal(['国发〔2019〕28号']);
    expect(await citedBy(db, '鲁政办字〔2020〕85号')).to.deep.equal([], 'the URL record\'s citations went with it');

    // Read again without its number (detection missed it): still the same document.
    const again = await recordDocument(db, doc({ docnum: null, url: page, title: null }));
    expect(again.id).to.equal(d.id);
    expect(await listDocuments(db)).to.have.length(1);
  });

  it('refuses a URL that is not one', async () => {
    const db = freshDb();
    const err = await rejects(recordDocument(db, doc({ url: 'not a url' })));
    expect(err).to.be.instanceOf(LibraryError);
    expect((err as LibraryError).code).to.equal('invalid-url');
    expect(await listDocuments(db)).to.deep.equal([]);
  });
});

describe('library: citations', () => {
  it('answers "cites" in the document\'s order and "cited by", and replaces citations on a new reading', async () => {
    const db = freshDb();
    const a = await recordDocument(db, doc({ cites: ['国发〔2019〕28号', '国办发［2022］37号', '国办发〔2021〕1号', '国发〔2019〕28号'] }));
    expect(a.cites).to.deep.equal(['国发〔2019〕28号', '国办发〔2021〕1号'], 'canonical, no repeats, not itself');
    const b = await recordDocument(db, doc({ docnum: '国发〔2019〕28号', url: 'https://www.gov.cn/zhengce/content/2019-05/01/content_1.htm', title: '国务院关于某事项的通知' }));
    const c = await recordDocument(db, doc({ docnum: '皖政〔2023〕5号', url: 'https://www.ah.gov.cn/a.html', title: '安徽省通知', cites: ['国发[2019]28号'] }));

    const out = await cites(db, a.id);
    expect(out.map((x) => x.docnum)).to.deep.equal(['国发〔2019〕28号', '国办发〔2021〕1号']);
    expect(out[0]!.document?.id).to.equal(b.id);
    expect(out[1]!.document).to.equal(null, 'a cited number not in the library');
    expect((await citedBy(db, '国发〔2019〕28号')).map((d) => d.id).sort()).to.deep.equal([a.id, c.id].sort());
    expect(await citedBy(db, '国办发〔2021〕1号')).to.have.length(1);

    await recordDocument(db, doc({ cites: ['国办发〔2021〕1号'] }));
    expect((await citedBy(db, '国发〔2019〕28号')).map((d) => d.id)).to.deep.equal([c.id]);
    expect(await db.citations.count()).to.equal(2);
  });
});

describe('library: notes', () => {
  it('adds, updates and deletes notes; refuses a note for an unknown document or with a bad colour', async () => {
    const db = freshDb();
    const d = await recordDocument(db, doc());
    const n = await addNote(db, note(d.id, { tags: [' 医保 ', '医保', ''] }));
    expect(n.tags).to.deep.equal(['医保']);
    expect(n.created).to.equal(n.updated);
    const u = await updateNote(db, n.id, { body: '需要跟进', colour: 'pink', tags: ['跟进'] });
    expect(u).to.include({ body: '需要跟进', colour: 'pink', created: n.created });
    expect(u.updated >= n.updated).to.equal(true);
    expect((await listNotes(db))[0]).to.deep.equal(u);

    const missing = await rejects(addNote(db, note('doc:不存在〔2020〕1号')));
    expect((missing as LibraryError).code).to.equal('not-found');
    const bad = await rejects(addNote(db, note(d.id, { colour: 'red' as never })));
    expect((bad as LibraryError).code).to.equal('invalid-input');
    expect((bad as Error).message).to.contain('colour');
    expect(await db.notes.count()).to.equal(1);

    expect(await deleteNote(db, n.id)).to.equal(true);
    expect(await deleteNote(db, n.id)).to.equal(false);
    expect(await listNotes(db)).to.deep.equal([]);
  });
});

describe('library: watches', () => {
  it('keeps no duplicates, answers dueWithin and remembers reminders', async () => {
    const db = freshDb();
    const base = { kind: 'deadline' as const, text: '2026年3月31日前报送', due: '2026-03-31', documentId: null, docnum: '国办发〔2022〕37号', title: null, url: GOV };
    const first = await addWatch(db, base);
    expect(first.added).to.equal(true);
    const again = await addWatch(db, { ...base, url: `${GOV}#p2` });
    expect(again).to.deep.equal({ record: first.record, added: false });
    expect((await addWatch(db, { ...base, kind: 'expiry' })).added).to.equal(true);
    await addWatch(db, { ...base, text: '月初', due: '2026-03-01' });
    await addWatch(db, { ...base, text: '四月', due: '2026-04-01' });
    await addWatch(db, { ...base, text: '过期', due: '2026-02-28' });
    expect(await listWatches(db)).to.have.length(5);
    expect((await listWatches(db)).map((w) => w.due)).to.deep.equal(['2026-02-28', '2026-03-01', '2026-03-31', '2026-03-31', '2026-04-01']);

    const due = await dueWithin(db, '2026-03-01', 30);
    expect(due.map((w) => w.text)).to.have.members(['月初', '2026年3月31日前报送', '2026年3月31日前报送']);
    expect(due).to.have.length(3);
    expect(await dueWithin(db, '2026-03-01', 0)).to.have.length(1);

    await markReminded(db, first.record.id, 30);
    await markReminded(db, first.record.id, 7);
    const r = await markReminded(db, first.record.id, 30);
    expect(r.reminded).to.deep.equal([30, 7]);
    expect((await db.watches.get(first.record.id))?.reminded).to.deep.equal([30, 7]);

    expect(await deleteWatch(db, first.record.id)).to.equal(true);
    expect(await listWatches(db)).to.have.length(4);
  });
});

/** A small library with Chinese notes for search, export and Markdown. */
async function sample(db: LibraryDb): Promise<Record<string, NoteRecord>> {
  const health = await recordDocument(db, doc({ cites: ['国发〔2019〕28号'] }));
  const old = await recordDocument(db, doc({ docnum: '卫办发〔2010〕9号', url: 'https://www.nhc.gov.cn/old.html', title: '卫生部办公厅关于印发卫生监督工作规范的通知', status: '已失效', expiryDate: '2015-12-31' }));
  const space = await recordDocument(db, doc({ docnum: '国科发〔2021〕2号', url: 'https://www.most.gov.cn/a.html', title: '关于航天工程的通知', status: '现行有效' }));
  return {
    together: await addNote(db, note(health.id, { body: '加强公共卫生体系建设', colour: 'yellow', tags: ['重点'] })),
    apart: await addNote(db, note(space.id, { body: '卫星发射中心与生态保护', quote: { exact: '卫星', prefix: '', suffix: '' }, colour: 'yellow', tags: ['重点'] })),
    tagged: await addNote(db, note(old.id, { body: '监督规范', quote: { exact: '國家衛生監督', prefix: '', suffix: '' }, colour: 'pink', tags: ['重点', '卫生监督'] })),
    latin: await addNote(db, note(health.id, { body: '版式依照 GB/T 9704—2012', colour: 'blue', tags: [] })),
    other: await addNote(db, note(old.id, { body: '<script>alert(1)</script> *注意*', colour: 'green', tags: ['其他'] })),
  };
}

describe('library: search', () => {
  it('the first page of many results is the newest, and says there are more', async () => {
    const db = freshDb();
    expect((await importJson(db, buildLibraryExport(600, 7))).ok).to.equal(true);
    const all = await search(db, '卫生');
    expect(all.notes.length).to.be.greaterThan(20);
    const first = await search(db, '卫生', { limit: 10 });
    expect(first.notes).to.have.length(10);
    expect(first.more).to.equal(true);
    expect(first.notes.map((n) => n.id)).to.deep.equal(all.notes.slice(0, 10).map((n) => n.id));
    expect(first.notes.map((n) => n.updated)).to.deep.equal([...first.notes.map((n) => n.updated)].sort().reverse(), 'newest first');
    const loaded = new LoadedSearch(await listNotes(db), await listDocuments(db));
    expect(loaded.search('卫生', { limit: 10 }).notes.map((n) => n.id)).to.deep.equal(first.notes.map((n) => n.id), 'the page holds the same order');
    expect((await search(db, '卫生', { limit: all.notes.length })).more).to.equal(false);
  });

  it('search follows edits, deletions and merged documents', async () => {
    const db = freshDb();
    const d = await recordDocument(db, doc({ docnum: null, url: 'https://www.example.gov.cn/x.html', title: '卫星应用规划' }));
    const n = await addNote(db, note(d.id, { body: '公共卫生', quote: { exact: '规划', prefix: '', suffix: '' }, tags: [] }));
    expect((await search(db, '卫生')).notes.map((x) => x.id)).to.deep.equal([n.id]);
    await updateNote(db, n.id, { body: '义务教育' });
    expect((await search(db, '卫生')).notes).to.deep.equal([]);
    expect((await search(db, '教育')).notes.map((x) => x.id)).to.deep.equal([n.id]);
    await deleteNote(db, n.id);
    expect((await search(db, '教育')).notes).to.deep.equal([]);
    expect((await search(db, '卫星')).documents.map((x) => x.id)).to.deep.equal([d.id]);
    // The URL record takes a number: it is absorbed into the numbered one, and search finds that one.
    const merged = await recordDocument(db, doc({ docnum: '发改高技〔2023〕7号', url: 'https://www.example.gov.cn/x.html', title: '卫星应用规划' }));
    expect((await search(db, '卫星')).documents.map((x) => x.id)).to.deep.equal([merged.id]);
  });

  it('finds 卫生 only where the two characters stand together, in one field', async () => {
    const db = freshDb();
    const n = await sample(db);
    const r = await search(db, '卫生');
    const ids = r.notes.map((x) => x.id);
    expect(ids).to.include(n.together!.id);
    expect(ids).to.include(n.tagged!.id, 'traditional 衛生 in the quote, and in a tag');
    expect(ids).not.to.include(n.apart!.id, '卫星…生态 has 卫 and 生 apart');
    expect(r.documents.map((d) => d.docnum)).to.deep.equal(['卫办发〔2010〕9号']);
    expect(r.notes[0]).not.to.have.property('grams');

    expect((await search(db, '公共卫生')).notes.map((x) => x.id)).to.deep.equal([n.together!.id]);
    // Every bigram of 卫生健康 (卫生, 生健, 健康) is in the first note, but not in that sequence.
    const d = await recordDocument(db, doc({ docnum: '教体艺〔2021〕1号', url: 'https://www.moe.gov.cn/a.html', title: '学校卫生工作' }));
    const scattered = await addNote(db, note(d.id, { body: '加强卫生工作，关注学生健康' }));
    const inOrder = await addNote(db, note(d.id, { body: '国家卫生健康委' }));
    expect((await search(db, '卫生健康')).notes.map((x) => x.id)).to.deep.equal([inOrder.id]);
    expect((await search(db, '卫生体系 建设')).notes.map((x) => x.id)).to.deep.equal([n.together!.id]);
    expect((await search(db, '卫生体系 航天')).notes).to.deep.equal([]);
    expect((await search(db, '生卫')).notes).to.deep.equal([]);
    expect((await search(db, 'gb')).notes.map((x) => x.id)).to.deep.equal([n.latin!.id]);
    expect((await search(db, 'ＧＢ/t 9704')).notes.map((x) => x.id)).to.deep.equal([n.latin!.id]);
    expect((await search(db, '卫')).notes.map((x) => x.id)).to.have.members([n.together!.id, n.apart!.id, n.tagged!.id, scattered.id, inOrder.id]);
    expect(await search(db, '，。')).to.deep.equal({ notes: [], documents: [] });
    expect((await search(db, '')).notes).to.have.length(7);
  });

  it('filters by tag, colour and the document\'s validity', async () => {
    const db = freshDb();
    const n = await sample(db);
    expect((await search(db, '卫生', { tags: ['重点'] })).notes.map((x) => x.id)).to.have.members([n.together!.id, n.tagged!.id]);
    expect((await search(db, '卫生', { tags: ['重点', '卫生监督'] })).notes.map((x) => x.id)).to.deep.equal([n.tagged!.id]);
    expect((await search(db, '卫生', { colours: ['pink'] })).notes.map((x) => x.id)).to.deep.equal([n.tagged!.id]);
    expect((await search(db, '卫生', { colours: ['green', 'blue'] })).notes).to.deep.equal([]);
    const valid = await search(db, '卫生', { statuses: ['现行有效'] });
    expect(valid.notes.map((x) => x.id)).to.deep.equal([n.together!.id]);
    expect(valid.documents).to.deep.equal([]);
    const expired = await search(db, '卫生', { statuses: ['已失效'] });
    expect(expired.notes.map((x) => x.id)).to.deep.equal([n.tagged!.id]);
    expect(expired.documents.map((d) => d.status)).to.deep.equal(['已失效']);
    expect((await search(db, '', { colours: ['yellow'] })).notes.map((x) => x.id)).to.have.members([n.together!.id, n.apart!.id]);
    expect((await search(db, '', { colours: ['pink'] })).documents.map((d) => d.docnum)).to.deep.equal(['卫办发〔2010〕9号']);
  });

  it('finds a note by what it says now, not what it said', async () => {
    const db = freshDb();
    const n = await sample(db);
    await updateNote(db, n.apart!.id, { body: '公共卫生应急' });
    expect((await search(db, '卫生应急')).notes.map((x) => x.id)).to.deep.equal([n.apart!.id]);
    await updateNote(db, n.apart!.id, { body: '无关' });
    expect((await search(db, '卫生应急')).notes).to.deep.equal([]);
  });
});

describe('library: export and import', () => {
  it('round-trips losslessly into an empty database', async () => {
    const a = freshDb();
    await sample(a);
    await addWatch(a, { kind: 'expiry', text: '卫生监督工作规范', due: '2026-12-31', documentId: null, docnum: '卫办发〔2010〕9号', title: '卫生部办公厅关于印发卫生监督工作规范的通知', url: 'https://www.nhc.gov.cn/old.html' });
    const w = await addWatch(a, { kind: 'deadline', text: '年底前完成', due: '2026-12-01', documentId: null, docnum: null, title: null, url: GOV });
    await markReminded(a, w.record.id, 30);
    const out = await exportJson(a);
    expect(out).to.include({ format: 'gazette-lens-library', version: 1 });
    expect(out.documents).to.have.length(3);
    expect(out.notes).to.have.length(5);
    expect(out.watches).to.have.length(2);
    expect(out.citations).to.deep.equal([{ from: 'doc:国办发〔2022〕37号', to: '国发〔2019〕28号' }]);
    expect(out.notes[0]).not.to.have.property('grams');

    const b = freshDb();
    const progress: Array<[number, number]> = [];
    const res = await importJson(b, JSON.stringify(out), (p) => progress.push([p.done, p.total]));
    const added = (n: number) => ({ added: n, updated: 0, kept: 0, unchanged: 0 });
    expect(res).to.deep.equal({ ok: true, counts: { documents: added(3), notes: added(5), watches: added(2) } });
    expect(progress.at(-1)).to.deep.equal([10, 10]);
    const back = await exportJson(b);
    expect({ ...back, exportedAt: '' }).to.deep.equal({ ...out, exportedAt: '' });
    expect((await search(b, '卫生')).notes).to.have.length(2, 'the imported notes are searchable');
    expect(await listWatches(b)).to.deep.equal(await listWatches(a));
  });

  it('merges by id into a library that has other records, and importing twice changes nothing', async () => {
    const a = freshDb();
    const d = await recordDocument(a, doc());
    await addNote(a, note(d.id, { body: '来自文件' }));
    const file = await exportJson(a);
    const b = freshDb();
    await recordDocument(b, doc({ docnum: '皖政〔2023〕5号', url: 'https://www.ah.gov.cn/a.html' }));
    expect((await importJson(b, file)).ok).to.equal(true);
    const again = await importJson(b, file);
    const unchanged = (n: number) => ({ added: 0, updated: 0, kept: 0, unchanged: n });
    expect(again).to.deep.equal({ ok: true, counts: { documents: unchanged(1), notes: unchanged(1), watches: unchanged(0) } });
    expect(await listDocuments(b)).to.have.length(2);
    expect((await listNotes(b)).map((n) => n.body)).to.deep.equal(['来自文件']);
  });

  it('never loses a newer edit: an older copy of a note is kept out, a newer one comes in, URLs and reminders merge', async () => {
    const a = freshDb();
    const d = await recordDocument(a, doc());
    const n = await addNote(a, note(d.id, { body: '旧的正文' }));
    const w = await addWatch(a, { kind: 'deadline', text: '年底前完成', due: '2026-12-31', documentId: d.id, docnum: d.docnum, title: null, url: d.urls[0]! });
    await markReminded(a, w.record.id, 30);
    const old = await exportJson(a);
    // Later, here: the note is edited, the document is seen at a second address, a reminder goes out.
    await new Promise((r) => setTimeout(r, 5));
    await updateNote(a, n.id, { body: '新的正文' });
    await recordDocument(a, doc({ url: 'https://www.gov.cn/zhengce/mirror.htm' }));
    await markReminded(a, w.record.id, 7);
    const r1 = await importJson(a, old);
    expect(r1).to.deep.equal({ ok: true, counts: {
      documents: { added: 0, updated: 0, kept: 0, unchanged: 1 },
      notes: { added: 0, updated: 0, kept: 1, unchanged: 0 },
      watches: { added: 0, updated: 0, kept: 0, unchanged: 1 },
    } });
    expect((await listNotes(a))[0]!.body).to.equal('新的正文');
    expect((await listDocuments(a))[0]!.urls).to.have.length(2, 'the older copy did not take the second address away');
    expect((await listWatches(a))[0]!.reminded.sort()).to.deep.equal([30, 7].sort());

    // The other way: a library that has the old copy takes the newer one, URLs merged.
    const b = freshDb();
    expect((await importJson(b, old)).ok).to.equal(true);
    await recordDocument(b, doc({ url: 'https://www.gov.cn/zhengce/elsewhere.htm' }));
    const now = await exportJson(a);
    const r2 = await importJson(b, now);
    expect(r2.ok && r2.counts.notes).to.deep.equal({ added: 0, updated: 1, kept: 0, unchanged: 0 });
    expect(r2.ok && r2.counts.watches).to.deep.equal({ added: 0, updated: 1, kept: 0, unchanged: 0 });
    expect((await listNotes(b))[0]!.body).to.equal('新的正文');
    expect([...(await listDocuments(b))[0]!.urls].sort()).to.deep.equal([
      GOV, 'https://www.gov.cn/zhengce/elsewhere.htm', 'https://www.gov.cn/zhengce/mirror.htm',
    ].sort());
  });

  it('rolls back when writing fails part-way, and refuses files over the size limit', async () => {
    const a = freshDb();
    const d = await recordDocument(a, doc());
    await db_note(a, d.id, 0);
    const file = await exportJson(a);
    // 1,500 notes: past the first chunk of 1,000, so the failure comes in the middle of writing.
    file.notes = Array.from({ length: 1500 }, (_, i) => ({ ...file.notes[0]!, id: `bulk-${i}`, body: `第${i}条笔记：落实医疗保障`, position: { start: i, end: i + 4 } }));
    const b = freshDb();
    await recordDocument(b, doc({ docnum: '皖政〔2023〕5号', url: 'https://www.ah.gov.cn/a.html' }));
    const before = await exportJson(b);
    let calls = 0;
    const res = await importJson(b, file, () => {
      if (++calls === 3) throw new Error('disk full');
    });
    expect(res.ok).to.equal(false);
    expect(!res.ok && res.error).to.contain('disk full');
    expect(calls).to.equal(3, 'it failed after the documents and the first chunk of notes were written');
    expect({ ...(await exportJson(b)), exportedAt: '' }).to.deep.equal({ ...before, exportedAt: '' });

    const text = JSON.stringify(file);
    const small = await importJson(b, text, undefined, { maxBytes: text.length - 1 });
    expect(!small.ok && small.error).to.match(/too large/);
    const huge = await importJson(b, new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]));
    expect(!huge.ok && huge.error).to.match(/too large .*limit is 50\.0 MB/);
    expect(await db_count(b)).to.equal(1);
  });

  it('writes Markdown per document with number, title, validity, quotes and tags, page text escaped', async () => {
    const db = freshDb();
    await sample(db);
    const md = await exportMarkdown(db);
    expect(md).to.contain('## 卫生部办公厅关于印发卫生监督工作规范的通知');
    expect(md).to.contain('- 文号：卫办发〔2010〕9号');
    expect(md).to.contain('- 效力：已失效（有效期至 2015-12-31）');
    expect(md).to.contain('> 國家衛生監督');
    expect(md).to.contain('#重点 #卫生监督');
    expect(md).to.contain('\\<script\\>');
    expect(md).not.to.contain('<script>');
    expect(md.indexOf('加强公共卫生体系建设')).to.be.greaterThan(md.indexOf('## 国务院办公厅'));
  });
});

async function db_note(db: LibraryDb, documentId: string, i: number): Promise<void> {
  await addNote(db, note(documentId, { body: `第${i}条笔记：落实医疗保障`, position: { start: i, end: i + 4 } }));
}
async function db_count(db: LibraryDb): Promise<number> {
  return (await db.documents.count()) + (await db.notes.count()) + (await db.watches.count()) + (await db.citations.count());
}

describe('library: migration from version 1', () => {
  it('upgrades a version-1 database: its rows are found by search and come through untouched', async () => {
    const name = `library-test-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const at = '2025-06-01T08:00:00.000Z';
    await v1.table('documents').bulkAdd([
      { id: 'doc:国卫医发〔2024〕3号', docnum: '国卫医发〔2024〕3号', urls: ['https://www.nhc.gov.cn/yzygj/a.shtml'], title: '关于加强公共卫生应急管理的通知', issuer: '国家卫生健康委', signedDate: '2024-02-01', effectiveDate: null, expiryDate: null, status: '现行有效', cites: ['国发〔2019〕28号'], firstSeen: at, lastSeen: at },
      { id: 'url:https://www.example.gov.cn/b.html', docnum: null, urls: ['https://www.example.gov.cn/b.html'], title: '卫星应用产业发展规划', issuer: null, signedDate: null, effectiveDate: null, expiryDate: null, status: '未知', cites: [], firstSeen: at, lastSeen: at },
    ]);
    await v1.table('notes').bulkAdd([
      { id: 'n1', documentId: 'doc:国卫医发〔2024〕3号', url: 'https://www.nhc.gov.cn/yzygj/a.shtml', quote: { exact: '公共卫生应急', prefix: '加强', suffix: '管理' }, position: { start: 2, end: 8 }, body: '重点', colour: 'yellow', tags: ['卫生'], created: at, updated: at },
      { id: 'n2', documentId: 'url:https://www.example.gov.cn/b.html', url: 'https://www.example.gov.cn/b.html', quote: { exact: '卫星', prefix: '', suffix: '' }, position: { start: 0, end: 2 }, body: '产业发展与生态', colour: 'blue', tags: [], created: at, updated: at },
    ]);
    await v1.table('watches').add({ id: 'w1', kind: 'deadline', text: '3月底前', due: '2024-03-31', documentId: 'doc:国卫医发〔2024〕3号', docnum: '国卫医发〔2024〕3号', title: null, url: 'https://www.nhc.gov.cn/yzygj/a.shtml', created: at, reminded: [7] });
    await v1.table('citations').add({ from: 'doc:国卫医发〔2024〕3号', to: '国发〔2019〕28号' });
    expect(v1.verno).to.equal(1);
    v1.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).to.equal(5);
    expect(db.notes.schema.indexes.map((i) => i.name)).to.deep.equal(['documentId']);
    expect(db.tables.map((t) => t.name)).not.to.include('postings');

    const r = await search(db, '卫生');
    expect(r.notes.map((n) => n.id)).to.deep.equal(['n1']);
    expect(r.documents.map((d) => d.id)).to.deep.equal(['doc:国卫医发〔2024〕3号']);
    expect((await search(db, '卫星')).notes.map((n) => n.id)).to.deep.equal(['n2']);
    // The rest of the data came through untouched.
    expect((await listWatches(db))[0]).to.include({ id: 'w1', due: '2024-03-31' });
    expect((await citedBy(db, '国发〔2019〕28号')).map((d) => d.id)).to.deep.equal(['doc:国卫医发〔2024〕3号']);
    const file = await exportJson(db);
    expect(file.notes.find((n) => n.id === 'n1')).to.deep.equal({ id: 'n1', documentId: 'doc:国卫医发〔2024〕3号', url: 'https://www.nhc.gov.cn/yzygj/a.shtml', quote: { exact: '公共卫生应急', prefix: '加强', suffix: '管理' }, position: { start: 2, end: 8 }, body: '重点', colour: 'yellow', tags: ['卫生'], created: at, updated: at });
    // The URL record of the old version still merges when it shows its number.
    const merged = await recordDocument(db, doc({ docnum: '发改高技〔2023〕7号', url: 'https://www.example.gov.cn/b.html', title: null }));
    expect((await notesFor(db, merged.id)).map((n) => n.id)).to.deep.equal(['n2']);
  });

  it('upgrades a version-3 database: the grams its rows carried and their multi-entry indexes go', async () => {
    const name = `library-test-${crypto.randomUUID()}`;
    names.push(name);
    const v3 = new Dexie(name);
    v3.version(3).stores(SCHEMA_V3);
    const at = '2025-06-01T08:00:00.000Z';
    await v3.table('documents').add({ id: 'doc:国发〔2019〕28号', docnum: '国发〔2019〕28号', urls: ['https://www.gov.cn/a.htm'], title: '关于进一步做好稳就业工作的意见', issuer: '国务院', signedDate: null, effectiveDate: null, expiryDate: null, status: '未知', cites: [], firstSeen: at, lastSeen: at, grams: ['就业'] });
    await v3.table('notes').add({ id: 'n1', documentId: 'doc:国发〔2019〕28号', url: 'https://www.gov.cn/a.htm', quote: { exact: '稳就业', prefix: '', suffix: '' }, position: { start: 0, end: 3 }, body: '就业补贴', colour: 'green', tags: ['就业'], created: at, updated: at, grams: ['就业', '补贴'] });
    v3.close();
    const db = openLibrary(name);
    await db.open();
    expect(db.verno).to.equal(5);
    expect(db.notes.schema.indexes.map((i) => i.name)).to.deep.equal(['documentId']);
    expect(db.documents.schema.indexes.map((i) => i.name)).not.to.include('grams');
    expect(await db.notes.get('n1')).not.to.have.property('grams');
    expect(await db.documents.get('doc:国发〔2019〕28号')).not.to.have.property('grams');
    expect((await search(db, '补贴')).notes.map((n) => n.id)).to.deep.equal(['n1']);
    expect((await listNotes(db))[0]).to.include({ id: 'n1', body: '就业补贴', colour: 'green' });
  });

  it('creates a new database at version 5', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).to.equal(5);
    expect(db.tables.map((t) => t.name).sort()).to.deep.equal(['citations', 'documents', 'notes', 'settings', 'watches']);
  });
});
