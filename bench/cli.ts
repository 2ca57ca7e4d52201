/**
 * The command line (issue 12), as a user runs it: the built bin/gazette-lens.js in child
 * processes (dist/cli is built first).
 *   - Start-up: `--version` and `extract` of a one-line file, against `node -e 0` (median of
 *     interleaved runs).
 *   - A batch: 2,000 files (≈ 180 MB) generated from ../shared/corpus into a temporary folder,
 *     `extract --format jsonl` with one worker (-j 1, in the main thread) and with all cores:
 *     files/s, MB/s and peak memory (VmHWM of the process, threads included, polled); and
 *     `summary --format md` over the same folder with all cores.
 *   - Scale of the formats (issue 8, part 5): a 5 MB and a 50 MB text in every output format,
 *     both end to end (the command on the file: engine included) and the formats alone (the
 *     format given the engine's result for the text, made by joining the results of its
 *     pieces, so that the engine's own limits do not enter; bench/cli-formats.ts, a fresh
 *     process for each measure): 50 MB should take ≤ 12× 5 MB.
 * Nothing here is asserted: bench/run.ts prints the figures with met / NOT met.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../lib/extract/index.ts';
import { EXTRACT_FORMATS } from '../cli/types.ts';
import { bigText, corpusTexts, SCALE_FORMATS } from './cli-formats.ts';

const TODAY = '2026-11-22';
const MB = 1024 * 1024;

export interface Startup {
  runs: number;
  nodeMs: number;
  versionMs: number;
  oneLineMs: number;
}

export interface BatchRun {
  jobs: number;
  ms: number;
  filesPerSecond: number;
  mbPerSecond: number;
  peakMb: number | null;
  status: number | null;
}

export interface ScaleRow {
  format: string;
  smallMs: number;
  largeMs: number;
  ratio: number;
}

export interface CliBench {
  cores: number;
  startup: Startup;
  batch: { files: number; mb: number; one: BatchRun; all: BatchRun; summary: BatchRun };
  scale: { smallMb: number; largeMb: number; endToEnd: ScaleRow[]; formatsAlone: ScaleRow[]; engineErrors: string[] };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timed(cmd: string, args: string[], cwd: string): number {
  const t = performance.now();
  const r = spawnSync(cmd, args, { cwd, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  return performance.now() - t;
}

function benchStartup(bin: string, dir: string, runs: number): Startup {
  const oneLine = join(dir, 'one-line.txt');
  writeFileSync(oneLine, '国务院办公厅关于印发全国深化“放管服”改革重点任务分工方案的通知（国办发〔2022〕37号）\n');
  const node: number[] = [];
  const version: number[] = [];
  const line: number[] = [];
  for (let i = 0; i < 3; i++) timed(process.execPath, [bin, 'extract', oneLine], dir); // warm the disk cache
  for (let i = 0; i < runs; i++) {
    node.push(timed(process.execPath, ['-e', '0'], dir));
    version.push(timed(process.execPath, [bin, '--version'], dir));
    line.push(timed(process.execPath, [bin, 'extract', oneLine], dir));
  }
  return { runs, nodeMs: median(node), versionMs: median(version), oneLineMs: median(line) };
}

/** Runs a command; its wall time and the peak resident memory of the process (Linux: VmHWM). */
function measured(cmd: string, args: string[], cwd: string): Promise<{ ms: number; peakMb: number | null; status: number | null }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peakKb: number | null = null;
    const poll = setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb ?? 0, Number(m[1]));
      } catch {
        // not Linux, or the process has just ended
      }
    }, 25);
    child.on('error', reject);
    child.on('exit', (status) => {
      clearInterval(poll);
      if (status !== 0) process.stderr.write(stderr);
      resolve({ ms: performance.now() - t, peakMb: peakKb === null ? null : peakKb / 1024, status });
    });
  });
}

/** 2,000 files from the corpus texts, 100 per folder, each a whole gazette. */
function writeBatch(dir: string, texts: string[], files: number): number {
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const folder = join(dir, 'gazettes', String(Math.floor(i / 100)).padStart(2, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const body = texts[i % texts.length]!;
    writeFileSync(join(folder, `${String(i).padStart(4, '0')}.txt`), body);
    bytes += Buffer.byteLength(body);
  }
  return bytes;
}

async function batchRun(bin: string, dir: string, jobs: number, files: number, bytes: number, command = ['extract', '--format', 'jsonl']): Promise<BatchRun> {
  const r = await measured(process.execPath, [bin, command[0]!, 'gazettes', ...command.slice(1), '--jobs', String(jobs), '--today', TODAY, '-o', '/dev/null'], dir);
  return { jobs, ms: r.ms, filesPerSecond: files / (r.ms / 1000), mbPerSecond: bytes / MB / (r.ms / 1000), peakMb: r.peakMb, status: r.status };
}

async function benchScale(root: string, bin: string, dir: string, texts: string[], smallMb: number, largeMb: number): Promise<CliBench['scale']> {
  const results = texts.map((t) => extract(t, { today: TODAY }));
  const small = bigText(texts, smallMb, results);
  const large = bigText(texts, largeMb, results);
  const smallFile = join(dir, `scale-${smallMb}mb.txt`);
  const largeFile = join(dir, `scale-${largeMb}mb.txt`);
  writeFileSync(smallFile, small.text);
  writeFileSync(largeFile, large.text);

  const endToEnd: ScaleRow[] = [];
  const engineErrors = new Set<string>();
  for (const format of EXTRACT_FORMATS) {
    const run = (file: string): number => {
      const t = performance.now();
      const r = spawnSync(process.execPath, [bin, 'extract', file, '--format', format, '--today', TODAY, '-o', '/dev/null'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 * MB });
      if (r.status !== 0) throw new Error(`extract ${file} --format ${format}: exit ${r.status}: ${r.stderr}`);
      for (const m of r.stderr.matchAll(/the (\S+) step failed \(([^)]*)\)/g)) engineErrors.add(`${m[1]}: ${m[2]}`);
      return performance.now() - t;
    };
    const smallMs = run(smallFile);
    const largeMs = run(largeFile);
    endToEnd.push({ format, smallMs, largeMs, ratio: largeMs / smallMs });
  }

  // Each measure in a fresh process, so that one size's heap does not weigh on the other.
  const formatsAlone: ScaleRow[] = [];
  const alone = (format: string, mb: number): number => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/cli-formats.ts'), format, String(mb)], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`bench/cli-formats.ts ${format} ${mb}: exit ${r.status}: ${r.stderr}`);
    return (JSON.parse(r.stdout) as { ms: number }).ms;
  };
  for (const format of SCALE_FORMATS) {
    const smallMs = alone(format, smallMb);
    const largeMs = alone(format, largeMb);
    formatsAlone.push({ format, smallMs, largeMs, ratio: largeMs / smallMs });
  }
  return { smallMb, largeMb, endToEnd, formatsAlone, engineErrors: [...engineErrors] };
}

export async function benchCli(root: string, options: { files?: number; startupRuns?: number; smallMb?: number; largeMb?: number } = {}): Promise<CliBench> {
  const build = spawnSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the command line could not be built');
  const bin = join(root, 'bin/gazette-lens.js');
  const texts = corpusTexts(join(root, '../shared/corpus'));
  const dir = mkdtempSync(join(tmpdir(), 'gazette-lens-bench-'));
  try {
    const files = options.files ?? 2000;
    const startup = benchStartup(bin, dir, options.startupRuns ?? 15);
    const bytes = writeBatch(dir, texts, files);
    const cores = availableParallelism();
    const one = await batchRun(bin, dir, 1, files, bytes);
    const all = await batchRun(bin, dir, cores, files, bytes);
    const summary = await batchRun(bin, dir, cores, files, bytes, ['summary', '--format', 'md']);
    const scale = await benchScale(root, bin, dir, texts, options.smallMb ?? 5, options.largeMb ?? 50);
    return { cores, startup, batch: { files, mb: bytes / MB, one, all, summary }, scale };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
