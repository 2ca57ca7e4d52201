/**
 * One output format on a text of a given size, timed alone: the engine's result for the
 * text is made by joining the results of its pieces (the corpus texts, offsets moved), so
 * that only the format is measured. Run by bench/cli.ts in a fresh process for each measure:
 *   node --import tsx bench/cli-formats.ts FORMAT MB   → {"ms": …} (best of two, after a
 *   warm-up on 1 MB). FORMAT: an extract format, or summary-md / summary-csv / summary-json.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../lib/extract/index.ts';
import type { Annotation, ExtractionResult } from '../lib/schema.ts';
import { detectText } from '../cli/detect.ts';
import { loadFormat } from '../cli/format/index.ts';
import { digest } from '../cli/summary/digest.ts';
import { SummaryBuilder } from '../cli/summary/build.ts';
import { summaryCsv } from '../cli/summary/csv.ts';
import { summaryJson } from '../cli/summary/json.ts';
import { summaryMarkdown } from '../cli/summary/markdown.ts';
import { EXTRACT_FORMATS, SUMMARY_FORMATS, type FileResult } from '../cli/types.ts';

const TODAY = '2026-11-22';
const MB = 1024 * 1024;

export const SCALE_FORMATS: readonly string[] = [...EXTRACT_FORMATS, ...SUMMARY_FORMATS.map((f) => `summary-${f}`)];

export function corpusTexts(corpusDir: string): string[] {
  return readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
}

/** A text of about `mb` megabytes (UTF-8) made of the corpus texts, and the engine's result for it. */
export function bigText(texts: string[], mb: number, results: ExtractionResult[]): { text: string; result: ExtractionResult } {
  const parts: string[] = [];
  const annotations: Annotation[] = [];
  const documents: ExtractionResult['documents'] = [];
  let offset = 0;
  let bytes = 0;
  for (let i = 0; bytes < mb * MB; i++) {
    const k = i % texts.length;
    const text = `${texts[k]!}\n\n`;
    const r = results[k]!;
    const docBase = documents.length;
    for (const d of r.documents) documents.push({ ...d, start: d.start + offset, end: d.end + offset });
    for (const a of r.annotations) {
      const moved = { ...a, start: a.start + offset, end: a.end + offset } as Annotation;
      if (moved.kind !== 'docnum' && moved.document !== undefined) moved.document += docBase;
      if (moved.kind === 'unit') {
        moved.group += offset;
        if (moved.taskStart !== undefined) moved.taskStart += offset;
        if (moved.taskEnd !== undefined) moved.taskEnd += offset;
      }
      annotations.push(moved);
    }
    parts.push(text);
    offset += text.length;
    bytes += Buffer.byteLength(text);
  }
  return { text: parts.join(''), result: { annotations, documents, errors: [], today: TODAY } };
}

export async function formatTime(format: string, f: FileResult): Promise<number> {
  const t = performance.now();
  if ((EXTRACT_FORMATS as readonly string[]).includes(format)) {
    const fmt = await loadFormat(format as (typeof EXTRACT_FORMATS)[number]);
    const context = { today: TODAY, multiple: false };
    let out = fmt.head(context) + fmt.file(f, context).chunk;
    out += fmt.tail(undefined, context, () => {});
    if (!out.length) throw new Error(`${format}: empty output`);
  } else {
    const builder = new SummaryBuilder(TODAY, { unit: null, kinds: null, from: null, to: null });
    builder.add(digest(f));
    const s = builder.build();
    const name = format.replace('summary-', '');
    let out = '';
    for (const chunk of name === 'md' ? summaryMarkdown(s, null) : name === 'json' ? summaryJson(s, null) : summaryCsv(s, 'deadlines')) out += chunk;
    if (!out.length) throw new Error(`${format}: empty output`);
  }
  return performance.now() - t;
}

async function main(format: string | undefined, mb: number): Promise<void> {
  if (!format || !SCALE_FORMATS.includes(format) || !(mb > 0)) {
    console.error(`usage: node --import tsx bench/cli-formats.ts ${SCALE_FORMATS.join('|')} MB`);
    process.exit(2);
  }
  const texts = corpusTexts(join(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus'));
  const results = texts.map((t) => extract(t, { today: TODAY }));
  const fileOf = (x: { text: string; result: ExtractionResult }): FileResult =>
    ({ file: `${mb}mb.txt`, text: x.text, kind: 'text', encoding: 'utf-8', result: x.result, detection: detectText(x.text, x.result) });
  const warm = fileOf(bigText(texts, 1, results));
  await formatTime(format, warm);
  await formatTime(format, warm);
  const f = fileOf(bigText(texts, mb, results));
  const ms = Math.min(await formatTime(format, f), await formatTime(format, f));
  console.log(JSON.stringify({ ms }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main(process.argv[2], Number(process.argv[3]));
