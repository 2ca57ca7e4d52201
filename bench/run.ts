/**
 * `npm run bench`: every benchmark, each against its baseline measured in the same run.
 * Prints a table; `--json` prints the raw figures; `--only engine|page|library` runs one part.
 * Targets are reported, not asserted: speed is never a pass/fail condition of the test suite.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { benchEngine, benchScale } from './engine.ts';
import { bundledEngine } from './engine-bundle.ts';
import { benchPage } from './page.ts';
import { benchLibraryInChromium } from './library-page.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const json = args.includes('--json');
const f = (x: number): string => x.toFixed(1);
const met = (ok: boolean): string => (ok ? 'met' : 'NOT met');
const out: Record<string, unknown> = {};

console.log(`Gazette Lens benchmarks — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}\n`);

if (!only || only === 'engine') {
  const r = benchEngine(join(root, '../shared/corpus'), 60, await bundledEngine(root));
  const asLoaded = benchEngine(join(root, '../shared/corpus'), 60);
  out.engine = r;
  out.engineAsLoadedByTsx = asLoaded;
  if (!json) {
    console.log(`Engine (Node): ${r.chars} characters (the three corpus texts), median of ${r.runs} runs, per 100k characters`);
    console.log('  the engine as the extension ships it (lib/extract bundled into one ES module by esbuild):');
    console.log(`  extract() (text model + all extractors + documents)  ${r.engineMsPer100k.toFixed(2)} ms   target ≤ 10 ms   ${met(r.engineMsPer100k <= 10)}`);
    console.log(`    of which the text model (normalise)               ${r.normaliseMsPer100k.toFixed(2)} ms`);
    console.log(`  baseline: one bare regex pass                       ${r.bareMsPer100k.toFixed(2)} ms`);
    console.log(`  ratio extract / bare pass                           ${r.ratio.toFixed(2)}×    target ≤ 3×     ${met(r.ratio <= 3)}`);
    console.log(`  fastest of the ${r.runs} runs: extract ${r.fastest.engineMsPer100k.toFixed(2)} ms, bare ${r.fastest.bareMsPer100k.toFixed(2)} ms, ratio ${r.fastest.ratio.toFixed(2)}×`);
    console.log(`  (${r.annotations} annotations; the bare pass matched ${r.bareMatches} spans, with no fields, roles or offsets mapping)`);
    console.log(`  the same modules as tsx loads them (CommonJS transform): ${asLoaded.engineMsPer100k.toFixed(2)} ms, ratio ${asLoaded.ratio.toFixed(2)}× (bare ${asLoaded.bareMsPer100k.toFixed(2)} ms)\n`);
  }
  const s = benchScale(join(root, '../shared/corpus'));
  out.engineScale = s;
  if (!json) {
    console.log('Engine (Node) at scale: the corpus repeated, median of 3 extract() runs each');
    for (const z of s.sizes) console.log(`  ${z.mb.toFixed(1)} MB (${z.chars} characters)   ${z.seconds.toFixed(2)} s   ${z.annotations} annotations, ${z.documents} documents`);
    console.log(`  time ratio ${s.timeRatio.toFixed(1)}× for ${s.sizeRatio.toFixed(1)}× the input   target ≤ 12×   ${met(s.timeRatio <= 12)}\n`);
  }
}

if (!only || only === 'page') {
  if (!existsSync(join(root, '.output/chrome-mv3/manifest.json'))) {
    spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const p = await benchPage(3);
  out.page = p;
  if (!json) {
    const ratio = p.baseline.totalMs / p.css.totalMs;
    console.log(`Extension in Chromium: big.html, ${p.chars} visible characters, ${p.textNodes} text nodes, median of ${p.runs} loads`);
    console.log(`  content-script start → all highlights painted`);
    console.log(`    CSS Custom Highlight API engine   ${f(p.css.totalMs)} ms, longest task ${p.css.longestTaskMs ? `${f(p.css.longestTaskMs)} ms` : 'none over 50 ms'}   target ≤ 100 ms ${met(p.css.totalMs <= 100)}, no task > 50 ms ${met(p.css.longestTaskMs <= 50)}`);
    console.log(`    mark.js markRanges engine         ${f(p.mark.totalMs)} ms, longest task ${p.mark.longestTaskMs ? `${f(p.mark.longestTaskMs)} ms` : 'none over 50 ms'}`);
    console.log(`  baseline: mark.js acrossElements over the same ${p.baseline.keywords} annotation texts   ${f(p.baseline.totalMs)} ms, longest task ${f(p.baseline.longestTaskMs)} ms`);
    console.log(`  ratio baseline / CSS engine         ${ratio.toFixed(1)}×   target ≥ 10×   ${met(ratio >= 10)}`);
    console.log(`  highlights painted: ${JSON.stringify(p.css.counts)}; CSS engine phases (ms): ${Object.entries(p.css.phases).map(([k, v]) => `${k} ${f(v)}`).join(', ')}\n`);
  }
}

if (!only || only === 'library') {
  const l = await benchLibraryInChromium();
  out.library = l;
  if (!json) {
    console.log(`Personal library in Chromium (IndexedDB, Dexie): ${l.notes} notes`);
    console.log(`  import of a JSON export with ${l.notes} notes (parse, checks, merge, index, one transaction)   ${f(l.importMs)} ms   target ≤ 1000 ms   ${met(l.importMs <= 1000)}`);
    console.log(`  baseline: a bare IndexedDB add of the same records (no index, no checks)   ${f(l.bareImportMs)} ms   → import is ${(l.importMs / l.bareImportMs).toFixed(1)}× the baseline`);
    console.log(`  search for 「${l.word}」 in the library page (in memory), first ${l.pageSize} results (median of 20)   ${f(l.pageFirstPageMs)} ms   target ≤ 15 ms   ${met(l.pageFirstPageMs <= 15)}`);
    console.log(`  search for 「${l.word}」 in the library page (in memory), all ${l.hits} matching notes (median of 20)   ${f(l.pageSearchMs)} ms   target ≤ 30 ms   ${met(l.pageSearchMs <= 30)}`);
    console.log(`    (its index, made when the page opens or the library changes: ${f(l.pageIndexMs)} ms)`);
    console.log(`  the same search read from IndexedDB (postings): first ${l.pageSize} ${f(l.firstPageMs)} ms, all ${l.hits} ${f(l.searchMs)} ms (no target: the page does not wait on it)\n`);
  }
}

if (json) console.log(JSON.stringify(out, null, 2));
