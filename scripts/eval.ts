/**
 * `npm run eval`: the engine against the hand-labelled gold, for each set of texts:
 * spans (`<name>.json`: precision/recall/F1 per kind) and documents (`<name>.docs.json`:
 * segmentation precision/recall/F1 and the accuracy of every document field).
 * `--verbose` lists every miss, extra and wrong field; `--markdown` prints the tables for ACCURACY.md.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../lib/extract/index.ts';
import { score, sum, type Scores } from '../lib/eval/score.ts';
import { DOC_FIELDS, scoreDocuments, sumDocuments, type DocGold, type DocScores } from '../lib/eval/doc-score.ts';
import type { Annotation } from '../lib/schema.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose');
const markdown = process.argv.includes('--markdown');
/** The day span labels were judged against (deadline dates do not depend on it). */
const SPAN_TODAY = '2026-11-22';

const pct = (x: number): string => x.toFixed(3);
const sets: Array<[string, string, string]> = [
  ['corpus (../shared/corpus, labelled in tests/fixtures/gold)', join(root, 'tests/fixtures/gold'), join(root, '../shared/corpus')],
  ['dev (tests/fixtures/dev: h1–h4 written and labelled without the engine, then used to fix rules; d5– written by the engine\'s developer, labelled before the engine was run on them)', join(root, 'tests/fixtures/dev'), join(root, 'tests/fixtures/dev')],
];
const heldoutDir = join(root, 'tests/fixtures/heldout');
if (existsSync(heldoutDir) && readdirSync(heldoutDir).some((f) => f.endsWith('.json'))) {
  sets.push(['held-out (tests/fixtures/heldout: written and labelled without the engine, never tuned on)', heldoutDir, heldoutDir]);
}

const ov = (a: Annotation, b: Annotation): boolean => a.start < b.end && b.start < a.end;

function spanMisses(source: string, text: string, gold: Annotation[], pred: Annotation[]): void {
  const ctx = (a: Annotation): string => JSON.stringify(text.slice(Math.max(0, a.start - 12), a.end + 8));
  for (const g of gold) {
    const p = pred.find((x) => x.kind === g.kind && ov(x, g));
    if (!p) console.log(`${source} MISS  ${g.kind} ${JSON.stringify(g.text)} ${ctx(g)}`);
    else if (g.kind === 'docnum' && (p.start !== g.start || p.end !== g.end)) console.log(`${source} SPAN  docnum ${JSON.stringify(g.text)} got ${JSON.stringify(p.text)}`);
    else if (g.kind === 'deadline' && p.kind === 'deadline' && (g.type !== p.type || g.date !== p.date)) console.log(`${source} FIELD deadline ${JSON.stringify(g.text)} ${g.type}/${g.date} got ${p.type}/${p.date}`);
    else if (g.kind === 'unit' && p.kind === 'unit' && g.role !== p.role) console.log(`${source} ROLE  unit ${JSON.stringify(g.text)} ${g.role} got ${p.role} ${ctx(g)}`);
    else if (g.kind === 'unit' && (p.start !== g.start || p.end !== g.end)) console.log(`${source} SPAN  unit ${JSON.stringify(g.text)} got ${JSON.stringify(p.text)}`);
  }
  for (const p of pred) if (!gold.some((g) => g.kind === p.kind && ov(g, p))) console.log(`${source} EXTRA ${p.kind} ${JSON.stringify(p.text)} ${ctx(p)}`);
}

function docMisses(source: string, s: DocScores): void {
  for (const g of s.missed) console.log(`${source} MISS  document at ${g.start} ${JSON.stringify(g.title)}`);
  for (const p of s.extra) console.log(`${source} EXTRA document at ${p.start} ${JSON.stringify(p.title)}`);
  for (const w of s.wrong) {
    for (const m of w.misses) console.log(`${source} FIELD document at ${w.gold.start} ${m.field}: gold ${m.gold} got ${m.got}`);
  }
}

function printSpans(title: string, rows: Array<[string, Scores]>): void {
  console.log(markdown ? `\n### ${title}\n` : `\n== ${title}`);
  if (markdown) {
    console.log('| file | docnum P / R / F1 | deadline P / R / F1 | type acc | date acc | unit P / R / F1 (chars) | role acc |');
    console.log('|---|---|---|---|---|---|---|');
    for (const [name, s] of rows) {
      console.log(`| ${name} | ${pct(s.docnum.precision)} / ${pct(s.docnum.recall)} / **${pct(s.docnum.f1)}** | ${pct(s.deadline.precision)} / ${pct(s.deadline.recall)} / **${pct(s.deadline.f1)}** | ${pct(s.deadline.typeAccuracy)} | ${pct(s.deadline.dateAccuracy)} | ${pct(s.unit.precision)} / ${pct(s.unit.recall)} / **${pct(s.unit.f1)}** | ${pct(s.unit.roleAccuracy)} |`);
    }
    return;
  }
  for (const [name, s] of rows) {
    console.log(name);
    console.log(`  docnum    P ${pct(s.docnum.precision)}  R ${pct(s.docnum.recall)}  F1 ${pct(s.docnum.f1)}  (tp ${s.docnum.tp}, fp ${s.docnum.fp}, fn ${s.docnum.fn})`);
    console.log(`  deadline  P ${pct(s.deadline.precision)}  R ${pct(s.deadline.recall)}  F1 ${pct(s.deadline.f1)}  type ${pct(s.deadline.typeAccuracy)}  date ${pct(s.deadline.dateAccuracy)}  (tp ${s.deadline.tp}, fp ${s.deadline.fp}, fn ${s.deadline.fn})`);
    console.log(`  unit      P ${pct(s.unit.precision)}  R ${pct(s.unit.recall)}  F1 ${pct(s.unit.f1)}  role ${pct(s.unit.roleAccuracy)}  (characters: tp ${s.unit.tp}, fp ${s.unit.fp}, fn ${s.unit.fn})`);
  }
}

function printDocuments(title: string, rows: Array<[string, DocScores, number]>): void {
  console.log(markdown ? `\n#### documents: ${title}\n` : `\n== documents: ${title}`);
  if (markdown) {
    console.log(`| file | documents | segmentation P / R / F1 | ${DOC_FIELDS.join(' | ')} |`);
    console.log(`|---|---|---|${DOC_FIELDS.map(() => '---|').join('')}`);
    for (const [name, s, n] of rows) {
      console.log(`| ${name} | ${n} | ${pct(s.segmentation.precision)} / ${pct(s.segmentation.recall)} / **${pct(s.segmentation.f1)}** | ${DOC_FIELDS.map((f) => pct(s.fields[f].accuracy)).join(' | ')} |`);
    }
    return;
  }
  for (const [name, s, n] of rows) {
    console.log(`${name}  (${n} gold documents)`);
    console.log(`  segmentation  P ${pct(s.segmentation.precision)}  R ${pct(s.segmentation.recall)}  F1 ${pct(s.segmentation.f1)}  (tp ${s.segmentation.tp}, fp ${s.segmentation.fp}, fn ${s.segmentation.fn})`);
    console.log(`  fields        ${DOC_FIELDS.map((f) => `${f} ${pct(s.fields[f].accuracy)}`).join('  ')}`);
  }
}

for (const [title, labelDir, textDir] of sets) {
  const spanRows: Array<[string, Scores]> = [];
  const docRows: Array<[string, DocScores, number]> = [];
  const names = readdirSync(labelDir).filter((f) => f.endsWith('.json')).map((f) => f.replace(/(\.docs)?\.json$/, ''));
  for (const name of [...new Set(names)].sort()) {
    const spanFile = join(labelDir, `${name}.json`);
    const docFile = join(labelDir, `${name}.docs.json`);
    const spanGold = existsSync(spanFile) ? (JSON.parse(readFileSync(spanFile, 'utf8')) as { source: string; annotations: Annotation[] }) : null;
    const docGold = existsSync(docFile) ? (JSON.parse(readFileSync(docFile, 'utf8')) as DocGold) : null;
    const source = spanGold?.source ?? docGold!.source;
    const text = readFileSync(join(textDir, source), 'utf8');
    if (spanGold) {
      const pred = extract(text, { today: SPAN_TODAY }).annotations;
      spanRows.push([source, score(text, spanGold.annotations, pred)]);
      if (verbose) spanMisses(source, text, spanGold.annotations, pred);
    }
    if (docGold) {
      const docs = extract(text, { today: docGold.today }).documents;
      const s = scoreDocuments(text, docGold.documents, docs);
      docRows.push([source, s, docGold.documents.length]);
      if (verbose) docMisses(source, s);
    }
  }
  if (spanRows.length) {
    spanRows.push(['all', sum(spanRows.map(([, s]) => s))]);
    printSpans(title, spanRows);
  }
  if (docRows.length) {
    docRows.push(['all', sumDocuments(docRows.map(([, s]) => s)), docRows.reduce((n, [, , k]) => n + k, 0)]);
    printDocuments(title, docRows);
  }
}

// The corpus as PDFs (tests/fixtures/pdf: each corpus text printed by Chromium, read back by
// PDF.js as the reader page and the command line read it), scored against the same gold moved
// onto the PDF's text by its strings (lib/eval/remap.ts), beside the .txt's own scores.
{
  const { buildPdfFixtures, PDF_DIR } = await import('./build-pdf-fixtures.ts');
  const { readPdfFile } = await import('../cli/inputs/pdf.ts');
  const { remapSpans } = await import('../lib/eval/remap.ts');
  let fixtures: Awaited<ReturnType<typeof buildPdfFixtures>> | null = null;
  try {
    fixtures = await buildPdfFixtures({ ensure: true });
  } catch (err) {
    console.log(`\n== corpus as PDF: not scored (the PDF fixtures could not be built: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
  }
  if (fixtures) {
    const goldDir = join(root, 'tests/fixtures/gold');
    const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.endsWith('.docs.json')).map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { source: string; annotations: Annotation[] });
    const pdfRows: Array<[string, Scores]> = [];
    const txtRows: Array<[string, Scores]> = [];
    for (const f of fixtures.filter((x) => x.file.startsWith('corpus-'))) {
      const gold = golds.find((g) => g.source === f.source);
      if (!gold) continue;
      const txt = readFileSync(join(root, '../shared/corpus', f.source!), 'utf8');
      const pdf = (await readPdfFile(readFileSync(join(PDF_DIR, f.file)))).text;
      const pdfGold = remapSpans(txt, pdf, gold.annotations);
      const pred = extract(pdf, { today: SPAN_TODAY }).annotations;
      pdfRows.push([f.file, score(pdf, pdfGold, pred)]);
      txtRows.push([f.source!, score(txt, gold.annotations, extract(txt, { today: SPAN_TODAY }).annotations)]);
      if (verbose) spanMisses(f.file, pdf, pdfGold, pred);
    }
    if (pdfRows.length) {
      const all = sum(pdfRows.map(([, s]) => s));
      const base = sum(txtRows.map(([, s]) => s));
      pdfRows.push(['all', all]);
      printSpans('corpus as PDF (tests/fixtures/pdf/corpus-*.pdf, printed by Chromium, read by PDF.js; gold moved by strings)', pdfRows);
      const gap = (k: 'docnum' | 'deadline' | 'unit'): string => `${k} ${pct(all[k].f1)} vs .txt ${pct(base[k].f1)} (${all[k].f1 - base[k].f1 >= -0.02 ? 'within 0.02: met' : 'NOT met'})`;
      console.log(`${markdown ? '\n' : ''}PDF vs .txt F1: ${gap('docnum')}; ${gap('deadline')}; ${gap('unit')}`);
    }
  }
}
