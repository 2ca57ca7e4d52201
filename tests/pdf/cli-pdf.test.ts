// `gazette-lens extract` on gazette PDFs: the same text as the reader (one function for both),
// every format as for .txt, offsets into that text, a folder of PDFs with the unreadable ones
// named and the rest read.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildPdfFixtures, PDF_DIR } from '../../scripts/build-pdf-fixtures.ts';
import { readPdfFile } from '../../cli/inputs/pdf.ts';
import { readFileSync } from 'node:fs';
import { cli, stderrLines } from '../unit/helpers/cli.ts';

const TODAY = '2026-11-22';
const at = (f: string): string => join(PDF_DIR, f);

before(() => buildPdfFixtures({ ensure: true }), { timeout: 120_000 });

test('--format text prints the text the reader reads; JSON offsets point into it', async () => {
  const text = cli(PDF_DIR, ['extract', 'corpus-000.pdf', '--format', 'text']);
  assert.equal(text.status, 0, text.stderr);
  assert.equal(text.stdout, (await readPdfFile(readFileSync(at('corpus-000.pdf')))).text);
  const json = cli(PDF_DIR, ['extract', 'corpus-000.pdf', '--today', TODAY]);
  assert.equal(json.status, 0, json.stderr);
  const [file] = JSON.parse(json.stdout).files;
  assert.equal(file.kind, 'pdf');
  const annotations = file.result.annotations as Array<{ kind: string; start: number; end: number; text: string }>;
  assert.ok(annotations.filter((a) => a.kind === 'docnum').length > 20, `${annotations.length} annotations`);
  for (const a of annotations) assert.equal(text.stdout.slice(a.start, a.end), a.text);
  assert.ok(file.result.documents.length > 5, 'the issue is split into its documents');
});

test('every format works on a PDF', () => {
  for (const format of ['jsonl', 'csv', 'md', 'ics']) {
    const r = cli(PDF_DIR, ['extract', 'corpus-001.pdf', '--format', format, '--today', TODAY]);
    assert.equal(r.status, 0, `${format}: ${r.stderr}`);
    assert.ok(r.stdout.length > 500, format);
  }
  const md = cli(PDF_DIR, ['extract', 'corpus-001.pdf', '--format', 'md', '--today', TODAY]).stdout;
  assert.match(md, /国发〔2019〕28号|国办发/);
});

test('a folder of PDFs: the readable ones are read, a scan and an encrypted file are named with why', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gl-pdfs-'));
  mkdirSync(join(dir, '公报'));
  for (const f of ['corpus-002.pdf', 'two-column.pdf', 'scan.pdf', 'encrypted.pdf']) copyFileSync(at(f), join(dir, '公报', f));
  const r = cli(dir, ['extract', '公报', '--format', 'jsonl', '--today', TODAY]);
  const records = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; kind?: string; error?: string });
  const byName = Object.fromEntries(records.map((x) => [x.file.split('/').pop()!, x]));
  assert.equal(byName['corpus-002.pdf']!.kind, 'pdf');
  assert.equal(byName['two-column.pdf']!.kind, 'pdf');
  assert.match(byName['scan.pdf']!.error!, /scanned image with no text/);
  assert.match(byName['encrypted.pdf']!.error!, /encrypted/);
  assert.ok(stderrLines(r).some((l) => /scan\.pdf: is a scanned image/.test(l)), r.stderr);
  assert.notEqual(r.status, 0, 'files that could not be read make the exit status say so');
});

test('a PDF named with another ending is still read as a PDF', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gl-pdf-'));
  copyFileSync(at('two-column.pdf'), join(dir, 'download.bin'));
  const r = cli(dir, ['extract', 'download.bin', '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).kind, 'pdf');
});
