/**
 * `npm run eval`: the engine against the hand-labelled gold (tests/fixtures/gold) for each
 * corpus text in ../shared/corpus. Prints precision/recall/F1 per kind and file.
 * `--verbose` lists every miss and extra; `--markdown` prints the table for ACCURACY.md.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../lib/extract/index.ts';
import { score, sum, type Scores } from '../lib/eval/score.ts';
import type { Annotation } from '../lib/schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const goldDir = join(root, 'tests/fixtures/gold');
const corpusDir = join(root, '../shared/corpus');
const verbose = process.argv.includes('--verbose');
const markdown = process.argv.includes('--markdown');

const pct = (x: number): string => x.toFixed(3);
const devDir = join(root, 'tests/fixtures/dev');
const heldoutDir = join(root, 'tests/fixtures/heldout');
const sets: Array<[string, string, string]> = [
  ['corpus (../shared/corpus, labelled in tests/fixtures/gold)', goldDir, corpusDir],
  ['dev (tests/fixtures/dev: written and labelled without the engine, then used to fix rules)', devDir, devDir],
];
if (existsSync(heldoutDir) && readdirSync(heldoutDir).some((f) => f.endsWith('.json'))) {
  sets.push(['held-out (tests/fixtures/heldout: written and labelled without the engine, never tuned on)', heldoutDir, heldoutDir]);
}

for (const [title, labelDir, textDir] of sets) {
const rows: Array<[string, Scores]> = [];
for (const file of readdirSync(labelDir).filter((f) => f.endsWith('.json')).sort()) {
  const gold = JSON.parse(readFileSync(join(labelDir, file), 'utf8')) as { source: string; annotations: Annotation[] };
  const text = readFileSync(join(textDir, gold.source), 'utf8');
  const pred = extract(text, { today: '2026-11-22' }).annotations;
  rows.push([gold.source, score(text, gold.annotations, pred)]);
  if (verbose) {
    const ov = (a: Annotation, b: Annotation): boolean => a.start < b.end && b.start < a.end;
    const ctx = (a: Annotation): string => JSON.stringify(text.slice(Math.max(0, a.start - 12), a.end + 8));
    for (const g of gold.annotations) {
      const p = pred.find((x) => x.kind === g.kind && ov(x, g));
      if (!p) console.log(`${gold.source} MISS  ${g.kind} ${JSON.stringify(g.text)} ${ctx(g)}`);
      else if (g.kind === 'docnum' && (p.start !== g.start || p.end !== g.end)) console.log(`${gold.source} SPAN  docnum ${JSON.stringify(g.text)} got ${JSON.stringify(p.text)}`);
      else if (g.kind === 'deadline' && p.kind === 'deadline' && (g.type !== p.type || g.date !== p.date)) console.log(`${gold.source} FIELD deadline ${JSON.stringify(g.text)} ${g.type}/${g.date} got ${p.type}/${p.date}`);
      else if (g.kind === 'unit' && p.kind === 'unit' && g.role !== p.role) console.log(`${gold.source} ROLE  unit ${JSON.stringify(g.text)} ${g.role} got ${p.role} ${ctx(g)}`);
      else if (g.kind === 'unit' && (p.start !== g.start || p.end !== g.end)) console.log(`${gold.source} SPAN  unit ${JSON.stringify(g.text)} got ${JSON.stringify(p.text)}`);
    }
    for (const p of pred) if (!gold.annotations.some((g) => g.kind === p.kind && ov(g, p))) console.log(`${gold.source} EXTRA ${p.kind} ${JSON.stringify(p.text)} ${ctx(p)}`);
  }
}
rows.push(['all', sum(rows.map(([, s]) => s))]);

console.log(markdown ? `\n### ${title}\n` : `\n== ${title}`);
if (markdown) {
  console.log('| file | docnum P / R / F1 | deadline P / R / F1 | type acc | date acc | unit P / R / F1 (chars) | role acc |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, s] of rows) {
    console.log(`| ${name} | ${pct(s.docnum.precision)} / ${pct(s.docnum.recall)} / **${pct(s.docnum.f1)}** | ${pct(s.deadline.precision)} / ${pct(s.deadline.recall)} / **${pct(s.deadline.f1)}** | ${pct(s.deadline.typeAccuracy)} | ${pct(s.deadline.dateAccuracy)} | ${pct(s.unit.precision)} / ${pct(s.unit.recall)} / **${pct(s.unit.f1)}** | ${pct(s.unit.roleAccuracy)} |`);
  }
} else {
  for (const [name, s] of rows) {
    console.log(name);
    console.log(`  docnum    P ${pct(s.docnum.precision)}  R ${pct(s.docnum.recall)}  F1 ${pct(s.docnum.f1)}  (tp ${s.docnum.tp}, fp ${s.docnum.fp}, fn ${s.docnum.fn})`);
    console.log(`  deadline  P ${pct(s.deadline.precision)}  R ${pct(s.deadline.recall)}  F1 ${pct(s.deadline.f1)}  type ${pct(s.deadline.typeAccuracy)}  date ${pct(s.deadline.dateAccuracy)}  (tp ${s.deadline.tp}, fp ${s.deadline.fp}, fn ${s.deadline.fn})`);
    console.log(`  unit      P ${pct(s.unit.precision)}  R ${pct(s.unit.recall)}  F1 ${pct(s.unit.f1)}  role ${pct(s.unit.roleAccuracy)}  (characters: tp ${s.unit.tp}, fp ${s.unit.fp}, fn ${s.unit.fn})`);
  }
}
}
