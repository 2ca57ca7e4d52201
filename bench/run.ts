/**
 * `npm run bench`: every benchmark, each against its baseline measured in the same run.
 * Prints a table; `--json` prints the raw figures. Targets are reported, not asserted:
 * speed is never a pass/fail condition of the test suite.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { benchEngine } from './engine.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const r = benchEngine(join(root, '../shared/corpus'));
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ engine: r }, null, 2));
} else {
  const f = (x: number): string => x.toFixed(2);
  console.log(`Gazette Lens benchmarks — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}`);
  console.log('');
  console.log(`Engine (Node): ${r.chars} characters (the three corpus texts), median of ${r.runs} runs, per 100k characters`);
  console.log(`  extract() (text model + all extractors + documents)  ${f(r.engineMsPer100k)} ms   target ≤ 10 ms   ${r.engineMsPer100k <= 10 ? 'met' : 'NOT met'}`);
  console.log(`    of which the text model (normalise)               ${f(r.normaliseMsPer100k)} ms`);
  console.log(`  baseline: one bare regex pass                       ${f(r.bareMsPer100k)} ms`);
  console.log(`  ratio extract / bare pass                           ${f(r.ratio)}×    target ≤ 3×     ${r.ratio <= 3 ? 'met' : 'NOT met'}`);
  console.log(`  (${r.annotations} annotations; the bare pass matched ${r.bareMatches} spans, with no fields, roles or offsets mapping)`);
}
