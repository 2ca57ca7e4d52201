/**
 * The inputs' outcomes as a stream: up to `window` inputs are being read or waiting to be
 * written at any time, whatever the number of inputs, so memory stays flat; the next input
 * starts as soon as one is written. `ordered`: in the order given (an input that takes long
 * holds back those after it, within the window); else as they finish.
 */
import type { Input } from '../inputs/read.ts';
import type { Outcome } from './process.ts';
import type { Runner } from './pool.ts';

export interface StreamOptions {
  window: number;
  ordered: boolean;
}

export async function* outcomes(inputs: readonly Input[], runner: Runner, { window, ordered }: StreamOptions): AsyncGenerator<Outcome> {
  const ready = new Map<number, Outcome>();
  const finished: number[] = [];
  let started = 0;
  let emitted = 0;
  let wake: (() => void) | null = null;

  const fill = (): void => {
    while (started < inputs.length && started - emitted < window) {
      const i = started++;
      void runner.run(inputs[i]!).then((outcome) => {
        ready.set(i, outcome);
        if (!ordered) finished.push(i);
        wake?.();
      });
    }
  };

  fill();
  while (emitted < inputs.length) {
    const i = ordered ? (ready.has(emitted) ? emitted : undefined) : finished.shift();
    if (i === undefined) {
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      continue;
    }
    const outcome = ready.get(i)!;
    ready.delete(i);
    emitted++;
    fill();
    yield outcome;
  }
}
