/**
 * One input, start to finish, where it is read (a worker thread, or the main thread for a
 * single file): read and decode it, run the engine, judge whether it looks like a
 * government document, and turn it into what the command writes — the format's chunk for
 * `extract`, a digest for `summary` — so that only that small result leaves the worker.
 * Never throws: every failure is an Outcome with the reason, and the other files go on.
 */
import { extract } from '../../lib/extract/index.ts';
import { detectText, notGovernmentWarning } from '../detect.ts';
import { ReadError } from '../errors.ts';
import { loadFormat } from '../format/index.ts';
import { readDocument, STDIN, type Input } from '../inputs/read.ts';
import type { Digest } from '../summary/digest.ts';
import type { ExtractFormat, FileResult } from '../types.ts';

export type Plan =
  | { command: 'extract'; format: ExtractFormat; today: string; multiple: boolean }
  | { command: 'summary'; today: string };

export type Outcome =
  | { ok: true; file: string; chunk: string; stats?: unknown; digest?: Digest; warnings: string[]; bytes: number }
  | { ok: false; file: string; reason: string; chunk?: string };

const firstLine = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0]!;

async function failed(plan: Plan, file: string, reason: string): Promise<Outcome> {
  const format = plan.command === 'extract' ? await loadFormat(plan.format) : null;
  return { ok: false, file, reason, chunk: format?.failed?.(file, reason) };
}

export async function processInput(input: Input, plan: Plan): Promise<Outcome> {
  const file = input.path;
  let doc;
  try {
    doc = await readDocument(input);
  } catch (err) {
    if (err instanceof ReadError) return failed(plan, file, err.problem);
    return failed(plan, file, `internal error while reading (${firstLine(err)})`);
  }
  let result;
  try {
    result = extract(doc.text, { today: plan.today });
  } catch (err) {
    return failed(plan, file, `internal error in the extraction engine (${firstLine(err)})`);
  }
  const shown = file === STDIN ? 'standard input' : file;
  const detection = detectText(doc.text, result);
  const warnings = result.errors.map((e) => `warning: ${shown}: the ${e.extractor} step failed (${e.message}); results may be incomplete`);
  if (!detection.government) warnings.push(notGovernmentWarning(shown, detection));
  const f: FileResult = { file, text: doc.text, kind: doc.kind, encoding: doc.encoding, result, detection };
  try {
    if (plan.command === 'summary') {
      const { digest } = await import('../summary/digest.ts');
      return { ok: true, file, chunk: '', digest: digest(f), warnings, bytes: doc.size };
    }
    const format = await loadFormat(plan.format);
    const { chunk, stats } = format.file(f, { today: plan.today, multiple: plan.multiple });
    return { ok: true, file, chunk, stats, warnings, bytes: doc.size };
  } catch (err) {
    return failed(plan, file, `internal error while writing the ${plan.command === 'summary' ? 'summary' : plan.format} output (${firstLine(err)})`);
  }
}
