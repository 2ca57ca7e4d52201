// `gazette-lens summary` over a small corpus written for it (simplified and traditional, one
// document citing another in the corpus) and over the shared corpus, checked against what
// `extract` says of the same files; and the summary's reading of the engine's `repeals`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExtractionResult } from '../../lib/schema.ts';
import { digest } from '../../cli/summary/digest.ts';
import { SummaryBuilder, type Summary } from '../../cli/summary/build.ts';
import { CORPUS, cli as run, csvObjects, isRead, jsonFiles, stderrLines, type Run } from './helpers/cli.ts';

const TODAY = '2026-11-22';
let dir = '';
const cli = (...args: string[]): Run => run(dir, args);

const FILES: Record<string, string> = {
  'a.txt': '威海市卫生健康局关于印发《威海市基层医疗卫生机构管理办法》的通知\n威卫发〔2024〕1号\n各区市卫生健康局：\n现将《威海市基层医疗卫生机构管理办法》印发给你们，请认真贯彻执行。\n一、2026年6月底前，完成基层医疗卫生机构标准化建设（市卫生健康局牵头，市财政局配合）。\n二、2025年12月底前，建立绩效考核制度（市人力资源社会保障局负责）。\n本办法自2024年1月1日起施行，有效期至2026年12月31日。\n威海市卫生健康局\n2023年12月20日\n',
  'b.txt': '威海市環翠區人民政府辦公室關於落實基層醫療衛生機構管理辦法的通知\n威環政辦發〔2024〕5號\n各鎮人民政府、街道辦事處，區政府各部門：\n根據《威海市基層醫療衛生機構管理辦法》（威衛發〔2024〕1號）和《關於改革完善醫療衛生行業綜合監管制度的指導意見》（國辦發〔2018〕63號）要求，現就有關事項通知如下。\n一、2026年3月底前，完成轄區機構摸底（區衛生健康局牽頭，區財政局配合）。\n二、2027年1月底前，完成標準化建設驗收（區衛生健康局負責）。\n本通知自2024年3月1日起施行，有效期至2029年2月28日。\n威海市環翠區人民政府辦公室\n2024年2月20日\n',
  'c.txt': '威海市文登区人民政府办公室关于做好耕地保护工作的通知\n威文政办发〔2024〕9号\n各镇人民政府、街道办事处，区政府各部门：\n根据《威海市基层医疗卫生机构管理办法》（威卫发〔2024〕1号）和《关于改革完善医疗卫生行业综合监管制度的指导意见》（国办发〔2018〕63号）要求，现通知如下。\n一、2026年9月底前，完成耕地保护责任目标考核（区自然资源局牵头，区农业农村局配合）。\n本通知自印发之日起施行。\n威海市文登区人民政府办公室\n2024年4月1日\n',
  'd.txt': '威海市环翠区人民政府办公室关于开展医疗机构专项检查的通知\n威环政办发〔2024〕8号\n各镇人民政府、街道办事处，区政府各部门：\n根据《威海市基层医疗卫生机构管理办法》（威卫发〔2024〕1号）要求，现就开展医疗机构专项检查通知如下。\n一、2026年10月底前，完成医疗机构专项检查（区卫生健康局牵头，区市场监管局配合）。\n威海市环翠区人民政府办公室\n2024年5月6日\n',
};

function summary(...args: string[]): Summary {
  const r = cli('summary', 'corpus', '--format', 'json', '--today', TODAY, ...args);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as Summary;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gazette-lens-summary-'));
  mkdirSync(join(dir, 'corpus'));
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, 'corpus', name), text);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('documents: each one with its file, index from 1, number, title, issuer, dates and validity on --today', () => {
  const s = summary();
  assert.deepEqual(s.files, { read: 4, failed: 0, notGovernment: 0 });
  const rows = s.documents.map((d) => [d.file, d.document, d.docnum, d.issuer, d.signedDate, d.effectiveDate, d.expiryDate, d.validity]);
  assert.deepEqual(rows, [
    ['corpus/a.txt', 1, '威卫发〔2024〕1号', '威海市卫生健康局', '2023-12-20', '2024-01-01', '2026-12-31', '即将到期'],
    ['corpus/b.txt', 1, '威环政办发〔2024〕5号', '威海市環翠區人民政府辦公室', '2024-02-20', '2024-03-01', '2029-02-28', '现行有效'],
    ['corpus/c.txt', 1, '威文政办发〔2024〕9号', '威海市文登区人民政府办公室', '2024-04-01', '2024-04-01', null, '现行有效'],
    ['corpus/d.txt', 1, '威环政办发〔2024〕8号', '威海市环翠区人民政府办公室', '2024-05-06', null, null, '未知'],
  ]);
  assert.equal(summary('--today', '2027-01-01').documents[0]!.validity, '已失效', '--today moves validity');
});

test('deadlines: every dated one in date order with its task, units, document, days left and status on --today', () => {
  const s = summary();
  const days = s.deadlines.map((d) => d.day);
  assert.deepEqual(days, [...days].sort());
  assert.equal(days.length, 11);
  const exam = s.deadlines.find((d) => d.text === '2026年10月底前')!;
  assert.deepEqual([exam.file, exam.document, exam.docnum, exam.type, exam.daysLeft, exam.status, exam.task],
    ['corpus/d.txt', 1, '威环政办发〔2024〕8号', 'deadline', -22, '已过期', '2026年10月底前，完成医疗机构专项检查']);
  assert.deepEqual(exam.units, [{ name: '区卫生健康局', role: 'lead' }, { name: '区市场监管局', role: 'support' }]);
  const trad = s.deadlines.find((d) => d.text === '2026年3月底前')!;
  assert.deepEqual(trad.units, [{ name: '区卫生健康局', role: 'lead' }, { name: '区财政局', role: 'support' }], 'traditional names folded');
  const md = cli('summary', 'corpus', '--today', TODAY).stdout;
  assert.match(md, /^\| 2026-10-31 \| 已过 22 天 \| 完成时限 \| 2026年10月底前 \| 2026年10月底前，完成医疗机构专项检查 \| 区卫生健康局（牵头）、区市场监管局（配合） \| 威海市环翠区人民政府办公室关于开展医疗机构专项检查的通知 威环政办发〔2024〕8号（corpus\/d\.txt 第 1 件） \|$/m);
});

test('unit index: one entry per unit across documents, traditional and simplified together, with its tasks and roles', () => {
  const s = summary();
  const health = s.units.find((u) => u.unit === '区卫生健康局')!;
  assert.deepEqual([health.tasks, health.roles, health.documents], [3, { lead: 2, responsible: 1, support: 0 }, 2]);
  assert.deepEqual(health.items.map((t) => [t.file, t.role, t.task]), [
    ['corpus/b.txt', 'lead', '一、2026年3月底前，完成轄區機構摸底'],
    ['corpus/b.txt', 'responsible', '二、2027年1月底前，完成標準化建設驗收'],
    ['corpus/d.txt', 'lead', '一、2026年10月底前，完成医疗机构专项检查'],
  ]);
  assert.equal(s.units[0]!.unit, '区卫生健康局', 'the unit with most tasks first');
  assert.equal(s.units.filter((u) => /卫生健康局|衛生健康局/.test(u.unit)).length, 2, '区卫生健康局 and 市卫生健康局, no traditional duplicate');
  const md = cli('summary', 'corpus', '--today', TODAY).stdout;
  assert.match(md, /^- \*\*区卫生健康局\*\* · 3 项任务（牵头 2、负责 1），见于 2 件公文$/m);
});

test('citations: who cites whom, the most cited, and which cited numbers are documents of the corpus', () => {
  const s = summary();
  const [first, second] = s.citations.mostCited;
  assert.deepEqual([first!.cited, first!.citedBy, first!.inCorpus.map((r) => `${r.file}#${r.document}`)], ['威卫发〔2024〕1号', 3, ['corpus/a.txt#1']]);
  assert.deepEqual([second!.cited, second!.citedBy, second!.inCorpus], ['国办发〔2018〕63号', 2, []]);
  const edges = s.citations.edges.map((e) => `${e.file} → ${e.cited}`).sort();
  assert.deepEqual(edges, [
    'corpus/b.txt → 国办发〔2018〕63号', 'corpus/b.txt → 威卫发〔2024〕1号',
    'corpus/c.txt → 国办发〔2018〕63号', 'corpus/c.txt → 威卫发〔2024〕1号',
    'corpus/d.txt → 威卫发〔2024〕1号',
  ], 'no document cites itself; 威衛發〔2024〕1號 is 威卫发〔2024〕1号');
  const rows = csvObjects(cli('summary', 'corpus', '--format', 'csv', '--table', 'citations').stdout);
  assert.deepEqual(Object.keys(rows[0]!), ['file', 'document', 'docnum', 'title', 'cited', 'citedTitle', 'times', 'citedBy', 'citedInCorpus', 'citedInCorpusCount']);
  const d = rows.find((r) => r['file'] === 'corpus/d.txt')!;
  assert.deepEqual([d['citedInCorpus'], d['citedInCorpusCount']], ['corpus/a.txt#1', '1']);
});

test('a corpus holding copies of a document: every copy counted, rows name the first three, output stays small', () => {
  const copies = join(dir, 'copies');
  mkdirSync(copies);
  for (let i = 0; i < 6; i++) writeFileSync(join(copies, `a${i}.txt`), FILES['a.txt']!);
  for (let i = 0; i < 20; i++) writeFileSync(join(copies, `d${String(i).padStart(2, '0')}.txt`), FILES['d.txt']!);
  const r = cli('summary', 'copies', '--format', 'json', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout) as Summary;
  const top = s.citations.mostCited[0]!;
  assert.deepEqual([top.cited, top.citedBy, top.inCorpus.length], ['威卫发〔2024〕1号', 20, 6]);
  for (const e of s.citations.edges) assert.deepEqual([e.inCorpusCount, e.inCorpus.length], [6, 3]);
  const md = cli('summary', 'copies', '--today', TODAY).stdout;
  assert.match(md, /（copies\/a2\.txt 第 1 件） 等 6 件 \|$/m);
});

test('summary json is JSON.stringify(summary, null, 2), though written in pieces', () => {
  const r = cli('summary', 'corpus', '--format', 'json', '--today', TODAY);
  assert.equal(r.stdout, `${JSON.stringify(JSON.parse(r.stdout), null, 2)}\n`);
});

test('filters: --unit (either script) keeps its units, its deadlines and the documents naming it; --kind and --from/--to choose deadlines', () => {
  const unit = summary('--unit', '衛生健康');
  assert.deepEqual(unit.units.map((u) => u.unit).sort(), ['区卫生健康局', '市卫生健康局']);
  assert.deepEqual(unit.documents.map((d) => d.file), ['corpus/a.txt', 'corpus/b.txt', 'corpus/d.txt']);
  assert.deepEqual(unit.deadlines.map((d) => d.text), ['2026年3月底前', '2026年6月底前', '2026年10月底前', '2027年1月底前']);
  assert.ok(unit.citations.edges.every((e) => e.file !== 'corpus/c.txt'));

  assert.deepEqual(summary('--kind', 'expiry').deadlines.map((d) => [d.day, d.type]), [['2026-12-31', 'expiry'], ['2029-02-28', 'expiry']]);
  assert.deepEqual(summary('--kind', '施行,失效', '--from', '2026', '--to', '2030-06').deadlines.map((d) => d.day), ['2026-12-31', '2029-02-28']);
  const range = summary('--from', '2026-06', '--to', '2026-10-31').deadlines.map((d) => d.day);
  assert.deepEqual(range, ['2026-06-30', '2026-09-30', '2026-10-31']);
  const md = cli('summary', 'corpus', '--unit', '卫生健康', '--kind', 'deadline', '--from', '2026').stdout;
  assert.match(md, /^筛选：单位含「卫生健康」；期限类型：完成时限；期限日期：2026-01-01 至 …$/m);
});

test('csv: one table at a time (deadlines unless --table says), a note says so; json has every table', () => {
  const r = cli('summary', 'corpus', '--format', 'csv', '--today', TODAY);
  assert.equal(r.status, 0);
  assert.deepEqual(stderrLines(r), ['gazette-lens: note: csv holds one table, here the deadlines: choose another with --table documents|units|citations|repeals']);
  const deadlines = csvObjects(r.stdout);
  assert.equal(deadlines.length, 11);
  assert.deepEqual(Object.keys(deadlines[0]!), ['day', 'daysLeft', 'status', 'type', 'text', 'inferred', 'task', 'units', 'lead', 'file', 'document', 'docnum', 'title']);
  const units = csvObjects(cli('summary', 'corpus', '--format', 'csv', '--table', 'units').stdout);
  assert.deepEqual(units.filter((u) => u['unit'] === '区卫生健康局').map((u) => [u['role'], u['file'], u['unitTasks']]),
    [['lead', 'corpus/b.txt', '3'], ['responsible', 'corpus/b.txt', '3'], ['lead', 'corpus/d.txt', '3']]);
  const docs = csvObjects(cli('summary', 'corpus', '--format', 'csv', '--table', 'documents', '--today', TODAY).stdout);
  assert.deepEqual(docs.map((d) => [d['file'], d['document'], d['validity']]).slice(0, 1), [['corpus/a.txt', '1', '即将到期']]);
  assert.deepEqual(Object.keys(summary()), ['today', 'filters', 'files', 'undated', 'documents', 'deadlines', 'units', 'citations', 'repeals']);
});

test('a file that cannot be read: named with its reason, the summary of the others is written, exit 1', () => {
  writeFileSync(join(dir, 'empty.txt'), '');
  const r = cli('summary', 'corpus', 'empty.txt', '--format', 'json', '--today', TODAY);
  assert.equal(r.status, 1);
  assert.deepEqual(stderrLines(r), ['gazette-lens: empty.txt: is empty']);
  const s = JSON.parse(r.stdout) as Summary;
  assert.deepEqual(s.files, { read: 4, failed: 1, notGovernment: 0 });
  assert.equal(s.documents.length, 4);
});

test('the shared corpus: the summary agrees with extract, file by file', () => {
  const extracted = jsonFiles(run(dir, ['extract', CORPUS, '--today', TODAY]).stdout);
  const s = JSON.parse(run(dir, ['summary', CORPUS, '--format', 'json', '--today', TODAY]).stdout) as Summary;
  const results = extracted.filter(isRead);
  assert.equal(results.length, 3);
  assert.equal(s.documents.length, results.reduce((n, f) => n + f.result.documents.length, 0));
  const rows = csvObjects(run(dir, ['extract', CORPUS, '--format', 'csv', '--today', TODAY]).stdout);
  const dated = rows.filter((r) => r['kind'] === 'deadline' && r['day']);
  assert.equal(s.deadlines.length, dated.length);
  assert.equal(s.undated, rows.filter((r) => r['kind'] === 'deadline' && !r['day']).length);
  for (const d of s.deadlines) {
    const same = dated.find((r) => r['file'] === d.file && r['tidy'] === d.text && r['day'] === d.day && r['document'] === String(d.document ?? ''));
    assert.ok(same, `${d.file} ${d.text} ${d.day} is not in extract's csv`);
    assert.equal(same['status'], d.status);
    assert.equal(same['daysLeft'], String(d.daysLeft));
  }
  const units = new Set(rows.filter((r) => r['kind'] === 'unit').map((r) => r['tidy']));
  assert.deepEqual(new Set(s.units.map((u) => u.unit)), units, 'the unit index holds every tidy unit name of the csv');
});

test("repeals: read from the engine's documents[i].repeals where it gives them, and matched to the corpus", () => {
  const text = '关于废止部分文件的通知\n威政发〔2025〕3号\n决定废止《威海市基层医疗卫生机构管理办法》（威卫发〔2024〕1号）。\n';
  const result: ExtractionResult = {
    annotations: [],
    documents: [{
      start: 0, end: text.length, title: '关于废止部分文件的通知', docnum: '威政发〔2025〕3号', issuer: '威海市人民政府',
      signedDate: '2025-01-02', effectiveDate: null, expiryDate: null, status: '未知', statusReason: '文中未写明施行日期和有效期',
      // The field the engine adds (issue 8); not in the schema yet.
      ...({ repeals: [{ docnum: '威衛發〔2024〕1號', title: '威海市基层医疗卫生机构管理办法' }, { docnum: null, title: '某某暂行规定' }] }),
    }],
    errors: [],
    today: TODAY,
  };
  const detection = { score: 9, government: true, reasons: [] };
  const builder = new SummaryBuilder(TODAY, { unit: null, kinds: null, from: null, to: null });
  const own: ExtractionResult = { ...result, documents: [{ ...result.documents[0]!, title: '关于印发威海市基层医疗卫生机构管理办法的通知', docnum: '威卫发〔2024〕1号' }] };
  delete (own.documents[0] as { repeals?: unknown }).repeals;
  builder.add(digest({ file: 'a.txt', text, kind: 'text', encoding: 'utf-8', result: own, detection }));
  builder.add(digest({ file: 'repeal.txt', text, kind: 'text', encoding: 'utf-8', result, detection }));
  const s = builder.build();
  assert.deepEqual(s.repeals.map((r) => [r.file, r.document, r.docnum, r.repealedDocnum, r.repealedTitle, r.inCorpus.map((x) => x.file)]), [
    ['repeal.txt', 1, '威政发〔2025〕3号', '威卫发〔2024〕1号', '威海市基层医疗卫生机构管理办法', ['a.txt']],
    ['repeal.txt', 1, '威政发〔2025〕3号', null, '某某暂行规定', []],
  ]);
  // Today's engine gives no repeals: the section says so.
  assert.match(cli('summary', 'corpus').stdout, /^## 废止其他文件的公文（0 处）\n\n未识别出废止其他文件的公文。$/m);
});
