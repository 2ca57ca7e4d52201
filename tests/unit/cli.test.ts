// The command line as a user runs it: the real bin/gazette-lens.js in a child process,
// against files written to a temporary directory. Exit codes, stderr lines and the output
// in each format are what is checked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionResultSchema, type Annotation, type ExtractionResult } from '../../lib/schema.ts';
import { encodeGbk } from './helpers/gbk.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'bin/gazette-lens.js');
const CORPUS = '/work/shared/corpus/000_66e9cbfad7f9a670.txt';
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

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The user saw exactly one line on stderr, the program's name first, and no stack trace. */
function oneLine(r: Run, pattern: RegExp): void {
  const lines = r.stderr.split('\n').filter(Boolean);
  assert.equal(lines.length, 1, `one stderr line expected, got:\n${r.stderr}`);
  assert.match(lines[0]!, /^gazette-lens: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
}

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

test('json: the ExtractionResult, with offsets into the input exactly as given', () => {
  const r = cli('extract', 'notice.txt', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.startsWith('{\n  "annotations": ['), 'pretty-printed with 2 spaces');
  const result = extractionResultSchema.parse(JSON.parse(r.stdout));
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
  assert.equal(gbk.stdout, utf8.stdout);
});

test('HTML: only the visible text is read; scripts, the head and hidden elements are not', () => {
  const r = cli('extract', 'page.html', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  const result = extractionResultSchema.parse(JSON.parse(r.stdout));
  const numbers = result.annotations.filter((a) => a.kind === 'docnum').map((a) => a.text);
  assert.deepEqual(numbers, ['鲁政办发〔2020〕11号']);
  assert.ok(result.annotations.some((a) => a.text === '2022年底前'));

  const text = cli('extract', 'page.html', '--format', 'text').stdout;
  assert.equal(text, '关于印发政务公开工作方案的通知\n根据《通知》（鲁政办发〔2020〕11号）要求，2022年底前 完成编制工作。\n序号\t任务\n1\t编制目录');
  for (const a of result.annotations) assert.equal(text.slice(a.start, a.end), a.text, 'offsets refer to the visible text');
});

test('a missing file, a directory, an empty, a blank and a binary file: one line each, exit 1', () => {
  const cases: Array<[string, RegExp]> = [
    ['missing.txt', /^gazette-lens: missing\.txt: no such file$/],
    ['folder', /^gazette-lens: folder: is a directory/],
    ['empty.txt', /^gazette-lens: empty\.txt: is empty$/],
    ['blank.txt', /^gazette-lens: blank\.txt: contains only whitespace$/],
    ['binary.dat', /^gazette-lens: binary\.dat: looks like a binary file/],
  ];
  for (const [file, pattern] of cases) {
    const r = cli('extract', file);
    assert.equal(r.status, 1, `${file}: ${r.stderr}`);
    assert.equal(r.stdout, '', `${file}: nothing on stdout`);
    oneLine(r, pattern);
  }
});

test('several files: the bad one is reported, the others are processed, exit 0', () => {
  const r = cli('extract', 'notice.txt', 'missing.txt', 'page.html', '--today', TODAY);
  assert.equal(r.status, 0);
  oneLine(r, /missing\.txt: no such file/);
  const out = JSON.parse(r.stdout) as { files: Array<{ file: string; result: unknown }> };
  assert.deepEqual(out.files.map((f) => f.file), ['notice.txt', 'page.html']);
  for (const f of out.files) extractionResultSchema.parse(f.result);

  const none = cli('extract', 'missing.txt', 'empty.txt');
  assert.equal(none.status, 1);
  assert.equal(none.stderr.split('\n').filter(Boolean).length, 2);
});

test('usage mistakes: one line, exit 2', () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /missing command/],
    [['notice.txt'], /unknown command 'notice\.txt'; did you mean 'gazette-lens extract notice\.txt'/],
    [['extract'], /at least one FILE/],
    [['extract', 'notice.txt', '--format', 'pdf'], /unknown format 'pdf'/],
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
  assert.match(help.stdout, /gazette-lens extract FILE\.\.\./);
  assert.match(help.stdout, /\{"files": \[\{"file": "<path>", "result": <ExtractionResult>\}/);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  assert.equal(cli('--version').stdout, `gazette-lens ${pkg.version}\n`);
});

/** RFC 4180 parser for the check: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && s[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

test('csv: BOM, CRLF rows, a header, one row per annotation, text with a line break quoted', () => {
  const r = cli('extract', 'notice.txt', '--format', 'csv', '--today', TODAY);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.startsWith('\uFEFFfile,kind,start,end,text,type,date,resolvedDate,role,issuer,year,serial,canonical,document\r\n'));
  assert.ok(r.stdout.includes('"2020 年\n12 月底前"'), 'a field with a line break is quoted and keeps it');
  const rows = parseCsv(r.stdout.slice(1));
  const json = extractionResultSchema.parse(JSON.parse(cli('extract', 'notice.txt', '--today', TODAY).stdout));
  assert.equal(rows.length, json.annotations.length + 1);
  const header = rows[0]!;
  const col = (name: string): number => header.indexOf(name);
  const wrapped = rows.find((x) => x[col('text')] === '2020 年\n12 月底前');
  assert.ok(wrapped);
  assert.deepEqual([wrapped[col('file')], wrapped[col('kind')], wrapped[col('type')], wrapped[col('date')], wrapped[col('resolvedDate')]],
    ['notice.txt', 'deadline', 'deadline', '2020-12', '2020-12-31']);
  const cited = rows.find((x) => x[col('text')] === '鲁政办发〔2020〕11号')!;
  assert.deepEqual([cited[col('issuer')], cited[col('year')], cited[col('serial')], cited[col('document')]], ['鲁政办发', '2020', '11', '0']);
});

test('md: the corpus gazette as a brief, with facts, deadlines, units and cited documents', () => {
  const r = cli('extract', CORPUS, '--format', 'md', '--today', '2026-11-22');
  assert.equal(r.status, 0, r.stderr);
  const md = r.stdout;
  assert.match(md, /^# 公文要点：`\/work\/shared\/corpus\/000_66e9cbfad7f9a670\.txt`\n/);
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
  oneLine(r, /note: no dated deadlines found; the calendar is empty/);
});
