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
  annotations: number;
  bareMatches: number;
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

export function benchEngine(corpusDir: string, runs = 40): EngineBench {
  const text = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8')).join('\n\n');
  const per100k = 100_000 / text.length;
  let annotations = 0;
  let bareMatches = 0;
  const engine = (): void => {
    annotations = extract(text, { today: '2026-11-22' }).annotations.length;
  };
  const bare = (): void => {
    bareMatches = 0;
    for (const m of text.matchAll(BARE)) bareMatches += m[0].length > 0 ? 1 : 0;
  };
  const norm = (): void => {
    normalise(text);
  };
  // Warm up the JIT on all three, then interleave the timed runs.
  for (let i = 0; i < 10; i++) { engine(); bare(); norm(); }
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
    annotations, bareMatches,
  };
}
