/**
 * `gazette-lens summary PATH...`: every input read as for extract, each file reduced to its
 * digest where it was read, the digests folded into the corpus tables as they arrive, and
 * the tables written at the end (md, csv — one table — or json).
 */
import { localToday } from '../lib/extract/index.ts';
import type { Filters } from './args.ts';
import { runBatch, type Env } from './batch.ts';
import { SummaryBuilder } from './summary/build.ts';
import type { SummaryFormat, SummaryTable } from './types.ts';

export interface SummaryRequest {
  paths: readonly string[];
  format: SummaryFormat;
  today: string | undefined;
  output: string | undefined;
  jobs: number;
  filters: Filters;
  table: SummaryTable | null;
}

export async function runSummary(request: SummaryRequest, env: Env): Promise<number> {
  const today = request.today ?? localToday();
  const builder = new SummaryBuilder(today, request.filters);
  return runBatch(env, {
    paths: request.paths,
    output: request.output,
    jobs: request.jobs,
    plan: () => ({ command: 'summary', today }),
    ordered: true,
  }, {
    async begin() {},
    async outcome(outcome) {
      if (outcome.ok && outcome.digest) builder.add(outcome.digest);
      else builder.addFailure();
    },
    async end(sink, note) {
      const summary = builder.build();
      if (request.format === 'csv') {
        const table = request.table ?? 'deadlines';
        if (!request.table) note('csv holds one table, here the deadlines: choose another with --table documents|units|citations|repeals');
        const { summaryCsv } = await import('./summary/csv.ts');
        for (const chunk of summaryCsv(summary, table)) await sink.write(chunk);
      } else if (request.format === 'json') {
        const { summaryJson } = await import('./summary/json.ts');
        for (const chunk of summaryJson(summary, request.table)) await sink.write(chunk);
      } else {
        const { summaryMarkdown } = await import('./summary/markdown.ts');
        for (const chunk of summaryMarkdown(summary, request.table)) await sink.write(chunk);
      }
    },
  });
}
