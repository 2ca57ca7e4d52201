/**
 * Engine speed in Node: extraction of the three corpus texts (concatenated, ≈ 100k
 * characters) against one bare regular-expression pass over the same text, in the same run.
 * The bare pass is the single regex a developer would write first for the three kinds; it
 * is the floor a real engine is measured against.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../lib/extract/index.ts';
import { normalise } from '../lib/text/normalise.ts';

export const BARE = /[\u4e00-\u9fff]{1,8}[〔[［【(（]\d{4}[〕\]］】)）]\s*\d{1,5}\s*号|\d{4}\s*年\s*(?:\d{1,2}\s*月\s*)?底?前|\d+个?工作日内|[（(][^（）()]{1,200}?(?:负责|牵头|配合|参与)[)）]/g;

export interface EngineBench {
  chars: number;
  runs: number;
  engineMsPer100k: number;
  normaliseMsPer100k: number;
  bareMsPer100k: number;
  ratio: number;
  /** The fastest run of each (the least disturbed by other processes on a shared machine). */
  fastest: { engineMsPer100k: number; bareMsPer100k: number; ratio: number };
  annotations: number;
  bareMatches: number;
  /** The first extract() of the process (nothing compiled yet), per 100k characters. */
  coldMsPer100k: number;
}

export interface ScaleBench {
  /** UTF-8 megabytes of each input, its characters, and the median seconds of `runs` extractions. */
  sizes: Array<{ mb: number; chars: number; seconds: number; annotations: number; documents: number }>;
  /** Time for the large input over the time for the small one (linear: ≈ the size ratio). */
  timeRatio: number;
  sizeRatio: number;
}

/**
 * Extraction of ~5 MB and ~50 MB of gazette text (the corpus repeated): does time grow linearly?
 * One untimed run first (the engine compiled before either size is timed), then the median of
 * `runs` runs of the large input and of 5 of the small one (a 0.1 s run is the more disturbed).
 */
export function benchScale(corpusDir: string, mbs: [number, number] = [5, 50], runs = 3): ScaleBench {
  const base = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8')).join('\n\n');
  const baseBytes = Buffer.byteLength(base, 'utf8');
  const sizes = mbs.map((mb, k) => {
    const copies = Math.max(1, Math.round((mb * 1_000_000) / baseBytes));
    const text = Array.from({ length: copies }, () => base).join('\n\n');
    let annotations = 0;
    let documents = 0;
    const t: number[] = [];
    if (k === 0) extract(text, { today: '2026-11-22' });
    for (let i = 0; i < (k === 0 ? Math.max(runs, 5) : runs); i++) {
      const a = performance.now();
      const r = extract(text, { today: '2026-11-22' });
      t.push((performance.now() - a) / 1000);
      annotations = r.annotations.length;
      documents = r.documents.length;
    }
    return { mb: Buffer.byteLength(text, 'utf8') / 1_000_000, chars: text.length, seconds: median(t), annotations, documents };
  });
  return { sizes, timeRatio: sizes[1]!.seconds / sizes[0]!.seconds, sizeRatio: sizes[1]!.chars / sizes[0]!.chars };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return median(t);
}

/** `engine`: the functions to time (the bundled engine, or the modules as tsx loads them). */
export function benchEngine(corpusDir: string, runs = 40, engineModule: { extract: typeof extract; normalise: typeof normalise } = { extract, normalise }): EngineBench {
  const text = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8')).join('\n\n');
  const per100k = 100_000 / text.length;
  let annotations = 0;
  let bareMatches = 0;
  const engine = (): void => {
    annotations = engineModule.extract(text, { today: '2026-11-22' }).annotations.length;
  };
  const bare = (): void => {
    bareMatches = 0;
    for (const m of text.matchAll(BARE)) bareMatches += m[0].length > 0 ? 1 : 0;
  };
  const norm = (): void => {
    engineModule.normalise(text);
  };
  // The first run, cold (what a page that loads the engine once waits for), then warm up the JIT
  // on all three until their code is optimised (after 10 rounds the engine still ran partly in
  // the lower tiers: its first timed runs were ~10 % slower than the rest), then interleave the
  // timed runs.
  const c0 = performance.now();
  engine();
  const coldMs = performance.now() - c0;
  for (let i = 0; i < 40; i++) { engine(); bare(); norm(); }
  const e: number[] = [];
  const b: number[] = [];
  const n: number[] = [];
  for (let i = 0; i < runs; i++) {
    e.push(time(engine, 1));
    b.push(time(bare, 1));
    n.push(time(norm, 1));
  }
  const engineMs = median(e) * per100k;
  const bareMs = median(b) * per100k;
  return {
    chars: text.length, runs,
    engineMsPer100k: engineMs,
    normaliseMsPer100k: median(n) * per100k,
    bareMsPer100k: bareMs,
    ratio: engineMs / bareMs,
    fastest: { engineMsPer100k: Math.min(...e) * per100k, bareMsPer100k: Math.min(...b) * per100k, ratio: Math.min(...e) / Math.min(...b) },
    annotations, bareMatches,
    coldMsPer100k: coldMs * per100k,
  };
}
