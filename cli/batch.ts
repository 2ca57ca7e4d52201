/**
 * What `extract` and `summary` share: PATH... expanded into inputs, the output opened, the
 * inputs read by the main thread or by worker threads, their outcomes handed over one by
 * one as a stream, messages and the progress line on standard error. A file that cannot be
 * read is named with the reason and the others go on; the exit status says so.
 */
import { resolve } from 'node:path';
import { UsageError } from './errors.ts';
import { STDIN } from './inputs/read.ts';
import { expandPaths, type Expanded } from './inputs/walk.ts';
import { fileSink, stdoutSink, type Sink } from './output.ts';
import { reporter } from './progress.ts';
import { inProcess, workerPool, type WorkerOptions } from './work/pool.ts';
import type { Outcome, Plan } from './work/process.ts';
import { outcomes } from './work/stream.ts';

export const NAME = 'gazette-lens';

/** The world a command runs in (tests and benchmarks give their own). */
export interface Env {
  /** Writes to standard error as it is. */
  stderr(text: string): void;
  stderrIsTerminal: boolean;
  worker: WorkerOptions;
  stdin?: () => Promise<Uint8Array>;
}

export interface BatchRequest {
  paths: readonly string[];
  output: string | undefined;
  jobs: number;
  /** What each input is turned into, once the paths are expanded. */
  plan(expanded: Expanded): Plan;
  ordered: boolean;
}

export interface BatchHandler {
  begin(sink: Sink, expanded: Expanded): Promise<void>;
  outcome(outcome: Outcome, sink: Sink): Promise<void>;
  end(sink: Sink, note: (message: string) => void): Promise<void>;
}

/** Runs the batch; returns the exit status: 0 every input read, 1 some could not be. */
export async function runBatch(env: Env, request: BatchRequest, handler: BatchHandler): Promise<number> {
  const outputPath = request.output ? resolve(request.output) : null;
  const expanded = await expandPaths(request.paths, { exclude: outputPath, stdin: env.stdin });
  const { inputs } = expanded;
  if (outputPath && inputs.some((i) => i.path !== STDIN && resolve(i.path) === outputPath)) {
    throw new UsageError(`-o ${request.output} is also one of the inputs: write the output to another file`);
  }
  const sink = request.output ? await fileSink(request.output) : stdoutSink();
  const report = reporter({ write: env.stderr, terminal: env.stderrIsTerminal, total: inputs.length, name: NAME });
  for (const s of expanded.skipped) {
    report.say(`note: ${s.folder}: skipped ${s.count} ${s.extension} ${s.count === 1 ? 'file' : 'files'} (${s.why})`);
  }
  const workers = Math.min(request.jobs, inputs.length);
  const plan = request.plan(expanded);
  const runner = workers > 1 ? workerPool(plan, workers, env.worker) : inProcess(plan);
  let failures = 0;
  try {
    await handler.begin(sink, expanded);
    for await (const outcome of outcomes(inputs, runner, { window: Math.max(4, workers * 4), ordered: request.ordered })) {
      if (outcome.ok) {
        for (const w of outcome.warnings) report.say(w);
      } else {
        failures++;
        report.say(`${outcome.file === STDIN ? 'standard input' : outcome.file}: ${outcome.reason}`);
      }
      report.done(outcome.ok);
      await handler.outcome(outcome, sink);
    }
    await handler.end(sink, (m) => report.say(`note: ${m}`));
  } finally {
    report.finish();
    await runner.close();
  }
  await sink.end();
  return failures > 0 ? 1 : 0;
}
