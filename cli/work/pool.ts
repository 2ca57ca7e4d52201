/**
 * Who reads the inputs: the main thread itself (one file, or --jobs 1), or a pool of worker
 * threads, one input at a time each. A worker that dies (out of memory on a huge file, a
 * crash) fails only the input it had, with the reason, and is replaced.
 */
import { Worker } from 'node:worker_threads';
import type { Input } from '../inputs/read.ts';
import { processInput, type Outcome, type Plan } from './process.ts';

export interface Runner {
  run(input: Input): Promise<Outcome>;
  close(): Promise<void>;
}

export function inProcess(plan: Plan): Runner {
  return { run: (input) => processInput(input, plan), close: async () => {} };
}

interface Job {
  id: number;
  input: Input;
  resolve(outcome: Outcome): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  dead: boolean;
}

export interface WorkerOptions {
  /** dist/cli/worker.js, or cli/work/worker.ts when run from source with tsx. */
  url: URL;
  execArgv?: string[];
}

export function workerPool(plan: Plan, size: number, options: WorkerOptions): Runner {
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closing = false;

  const give = (slot: Slot): void => {
    const job = queue.shift();
    slot.job = job ?? null;
    if (!job) return;
    // Copied, not transferred: standard input's Buffer may share Node's pool.
    slot.worker.postMessage({ id: job.id, input: job.input });
  };

  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(options.url, { workerData: { plan }, execArgv: options.execArgv }), job: null, dead: false };
    const lost = (why: string): void => {
      if (slot.dead) return; // 'error' is followed by 'exit'
      slot.dead = true;
      const job = slot.job;
      slot.job = null;
      if (job) job.resolve({ ok: false, file: job.input.path, reason: `internal error: the worker reading it stopped (${why})` });
      if (closing) return;
      // Replace the worker; it takes the next input.
      const i = slots.indexOf(slot);
      if (i >= 0) slots.splice(i, 1);
      void slot.worker.terminate();
      give(spawnInto());
    };
    slot.worker.on('message', ({ id, outcome }: { id: number; outcome: Outcome }) => {
      const job = slot.job;
      if (!job || job.id !== id) return;
      job.resolve(outcome);
      give(slot);
    });
    slot.worker.on('error', (err) => lost(err.message.split('\n')[0]!));
    slot.worker.on('exit', (code) => {
      if (!closing) lost(`exit code ${code}`);
    });
    return slot;
  };
  const spawnInto = (): Slot => {
    const slot = spawn();
    slots.push(slot);
    return slot;
  };
  for (let i = 0; i < size; i++) spawnInto();

  return {
    run(input) {
      return new Promise<Outcome>((resolve) => {
        queue.push({ id: nextId++, input, resolve });
        const idle = slots.find((s) => s.job === null);
        if (idle) give(idle);
      });
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
