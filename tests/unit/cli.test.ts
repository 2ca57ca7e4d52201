// The command line as a user runs it on single files: the real bin/gazette-lens.js in a
// child process, against files written to a temporary directory. Exit codes, stderr lines
// and the output in each format are what is checked. Batches: cli-batch.test.ts.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Annotation, ExtractionResult } from '../../lib/schema.ts';
import { encodeGbk } from './helpers/gbk.ts';
import { CORPUS as CORPUS_DIR, ROOT, cli as run, csvObjects, jsonFiles, oneLine, onlyResult, parseCsv, stderrLines, type Run } from './helpers/cli.ts';

const CORPUS = join(CORPUS_DIR, '000_66e9cbfad7f9a670.txt');
const TODAY = '2025-08-01';

/** A small notice with one of each kind; the task wraps over a line break as PDFs leave it. */
const NOTICE = [
  '威海市环翠区人民政府办公室关于印发政务公开工作方案的通知',
  '威环政办字〔2020〕20号',
  '各镇政府、街道办事处，区政府有关部门：',
  '根据《山东省人民政府办公厅关于全面推进基层政务公开工作的通知》（鲁政办发〔2020〕11号）要求，2020 年',
  '12 月底前，完成标准目录编制工作（区政府办公室牵头，区财政局、区民政局配合）。',
  '本通知自2020年11月1日起施行，有效期至2025年8月17日。',
  '威海市环翠区人民政府办公室',
  '2020年7月31日',
  '',
].join('\n');

let dir = '';
const at = (name: string): string => join(dir, name);

const cli = (...args: string[]): Run => run(dir, args);

function find(result: ExtractionResult, text: string): Annotation {
  const a = result.annotations.find((x) => x.text === text);
  assert.ok(a, `no annotation "${text}" in ${result.annotations.map((x) => x.text).join(' | ')}`);
  return a;
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gazette-lens-cli-'));
  writeFileSync(at('notice.txt'), NOTICE);
  writeFileSync(at('notice-gbk.txt'), encodeGbk(NOTICE));
  writeFileSync(at('page.html'), `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>国办发〔2097〕97号</title>
<script>var related = "国办发〔2099〕99号";</script><style>.x { color: red }</style></head>
<body><h1>关于印发政务公开工作方案的通知</h1>
<p>根据《通知》（鲁政办发〔2020〕11号）要求，2022年底前&nbsp;完成编制工作。</p>
<div hidden>国办发〔2098〕98号</div><p style="display: none">国办发〔2096〕96号</p>
<table><tr><th>序号</th><th>任务</th></tr><tr><td>1</td><td>编制目录</td></tr></table>
</body></html>`);
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\n\t \n');
  writeFileSync(at('binary.dat'), Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
  writeFileSync(at('undated.txt'), '各部门要积极配合支持改革，按职责分工抓好落实。\n');
  mkdirSync(at('folder'));
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('json: {"files": [record]} with the ExtractionResult, offsets into the input exactly as given', () => {
  const r = cli('extract', 'notice.txt', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith('{\n  "files": [\n    {\n      "file": "notice.txt",\n'), 'pretty-printed with 2 spaces');
  const [record] = jsonFiles(r.stdout);
  assert.deepEqual(Object.keys(record!), ['file', 'kind', 'encoding', 'detection', 'result']);
  const result = onlyResult(r.stdout);
  assert.equal(result.today, TODAY);
  for (const a of result.annotations) assert.equal(NOTICE.slice(a.start, a.end), a.text);

  const own = find(result, '威环政办字〔2020〕20号');
  assert.deepEqual([own.start, own.end], [NOTICE.indexOf('威环政办字'), NOTICE.indexOf('威环政办字') + 14]);
  const cited = find(result, '鲁政办发〔2020〕11号');
  assert.equal(cited.start, NOTICE.indexOf('鲁政办发'));
  const wrapped = find(result, '2020 年\n12 月底前');
  assert.equal(wrapped.start, NOTICE.indexOf('2020 年\n'));
  assert.equal(wrapped.kind === 'deadline' && wrapped.date, '2020-12');
  const lead = find(result, '区政府办公室');
  assert.equal(lead.kind === 'unit' && lead.role, 'lead');
  const expiry = find(result, '有效期至2025年8月17日');
  assert.equal(expiry.kind === 'deadline' && expiry.type, 'expiry');

  assert.equal(result.documents.length, 1);
  assert.equal(result.documents[0]!.docnum, '威环政办字〔2020〕20号');
  assert.equal(result.documents[0]!.status, '即将到期');
});

test('GBK-encoded text gives the same result as UTF-8', () => {
  const utf8 = cli('extract', 'notice.txt', '--today', TODAY);
  const gbk = cli('extract', 'notice-gbk.txt', '--today', TODAY);
  assert.equal(gbk.status, 0, gbk.stderr);
  assert.deepEqual(onlyResult(gbk.stdout), onlyResult(utf8.stdout));
  assert.deepEqual(jsonFiles(gbk.stdout).map((f) => 'encoding' in f && f.encoding), ['gb18030']);
});

test('HTML: only the visible text is read; scripts, the head and hidden elements are not', () => {
  const r = cli('extract', 'page.html', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  const result = onlyResult(r.stdout);
  const numbers = result.annotations.filter((a) => a.kind === 'docnum').map((a) => a.text);
  assert.deepEqual(numbers, ['鲁政办发〔2020〕11号']);
  assert.ok(result.annotations.some((a) => a.text === '2022年底前'));

  const text = cli('extract', 'page.html', '--format', 'text').stdout;
  assert.equal(text, '关于印发政务公开工作方案的通知\n根据《通知》（鲁政办发〔2020〕11号）要求，2022年底前 完成编制工作。\n序号\t任务\n1\t编制目录');
  for (const a of result.annotations) assert.equal(text.slice(a.start, a.end), a.text, 'offsets refer to the visible text');
});

test('a missing file, an empty folder, an empty, a blank and a binary file: one line each, exit 1', () => {
  const cases: Array<[string, RegExp]> = [
    ['missing.txt', /^gazette-lens: missing\.txt: no such file$/],
    ['folder', /^gazette-lens: folder: is a folder with no \.txt, \.html, \.htm or \.pdf files in it$/],
    ['empty.txt', /^gazette-lens: empty\.txt: is empty$/],
    ['blank.txt', /^gazette-lens: blank\.txt: contains only whitespace$/],
    ['binary.dat', /^gazette-lens: binary\.dat: looks like a binary file/],
  ];
  for (const [file, pattern] of cases) {
    const r = cli('extract', file);
    assert.equal(r.status, 1, `${file}: ${r.stderr}`);
    oneLine(r, pattern);
    // The output keeps its shape and names the file with the same reason.
    const [record] = jsonFiles(r.stdout);
    assert.equal(record?.file, file);
    assert.ok(record && 'error' in record && pattern.test(`gazette-lens: ${file}: ${record.error}`), JSON.stringify(record));
    assert.equal(cli('extract', file, '--format', 'md').stdout, '', `${file}: no brief for a file not read`);
  }
});

test('several files: the bad one is reported, the others are processed, exit 1 says something failed', () => {
  const r = cli('extract', 'notice.txt', 'missing.txt', 'page.html', '--today', TODAY);
  assert.equal(r.status, 1);
  assert.ok(stderrLines(r).includes('gazette-lens: missing.txt: no such file'), r.stderr);
  const files = jsonFiles(r.stdout);
  assert.deepEqual(files.map((f) => f.file), ['notice.txt', 'missing.txt', 'page.html']);
  assert.deepEqual(files.map((f) => 'result' in f), [true, false, true]);

  const none = cli('extract', 'missing.txt', 'empty.txt');
  assert.equal(none.status, 1);
  assert.equal(stderrLines(none).length, 2);
  assert.equal(cli('extract', 'notice.txt', 'page.html').status, 0, 'every file read: exit 0');
});

test('usage mistakes: one line, exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /missing command/],
    [['notice.txt'], /unknown command 'notice\.txt'; did you mean 'gazette-lens extract notice\.txt'/],
    [['extract'], /extract needs at least one PATH/],
    [['summary'], /summary needs at least one PATH/],
    [['extract', 'notice.txt', '--format', 'pdf'], /unknown format 'pdf' for extract: use one of json, jsonl, csv, md, ics, text/],
    [['summary', 'notice.txt', '--format', 'ics'], /unknown format 'ics' for summary: use one of md, csv, json/],
    [['extract', 'notice.txt', '--unit', '卫生'], /--unit is an option of 'gazette-lens summary', not of extract/],
    [['summary', 'notice.txt', '--kind', 'soon'], /unknown deadline kind 'soon'/],
    [['summary', 'notice.txt', '--from', '2025-13'], /--from wants a date as YYYY-MM-DD, YYYY-MM or YYYY/],
    [['summary', 'notice.txt', '--from', '2026', '--to', '2025'], /--from 2026 is after --to 2025/],
    [['summary', 'notice.txt', '--table', 'people'], /unknown table 'people'/],
    [['extract', 'notice.txt', '--jobs', '0'], /--jobs wants a number of files to read at once/],
    [['extract', 'notice.txt', '-', '-'], /'-' \(standard input\) can be given only once/],
    [['extract', 'notice.txt', '-o', 'notice.txt'], /-o notice\.txt is also one of the inputs/],
    [['extract', 'notice.txt', '--format'], /'--format' needs a value/],
    [['extract', 'notice.txt', '--today', '2025-02-30'], /--today wants a real date/],
    [['extract', 'notice.txt', '--verbose'], /unknown option '--verbose'/],
  ];
  for (const [args, pattern] of cases) {
    const r = cli(...args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    oneLine(r, pattern);
  }
});

test('--help and --version', () => {
  const help = cli('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /gazette-lens extract PATH\.\.\./);
  assert.match(help.stdout, /gazette-lens summary PATH\.\.\./);
  assert.match(help.stdout, /json \(default\): \{"files": \[RECORD, \.\.\.\]\}, one shape whatever/);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(cli('--version').stdout, `gazette-lens ${pkg.version}\n`);
});

test('csv: BOM, CRLF rows, a header, one row per annotation, text with a line break quoted', () => {
  const r = cli('extract', 'notice.txt', '--format', 'csv', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\uFEFFfile,document,docnum,title,validity,kind,text,tidy,type,date,day,daysLeft,status,role,task,units,start,end,issuer,year,serial\r\n'));
  assert.ok(r.stdout.includes('"2020 年\n12 月底前"'), 'a field with a line break is quoted and keeps it');
  const rows = csvObjects(r.stdout);
  const result = onlyResult(cli('extract', 'notice.txt', '--today', TODAY).stdout);
  assert.equal(rows.length, result.annotations.length);
  assert.equal(parseCsv(r.stdout.slice(1)).length, rows.length + 1);
});

test('csv: tidy columns to pivot on — the document from 1 with its number, title and validity, days left on --today, role and task', () => {
  const rows = csvObjects(cli('extract', 'notice.txt', '--format', 'csv', '--today', TODAY).stdout);
  const wrapped = rows.find((x) => x['text'] === '2020 年\n12 月底前');
  assert.ok(wrapped);
  assert.deepEqual(
    [wrapped['file'], wrapped['document'], wrapped['docnum'], wrapped['title'], wrapped['validity'], wrapped['kind'], wrapped['tidy'],
      wrapped['type'], wrapped['date'], wrapped['day'], wrapped['daysLeft'], wrapped['status']],
    ['notice.txt', '1', '威环政办字〔2020〕20号', '威海市环翠区人民政府办公室关于印发政务公开工作方案的通知', '即将到期', 'deadline', '2020年12月底前',
      'deadline', '2020-12', '2020-12-31', '-1674', '已过期'],
  );
  assert.match(wrapped['task']!, /^2020年12月底前，完成标准目录编制工作$/);
  assert.equal(wrapped['units'], '区政府办公室（牵头）、区财政局（配合）、区民政局（配合）');
  const lead = rows.find((x) => x['kind'] === 'unit' && x['text'] === '区政府办公室')!;
  assert.deepEqual([lead['role'], lead['document'], lead['tidy']], ['lead', '1', '区政府办公室']);
  assert.match(lead['task']!, /完成标准目录编制工作/);
  const cited = rows.find((x) => x['text'] === '鲁政办发〔2020〕11号')!;
  assert.deepEqual([cited['issuer'], cited['year'], cited['serial'], cited['document'], cited['tidy']], ['鲁政办发', '2020', '11', '1', '鲁政办发〔2020〕11号']);
  const expiry = rows.find((x) => x['type'] === 'expiry')!;
  assert.deepEqual([expiry['day'], expiry['daysLeft'], expiry['status']], ['2025-08-17', '16', '有效']);

  // --today moves days left, status and validity.
  const later = csvObjects(cli('extract', 'notice.txt', '--format', 'csv', '--today', '2025-09-01').stdout);
  const expired = later.find((x) => x['type'] === 'expiry')!;
  assert.deepEqual([expired['daysLeft'], expired['status'], expired['validity']], ['-15', '已失效', '已失效']);
});

test('csv: unit names without the PDF line breaks (137 written forms in corpus 001, 65 tidy) and traditional folded', () => {
  const rows = csvObjects(cli('extract', join(CORPUS_DIR, '001_64a5fc14bdf407eb.txt'), '--format', 'csv').stdout).filter((x) => x['kind'] === 'unit');
  const raw = new Set(rows.map((x) => x['text']));
  const tidy = new Set(rows.map((x) => x['tidy']));
  assert.ok(rows.some((x) => x['text'] === '省住\n\n房城乡建设厅' && x['tidy'] === '省住房城乡建设厅'));
  for (const name of tidy) assert.doesNotMatch(name!, /\s/, `tidy name with whitespace: ${name}`);
  assert.ok(tidy.size < raw.size * 0.6, `${raw.size} written forms, ${tidy.size} tidy names`);

  writeFileSync(at('traditional.txt'), '各區直部門：\n一、2026年6月底前，完成目錄編制（區衛生健康局牽頭，區財政局配合）。\n');
  const trad = csvObjects(cli('extract', 'traditional.txt', '--format', 'csv', '--today', TODAY).stdout).filter((x) => x['kind'] === 'unit');
  assert.deepEqual(trad.map((x) => [x['text'], x['tidy'], x['role']]), [['區衛生健康局', '区卫生健康局', 'lead'], ['區財政局', '区财政局', 'support']]);
});

test('md: the corpus gazette as a brief, with facts, deadlines, units and cited documents', () => {
  const r = cli('extract', CORPUS, '--format', 'md', '--today', '2026-11-22');
  assert.equal(r.status, 0, r.stderr);
  const md = r.stdout;
  assert.ok(md.startsWith(`# 公文要点：\`${CORPUS}\`\n`), md.slice(0, 200));
  assert.match(md, /基准日 2026-11-22/);
  assert.match(md, /^## 1\. 威海市环翠区人民政府关于公布第六批区级非物质文化遗产代表性项目名录/m);
  assert.match(md, /^文号：威环政字〔2020〕10号 ｜ 发文机关：威海市环翠区人民政府 ｜ 成文日期：2020-07-21 ｜ 施行：— ｜ 有效期至：— ｜ 效力状态：\*\*未知\*\*/m);
  assert.match(md, /^### 期限（\d+ 项）\n\n\| 期限原文 \| 类型 \| 日期 \| 剩余天数 \| 所属任务摘要 \| 责任单位 \|$/m);
  assert.match(md, /^\| 2020年8月底前 \| 完成时限 \| 2020-08-31 \| 已过 2274 天 \| 2020年8月底前，编制完善职责边界清单/m);
  assert.match(md, /^### 责任单位 → 任务（\d+ 个单位，\d+ 项任务）$/m);
  assert.match(md, /^- \*\*区卫生健康局\*\* · \d+ 项\n {2}- 牵头 \d+ 项：（三）加强党的领导；/m);
  assert.match(md, /^### 引用文件（\d+ 件）$/m);
  assert.match(md, /^- 《关于改革完善医疗卫生行业综合监管制度的指导意见》（国办发〔2018〕63号）$/m);
  assert.match(md, /效力状态：\*\*现行有效\*\*（2020-09-30 起施行/);
  // Quoted text is tidy: no PDF line breaks inside unit names or summaries.
  assert.doesNotMatch(md, /区文化和\s+旅游局/);
  const ownNumbers = [...md.matchAll(/^文号：(\S+)/gm)].map((m) => m[1]);
  for (const section of md.split(/^## /m).slice(1)) {
    const own = /^文号：(\S+)/m.exec(section)?.[1];
    const cited = section.split('### 引用文件')[1] ?? '';
    if (own && own !== '—') assert.ok(!cited.includes(own), `${own} cites itself`);
  }
  assert.ok(ownNumbers.length >= 5);
});

test('ics: one all-day event per dated deadline, stable UIDs, lines of at most 75 octets', () => {
  const r = cli('extract', 'notice.txt', '--format', 'ics', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  const ics = r.stdout;
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  const events = unfolded.split('BEGIN:VEVENT').slice(1);
  assert.equal(events.length, 3, 'effective, the task deadline and the expiry');
  // The title quotes the deadline with the PDF line break tidied away.
  const task = events.find((e) => e.includes('SUMMARY:期限：2020年12月底前 — 威海市环翠区人民政府办公室关于印发政务公开工作方案的通知\r\n'));
  assert.ok(task, unfolded);
  assert.match(task, /DTSTART;VALUE=DATE:20201231\r\n/);
  assert.match(task, /DTEND;VALUE=DATE:20210101\r\n/);
  assert.match(task, /DESCRIPTION:.*完成标准目录编制工作.*notice\.txt/);
  const expiry = events.find((e) => e.includes('SUMMARY:到期：有效期至2025年8月17日'));
  assert.ok(expiry);
  assert.match(expiry, /DTSTART;VALUE=DATE:20250817\r\n/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `line too long: ${line}`);
  const uids = (s: string): string[] => [...s.matchAll(/^UID:(.+)$/gm)].map((m) => m[1]!);
  assert.deepEqual(uids(cli('extract', 'notice.txt', '--format', 'ics', '--today', TODAY).stdout.replace(/\r\n[ \t]/g, '')), uids(unfolded));
});

test('ics: no dated deadline gives a valid empty calendar and a note', () => {
  const r = cli('extract', 'undated.txt', '--format', 'ics');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  assert.doesNotMatch(r.stdout, /VEVENT/);
  assert.deepEqual(stderrLines(r).map((l) => l.replace(/: .*/, '')), ['gazette-lens', 'gazette-lens'], r.stderr);
  assert.match(r.stderr, /^gazette-lens: warning: undated\.txt: does not look like a government document/m);
  assert.match(r.stderr, /^gazette-lens: note: no dated deadlines found; the calendar is empty$/m);
});

test('not a government document: a one-line warning with the detection score, and the extractions still come out', () => {
  writeFileSync(at('recipe.txt'), '我的红烧肉做法\n材料：五花肉500克，冰糖，生抽。\n这个做法是我2022年3月前在老家学的，先焯水，再炒糖色，小火慢炖一小时。\n');
  const r = cli('extract', 'recipe.txt', '--today', TODAY);
  assert.equal(r.status, 0, 'a warning is not a failure');
  oneLine(r, /^gazette-lens: warning: recipe\.txt: does not look like a government document \(detection score 0; government texts score 4 or more\): check that it is the file you meant; its results are still written$/);
  const [record] = jsonFiles(r.stdout);
  assert.ok(record && 'detection' in record);
  assert.deepEqual(record.detection, { score: 0, government: false, reasons: [] });
  assert.ok(record.result.annotations.some((a) => a.text === '2022年3月前'), 'the extractions are written all the same');

  // A real gazette: no warning, and the score with its reasons.
  const gazette = cli('extract', CORPUS);
  assert.equal(gazette.stderr, '');
  const [g] = jsonFiles(gazette.stdout);
  assert.ok(g && 'detection' in g && g.detection.government && g.detection.score >= 4, JSON.stringify(g && 'detection' in g && g.detection));
  assert.ok(g.detection.reasons.some((x) => x.id === 'docnum-density'));
});
