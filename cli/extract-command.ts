/**
 * `gazette-lens extract PATH...`: every input read, run through the engine and written in
 * the chosen format as a stream — the format's head, one chunk per file as it is done, the
 * tail. Nothing is kept but the format's counts (ics: deadlines left out), so memory stays
 * flat whatever the number of files.
 */
import { localToday } from '../lib/extract/index.ts';
import { runBatch, type Env } from './batch.ts';
import { loadFormat } from './format/index.ts';
import type { ExtractFormat, FormatContext } from './types.ts';

export interface ExtractRequest {
  paths: readonly string[];
  format: ExtractFormat;
  today: string | undefined;
  output: string | undefined;
  jobs: number;
}

export async function runExtract(request: ExtractRequest, env: Env): Promise<number> {
  const today = request.today ?? localToday();
  const format = await loadFormat(request.format);
  let context: FormatContext = { today, multiple: request.paths.length > 1 };
  let written = 0;
  let stats: unknown;
  return runBatch(env, {
    paths: request.paths,
    output: request.output,
    jobs: request.jobs,
    plan(expanded) {
      context = { today, multiple: request.paths.length > 1 || expanded.folders };
      return { command: 'extract', format: request.format, today, multiple: context.multiple };
    },
    ordered: !format.unordered,
  }, {
    async begin(sink) {
      await sink.write(format.head(context));
    },
    async outcome(outcome, sink) {
      const chunk = outcome.chunk;
      if (chunk === undefined || (!outcome.ok && !format.failed)) return;
      await sink.write(written++ > 0 ? format.separator + chunk : chunk);
      if (outcome.ok && outcome.stats !== undefined) stats = format.merge ? format.merge(stats, outcome.stats) : outcome.stats;
    },
    async end(sink, note) {
      await sink.write(format.tail(stats, context, note));
    },
  });
}
