// The package as a researcher installs it: `npm pack` of this checkout (its prepack builds
// dist/cli), then `npm i <tarball>` into empty folders — with and without --omit=dev, and
// -g into its own prefix — and the installed command answers --version and extracts a
// corpus file. Takes tens of seconds (npm itself). The tarball ships only what the command
// needs, and installing it runs no script (the old postinstall ran wxt, a dev dependency).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CORPUS, ROOT } from './helpers/cli.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
let dir = '';
let tarball = '';

function sh(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** The installed command, run from a folder that is not the checkout. */
function run(bin: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(bin, args, { cwd, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NODE_OPTIONS: '' } });
}

function works(bin: string, cwd: string): void {
  const version = run(bin, ['--version'], cwd);
  assert.equal(version.status, 0, version.stderr);
  assert.equal(version.stdout, `gazette-lens ${pkg.version}\n`);
  const corpusFile = join(CORPUS, '000_66e9cbfad7f9a670.txt');
  const r = run(bin, ['extract', corpusFile, '--today', '2026-11-22'], cwd);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const out = JSON.parse(r.stdout) as { files: Array<{ file: string; result: { documents: Array<{ docnum: string | null }> } }> };
  assert.equal(out.files[0]?.file, corpusFile);
  assert.ok(out.files[0]!.result.documents.some((d) => d.docnum === '威环政字〔2020〕10号'), 'the engine ran: the first document and its number');
  // A folder, with worker threads (dist/cli/worker.js must be in the package).
  const folder = join(cwd, 'gazettes');
  mkdirSync(folder, { recursive: true });
  for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.txt'))) writeFileSync(join(folder, f), readFileSync(join(CORPUS, f)));
  const batch = run(bin, ['extract', folder, '--format', 'jsonl', '--jobs', '2'], cwd);
  assert.equal(batch.status, 0, batch.stderr);
  assert.equal(batch.stdout.trim().split('\n').length, 3);
  const summary = run(bin, ['summary', folder, '--today', '2026-11-22'], cwd);
  assert.equal(summary.status, 0, summary.stderr);
  assert.match(summary.stdout, /^# 公报汇总\n\n基准日 2026-11-22 ｜ 读取 3 个文件/);
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'gazette-lens-pack-'));
  const packed = sh('npm', ['pack', '--pack-destination', dir, '--json'], ROOT);
  const [info] = JSON.parse(packed.stdout.slice(packed.stdout.search(/^\[$/m))) as Array<{ filename: string; files: Array<{ path: string }> }>;
  tarball = join(dir, info!.filename);
  assert.ok(existsSync(tarball), tarball);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball holds the command, its build, the licence and the README, and nothing of the sources or tests', () => {
  const list = sh('tar', ['-tzf', tarball], dir).stdout.trim().split('\n').map((p) => p.replace(/^package\//, ''));
  for (const needed of ['package.json', 'LICENSE', 'README.md', 'bin/gazette-lens.js', 'dist/cli/main.js', 'dist/cli/worker.js', 'dist/cli/THIRD-PARTY-LICENSES.txt']) {
    assert.ok(list.includes(needed), `${needed} missing from the tarball`);
  }
  const unwanted = list.filter((p) => /^(tests|lib|cli|entrypoints|components|bench|scripts|public)\//.test(p) || p.endsWith('.ts'));
  assert.deepEqual(unwanted, []);
  assert.match(readFileSync(join(ROOT, 'LICENSE'), 'utf8'), /^MIT License/);
  const manifest = JSON.parse(sh('tar', ['-xzOf', tarball, 'package/package.json'], dir).stdout) as { scripts?: Record<string, string>; dependencies?: Record<string, string> };
  for (const hook of ['preinstall', 'install', 'postinstall']) assert.equal(manifest.scripts?.[hook], undefined, `${hook} would run on the user's machine`);
});

test('npm i <tarball> --omit=dev in an empty folder: --version, a corpus file, a folder with workers, a summary', () => {
  const app = join(dir, 'omit-dev');
  mkdirSync(app);
  sh('npm', ['init', '-y'], app);
  sh('npm', ['i', '--omit=dev', tarball], app);
  assert.ok(!existsSync(join(app, 'node_modules/tsx')), 'no TypeScript loader is installed');
  const installed = readdirSync(join(app, 'node_modules/gazette-lens/dist/cli'), { recursive: true, encoding: 'utf8' });
  assert.ok(!installed.some((f) => f.endsWith('.ts')), 'compiled JavaScript only');
  works(join(app, 'node_modules/.bin/gazette-lens'), app);
});

test('npm i <tarball> (dev dependencies not omitted) in an empty folder', () => {
  const app = join(dir, 'with-dev');
  mkdirSync(app);
  sh('npm', ['init', '-y'], app);
  sh('npm', ['i', tarball], app);
  works(join(app, 'node_modules/.bin/gazette-lens'), app);
});

test('npm i -g <tarball> into its own prefix', () => {
  const prefix = join(dir, 'global');
  sh('npm', ['i', '-g', '--prefix', prefix, tarball], dir);
  const home = join(dir, 'home');
  mkdirSync(home);
  works(join(prefix, 'bin/gazette-lens'), home);
});
