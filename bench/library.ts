/**
 * Library speed, in a browser page (IndexedDB): import of a valid export holding 10,000
 * realistic Chinese notes on 400 documents into a fresh database, then a search for a
 * two-character word over them (median of 20). Driven from a page (puppeteer, a browser
 * test); reports, never asserts. The data is generated from a fixed seed: every run
 * imports the same file.
 */
import { deleteLibrary, openLibrary } from '../lib/library/db.ts';
import { importJson, type LibraryExport } from '../lib/library/json.ts';
import { search } from '../lib/library/search.ts';
import { LoadedSearch } from '../lib/library/loaded-search.ts';
import { listDocuments, listNotes } from '../lib/library/repo.ts';
import { COLOURS, type DocumentRecord, type NoteRecord, type ValidityStatus } from '../lib/library/types.ts';

export interface LibraryBench {
  importMs: number;
  /** The baseline, in the same page: a bare IndexedDB bulk add of the same records, no index, no checks. */
  bareImportMs: number;
  searchMs: number;
  notes: number;
  /** Notes the search found (so a reader can see it did real work). */
  hits: number;
  /** The same search for the first page of results. */
  firstPageMs: number;
  /** What the library page does: the same search over the library it holds in memory (loaded-search.ts). */
  pageSearchMs: number;
  pageFirstPageMs: number;
  /** Making that in-memory index from the records (when the page opens or the library changes). */
  pageIndexMs: number;
  pageSize: number;
  word: string;
}

const ISSUERS = ['国办发', '国发', '国办函', '鲁政办字', '威政发', '济政发', '皖政', '粤府', '财税', '国卫医发', '人社部发', '发改价格'];
const SUBJECTS = [
  '公共卫生应急管理', '基本医疗保险', '城乡居民养老保险', '安全生产责任制', '优化营商环境', '乡村振兴', '义务教育学校管理',
  '生态环境保护', '国有资产监督管理', '政务服务“一网通办”', '卫生健康事业发展', '住房公积金管理', '食品安全监管', '就业创业扶持',
];
const FORMS = ['的通知', '的实施意见', '的指导意见', '的管理办法', '的工作方案', '的若干措施'];
/** Sentences are put together from three parts (about 130,000 combinations), as policy text is. */
const WHO = [
  '各地区、各部门', '县级以上人民政府', '省发展改革委', '市财政局', '各级卫生健康行政部门', '教育部门', '生态环境部门',
  '人力资源社会保障部门', '住房城乡建设部门', '市场监管部门', '应急管理部门', '各有关单位', '乡镇人民政府', '街道办事处',
  '民政部门', '农业农村部门', '交通运输部门', '自然资源部门', '公安机关', '税务部门', '医疗保障部门', '文化和旅游部门',
  '各级疾病预防控制机构', '各高等学校', '国有企业', '行业协会', '村（居）民委员会', '审计机关', '统计部门', '商务部门',
];
const DO = [
  '要切实加强组织领导，', '应当建立健全工作机制，', '要压实主体责任，', '应于每年12月底前', '要加大资金投入力度，',
  '要定期开展督促检查，', '应当依法依规', '要统筹推进', '要进一步完善', '应当按照规定程序', '要积极稳妥推进', '要加快推动',
  '应当及时报送', '要认真组织实施', '要建立常态化', '要强化部门协同，', '应当严格落实', '要着力提升', '要稳步扩大', '要持续深化',
];
const WHAT = [
  '公共卫生服务体系建设', '城乡环境卫生整治', '基本医疗保险制度', '安全生产隐患排查治理', '优化营商环境改革', '乡村振兴重点任务',
  '义务教育优质均衡发展', '生态环境保护督察整改', '国有资产监督管理', '政务服务“一网通办”', '住房公积金管理', '食品安全监管',
  '就业创业扶持政策', '养老托育服务', '突发事件应急预案演练', '小微企业税费减免', '农村人居环境改善', '数据共享和开放',
  '项目资金绩效评价', '年度工作总结报送', '耕地保护责任目标考核', '重大行政决策合法性审查', '社会信用体系建设',
  '妇幼卫生监测', '职业病防治', '学校卫生工作', '医疗卫生机构设置规划', '城市更新行动', '老旧小区改造', '消防安全专项整治',
  '知识产权保护', '科技成果转化', '文化遗产保护', '交通运输安全监管', '防汛抗旱准备', '粮食安全责任制', '统计数据质量管理',
];
const WHEN = ['，确保各项任务落到实处', '。', '，按时报送进展情况', '，不得擅自扩大范围', '，有关情况及时报告', '，2025年底前全面完成'];

const COMMENTS = [
  '重点关注', '需要与财政局核对口径', '注意时限', '本单位牵头', '和去年文件对比有变化', '待领导批示', '已转办公室',
  '可用于年度考核材料', '与卫生健康委沟通', '这里的“底前”指12月31日', '', '', '',
];
const TAGS = ['重点', '时限', '资金', '考核', '卫生', '教育', '民生', '牵头', '配合', '待办'];
const STATUSES: ValidityStatus[] = ['现行有效', '现行有效', '现行有效', '即将到期', '已失效', '尚未生效', '未知'];

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A valid library file of `count` notes on `count / 25` documents. */
export function buildLibraryExport(count = 10_000, seed = 20_261_122): LibraryExport {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const at = (day: number): string => new Date(Date.UTC(2025, 0, 1) + day * 86_400_000 + Math.floor(rnd() * 86_400_000)).toISOString();
  const docs: DocumentRecord[] = [];
  const numbers = new Set<string>();
  while (docs.length < Math.max(1, Math.round(count / 25))) {
    const year = 2015 + Math.floor(rnd() * 11);
    const docnum = `${pick(ISSUERS)}〔${year}〕${1 + Math.floor(rnd() * 120)}号`;
    if (numbers.has(docnum)) continue;
    numbers.add(docnum);
    const seen = at(Math.floor(rnd() * 600));
    docs.push({
      id: `doc:${docnum}`, docnum, urls: [`https://www.example.gov.cn/zwgk/${year}/${docs.length}.html`],
      title: `关于${pick(SUBJECTS)}${pick(FORMS)}`, issuer: null, signedDate: `${year}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
      effectiveDate: null, expiryDate: rnd() < 0.3 ? String(year + 5) : null, status: pick(STATUSES), cites: [], firstSeen: seen, lastSeen: seen,
    });
  }
  const all = [...numbers];
  for (const d of docs) d.cites = [...new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => pick(all)))].filter((c) => c !== d.docnum);
  const notes: NoteRecord[] = [];
  for (let i = 0; i < count; i++) {
    const d = docs[i % docs.length]!;
    const sentence = pick(WHO) + pick(DO) + pick(WHAT) + pick(WHEN);
    const from = Math.floor(rnd() * (sentence.length / 2));
    const exact = sentence.slice(from, from + 6 + Math.floor(rnd() * 20));
    const start = Math.floor(rnd() * 20_000);
    const created = at(Math.floor(rnd() * 600));
    notes.push({
      id: `note-${i}`, documentId: d.id, url: d.urls[0]!,
      quote: { exact, prefix: sentence.slice(Math.max(0, from - 8), from), suffix: sentence.slice(from + exact.length, from + exact.length + 8) },
      position: { start, end: start + exact.length },
      body: [pick(COMMENTS), rnd() < 0.3 ? pick(WHAT) : ''].filter(Boolean).join('；'),
      colour: pick(COLOURS), tags: [...new Set(Array.from({ length: Math.floor(rnd() * 3) }, () => pick(TAGS)))],
      created, updated: created,
    });
  }
  return {
    format: 'gazette-lens-library', version: 1, exportedAt: new Date(Date.UTC(2026, 10, 22)).toISOString(),
    documents: docs, notes, watches: [], citations: docs.flatMap((d) => d.cites.map((to) => ({ from: d.id, to }))),
  };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The same records added to a plain IndexedDB object store (no index, no validation, one transaction). */
async function bareImport(file: LibraryExport): Promise<number> {
  const name = `gazette-lens-bare-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => {
      for (const s of ['documents', 'notes']) req.result.createObjectStore(s, { keyPath: 'id' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const t0 = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(['documents', 'notes'], 'readwrite');
    for (const d of file.documents) tx.objectStore('documents').add(d);
    for (const n of file.notes) tx.objectStore('notes').add(n);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

export async function benchLibrary(count = 10_000, word = '卫生'): Promise<LibraryBench> {
  const data = buildLibraryExport(count);
  const bareImportMs = await bareImport(data);
  const file = JSON.stringify(data);
  const name = `gazette-lens-bench-${Date.now()}-${Math.floor(Math.random() * 1e9)}`;
  const db = openLibrary(name);
  try {
    await db.open();
    const t0 = performance.now();
    const res = await importJson(db, file);
    const importMs = performance.now() - t0;
    if (!res.ok) throw new Error(`bench import failed: ${res.error}`);
    const times: number[] = [];
    const pageTimes: number[] = [];
    const pageSize = 100;
    let hits = 0;
    for (let i = 0; i < 20; i++) {
      let t = performance.now();
      hits = (await search(db, word)).notes.length;
      times.push(performance.now() - t);
      t = performance.now();
      const page = await search(db, word, { limit: pageSize });
      pageTimes.push(performance.now() - t);
      if (page.notes.length !== Math.min(pageSize, hits)) throw new Error('the first page of results is short');
    }
    const [allNotes, allDocs] = [await listNotes(db), await listDocuments(db)];
    let t1 = performance.now();
    const loaded = new LoadedSearch(allNotes, allDocs);
    const pageIndexMs = performance.now() - t1;
    const inPage: number[] = [];
    const inPageFirst: number[] = [];
    for (let i = 0; i < 20; i++) {
      t1 = performance.now();
      const n = loaded.search(word).notes.length;
      inPage.push(performance.now() - t1);
      if (n !== hits) throw new Error(`the page's search found ${n}, the database's ${hits}`);
      t1 = performance.now();
      loaded.search(word, { limit: pageSize });
      inPageFirst.push(performance.now() - t1);
    }
    return {
      importMs, bareImportMs, searchMs: median(times), firstPageMs: median(pageTimes), pageSize, notes: await db.notes.count(), hits, word,
      pageSearchMs: median(inPage), pageFirstPageMs: median(inPageFirst), pageIndexMs,
    };
  } finally {
    await deleteLibrary(name);
  }
}
