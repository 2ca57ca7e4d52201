// Batches as a researcher runs them: folders (recursive, by extension), standard input,
// -o FILE, jsonl as a stream, worker threads, files that cannot be read among good ones,
// the progress line on a terminal. The real bin/gazette-lens.js in a child process.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, cli as run, cleanStderr, corpusText, isRead, jsonFiles, stderrLines, type FileOut, type Run } from './helpers/cli.ts';

const TODAY = '2026-11-22';
let dir = '';
const at = (...names: string[]): string => join(dir, ...names);
const cli = (...args: string[]): Run => run(dir, args);

const NOTICE = (n: number): string => [
  `威海市环翠区人民政府办公室关于印发第${n}号工作方案的通知`,
  `威环政办字〔2020〕${n}号`,
  '各镇政府、街道办事处，区政府有关部门：',
  '根据《山东省人民政府办公厅关于全面推进基层政务公开工作的通知》（鲁政办发〔2020〕11号）要求，',
  `2026年${(n % 12) + 1}月底前，完成标准目录编制工作（区政府办公室牵头，区财政局配合）。`,
  '威海市环翠区人民政府办公室',
  '2020年7月31日',
  '',
].join('\n');

function lines(stdout: string): FileOut[] {
  assert.ok(stdout.endsWith('\n'), 'jsonl ends with a line break');
  return stdout.slice(0, -1).split('\n').map((l) => JSON.parse(l) as FileOut);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gazette-lens-batch-'));
  mkdirSync(at('issues/2020/sub'), { recursive: true });
  mkdirSync(at('issues/.hidden'));
  writeFileSync(at('issues/a.txt'), NOTICE(1));
  writeFileSync(at('issues/2020/b.TXT'), NOTICE(2));
  writeFileSync(at('issues/2020/sub/c.html'), `<html><body><h1>关于印发方案的通知</h1><pre>${NOTICE(3)}</pre></body></html>`);
  writeFileSync(at('issues/2020/sub/d.htm'), `<p>${NOTICE(4)}</p>`);
  writeFileSync(at('issues/notes.md'), NOTICE(5));
  writeFileSync(at('issues/.hidden/e.txt'), NOTICE(6));
  writeFileSync(at('issues/.f.txt'), NOTICE(7));
  mkdirSync(at('mixed'));
  writeFileSync(at('mixed/1-good.txt'), NOTICE(8));
  writeFileSync(at('mixed/2-binary.txt'), Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256));
  writeFileSync(at('mixed/3-empty.txt'), '');
  writeFileSync(at('mixed/4-good.txt'), NOTICE(9));
  mkdirSync(at('one'));
  writeFileSync(at('one/only.txt'), NOTICE(10));
  mkdirSync(at('many'));
  for (let i = 0; i < 120; i++) writeFileSync(at('many', `n${String(i).padStart(3, '0')}.txt`), NOTICE(i));
  mkdirSync(at('gazettes'));
  const gazettes = ['000_66e9cbfad7f9a670.txt', '001_64a5fc14bdf407eb.txt', '002_27591ad848274691.txt'].map(corpusText);
  for (let i = 0; i < 30; i++) writeFileSync(at('gazettes', `g${String(i).padStart(2, '0')}.txt`), gazettes[i % 3]!);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('a folder is searched with its subfolders for .txt, .html and .htm; hidden names and other endings are left', () => {
  const r = cli('extract', 'issues', '--format', 'jsonl', '--today', TODAY, '--jobs', '1');
  assert.equal(r.status, 0, r.stderr);
  const files = lines(r.stdout).map((f) => f.file).sort();
  assert.deepEqual(files, ['issues/2020/b.TXT', 'issues/2020/sub/c.html', 'issues/2020/sub/d.htm', 'issues/a.txt']);
  cleanStderr(r);
  assert.deepEqual(stderrLines(r), []);
  // HTML found in a folder is read as HTML.
  const html = lines(r.stdout).find((f) => f.file.endsWith('c.html'));
  assert.ok(html && isRead(html) && html.kind === 'html');
  // A file named on the command line is read whatever its ending.
  assert.equal(cli('extract', 'issues/notes.md').status, 0);
});

test('json keeps one shape: a folder with one file, one file, several files', () => {
  for (const args of [['one'], ['one/only.txt'], ['one/only.txt', 'issues/a.txt']]) {
    const r = cli('extract', ...args, '--today', TODAY);
    assert.equal(r.status, 0, r.stderr);
    const files = jsonFiles(r.stdout);
    assert.equal(files.length, args.length === 2 ? 2 : 1);
    assert.ok(files.every(isRead));
  }
});

test('unreadable files among good ones: each named with its reason, the others come out, exit 1', () => {
  for (const format of ['jsonl', 'json', 'csv', 'md']) {
    const r = cli('extract', 'mixed', '--format', format, '--today', TODAY, '--jobs', '2');
    assert.equal(r.status, 1, `${format}: ${r.stderr}`);
    cleanStderr(r);
    const errors = stderrLines(r).filter((l) => !l.includes('warning:'));
    assert.deepEqual(errors.sort(), [
      'gazette-lens: mixed/2-binary.txt: looks like a binary file, not text (it contains NUL bytes)',
      'gazette-lens: mixed/3-empty.txt: is empty',
    ].sort(), format);
    assert.match(r.stdout, /mixed\/1-good\.txt/, format);
    assert.match(r.stdout, /mixed\/4-good\.txt/, format);
  }
  const records = lines(cli('extract', 'mixed', '--format', 'jsonl').stdout);
  assert.deepEqual(records.filter((f) => !isRead(f)).map((f) => f.file).sort(), ['mixed/2-binary.txt', 'mixed/3-empty.txt']);
});

test('-j 1 and -j 2 give the same output; json and csv keep the order given, jsonl has every file once', () => {
  for (const format of ['json', 'csv', 'md', 'ics']) {
    const one = cli('extract', 'many', '--format', format, '--today', TODAY, '--jobs', '1');
    const two = cli('extract', 'many', '--format', format, '--today', TODAY, '--jobs', '2');
    assert.equal(one.status, 0, one.stderr);
    const strip = (s: string): string => s.replace(/^DTSTAMP:.*\r\n/gm, '');
    assert.equal(strip(two.stdout), strip(one.stdout), format);
  }
  const json = jsonFiles(cli('extract', 'many', '--jobs', '2').stdout).map((f) => f.file);
  assert.deepEqual(json, [...json].sort());
  const jsonl = lines(cli('extract', 'many', '--format', 'jsonl', '--jobs', '2').stdout).map((f) => f.file);
  assert.equal(jsonl.length, 120);
  assert.equal(new Set(jsonl).size, 120);
});

test('standard input with -, beside files', () => {
  const r = run(dir, ['extract', '-', 'one/only.txt', '--today', TODAY], corpusText('000_66e9cbfad7f9a670.txt'));
  assert.equal(r.status, 0, r.stderr);
  const files = jsonFiles(r.stdout);
  assert.deepEqual(files.map((f) => f.file), ['-', 'one/only.txt']);
  const stdin = files[0]!;
  assert.ok(isRead(stdin) && stdin.result.documents.length >= 5);
  const empty = run(dir, ['extract', '-'], '');
  assert.equal(empty.status, 1);
  assert.deepEqual(stderrLines(empty), ['gazette-lens: standard input: is empty']);
});

test('-o FILE: the output goes there; an output inside the folder read is not read back; a bad -o is one line', () => {
  const r = cli('extract', 'one', '--format', 'text', '-o', 'one/out.txt');
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '');
  assert.equal(readFileSync(at('one/out.txt'), 'utf8'), `==> one/only.txt <==\n${NOTICE(10)}`);
  const again = cli('extract', 'one', '--format', 'text', '-o', 'one/out.txt');
  assert.equal(readFileSync(at('one/out.txt'), 'utf8'), `==> one/only.txt <==\n${NOTICE(10)}`, again.stderr);
  rmSync(at('one/out.txt'));

  // Many large chunks to a file: the writes wait for the disk, and say nothing.
  for (const format of ['json', 'jsonl', 'csv']) {
    const big = cli('extract', 'gazettes', '--format', format, '-o', `big.${format}`, '--jobs', '2');
    assert.equal(big.status, 0);
    assert.equal(big.stderr, '', format);
  }
  assert.equal(jsonFiles(readFileSync(at('big.json'), 'utf8')).length, 30);

  const bad = cli('extract', 'one', '-o', 'no/such/folder/out.json');
  assert.equal(bad.status, 1);
  assert.deepEqual(stderrLines(bad), ["gazette-lens: cannot write 'no/such/folder/out.json': no such folder"]);
  const full = cli('extract', 'gazettes', '-o', '/dev/full');
  assert.equal(full.status, 1);
  assert.deepEqual(stderrLines(full), ['gazette-lens: cannot write the output: no space left on the device']);
  const isDir = cli('extract', 'one', '-o', 'issues');
  assert.equal(isDir.status, 1);
  assert.deepEqual(stderrLines(isDir), ["gazette-lens: cannot write 'issues': is a directory, not a file"]);
});

test('a progress line on standard error when it is a terminal (files done / total, files/s, errors), none in a pipe', () => {
  // `script` runs the command on a pseudo-terminal; standard output goes to a file.
  const out = at('progress.jsonl');
  const command = `'${process.execPath}' '${BIN}' extract mixed many --format jsonl --jobs 2 -o '${out}'`;
  const r = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  const screen = r.stdout;
  const ERASE = '\r\u001b[K';
  assert.ok(screen.includes(ERASE), 'the line is redrawn in place');
  assert.match(screen, /gazette-lens: 124\/124 files, \d+\.\d files\/s, 2 errors/);
  assert.ok(screen.split(ERASE).some((s) => /^gazette-lens: \d+\/124 files, /.test(s)), 'each redraw starts at the line start');
  assert.match(screen, /gazette-lens: mixed\/2-binary\.txt: looks like a binary file/);
  assert.equal(lines(readFileSync(out, 'utf8')).length, 124);

  const piped = cli('extract', 'mixed', 'many', '--format', 'jsonl', '--jobs', '2');
  assert.doesNotMatch(piped.stderr, /files\/s/);
  assert.ok(!piped.stderr.includes('\u001b'), 'no terminal codes in a pipe');
});
