/**
 * Running the command line as a user does: the real bin/gazette-lens.js (which runs the
 * built dist/cli/, made by `npm run test:unit` before the tests) in a child process.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractionResultSchema, type ExtractionResult } from '../../../lib/schema.ts';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const BIN = join(ROOT, 'bin/gazette-lens.js');
export const CORPUS = resolve(ROOT, '../shared/corpus');

const built = join(ROOT, 'dist/cli/main.js');
if (!existsSync(built)) throw new Error(`${built} is missing: run 'npm run build:cli' (npm run test:unit does it first)`);
const sources = ['cli', 'lib'].flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f)));
const stale = sources.find((f) => f.endsWith('.ts') && statSync(join(ROOT, f)).mtimeMs > statSync(built).mtimeMs);
if (stale) throw new Error(`dist/cli is older than ${stale}: run 'npm run build:cli' (npm run test:unit does it first)`);

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(cwd: string, args: readonly string[], input?: string | Uint8Array): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000, input, maxBuffer: 512 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The lines on stderr, without blank ones. */
export function stderrLines(r: Run): string[] {
  return r.stderr.split('\n').filter(Boolean);
}

/** Each stderr line starts with the program's name; there is no stack trace. */
export function cleanStderr(r: Run): void {
  for (const line of stderrLines(r)) assert.match(line, /^gazette-lens: /, `stderr line: ${line}`);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
}

/** The user saw exactly one line on stderr, the program's name first, and no stack trace. */
export function oneLine(r: Run, pattern: RegExp): void {
  const lines = stderrLines(r);
  assert.equal(lines.length, 1, `one stderr line expected, got:\n${r.stderr}`);
  cleanStderr(r);
  assert.match(lines[0]!, pattern);
}

export interface ReadRecord {
  file: string;
  kind: string;
  encoding: string;
  detection: { score: number; government: boolean; reasons: Array<{ id: string; score: number }> };
  result: ExtractionResult;
}

export type FileOut = ReadRecord | { file: string; error: string };

export function isRead(r: FileOut): r is ReadRecord {
  return 'result' in r;
}

/** `{"files": [...]}` from --format json, each result checked against the engine's schema. */
export function jsonFiles(stdout: string): FileOut[] {
  const value = JSON.parse(stdout) as { files: FileOut[] };
  assert.deepEqual(Object.keys(value), ['files']);
  for (const f of value.files) if (isRead(f)) extractionResultSchema.parse(f.result);
  return value.files;
}

/** The one result of a --format json run over one file. */
export function onlyResult(stdout: string): ExtractionResult {
  const files = jsonFiles(stdout);
  assert.equal(files.length, 1);
  const f = files[0]!;
  assert.ok(isRead(f), `the file could not be read: ${JSON.stringify(f)}`);
  return f.result;
}

/** RFC 4180 parser for the checks: quoted fields may hold commas, quotes and line breaks. */
export function parseCsv(s: string): string[][] {
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

/** CSV rows as objects by header name (BOM removed). */
export function csvObjects(s: string): Array<Record<string, string>> {
  assert.ok(s.startsWith('\uFEFF'), 'csv starts with a BOM');
  const [head, ...rows] = parseCsv(s.slice(1));
  assert.ok(head, 'a header row');
  return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

export function corpusText(name: string): string {
  return readFileSync(join(CORPUS, name), 'utf8');
}
