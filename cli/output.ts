/**
 * Where the output goes: standard output, or the file of -o. Writes wait when the reader is
 * slower (a pipe, a disk): what is not written yet is not piled up in memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { OutputError } from './errors.ts';
import { reasonFor } from './inputs/read.ts';

export interface Sink {
  write(text: string): Promise<void>;
  end(): Promise<void>;
}

function sinkOf(stream: Writable, onEnd: () => Promise<void>): Sink {
  let failure: Error | null = null;
  stream.on('error', (err) => (failure = err));
  return {
    async write(text) {
      if (failure) throw failure;
      if (!text) return;
      if (!stream.write(text)) await Promise.race([once(stream, 'drain'), once(stream, 'error')]);
      if (failure) throw failure;
    },
    end: onEnd,
  };
}

export function stdoutSink(): Sink {
  return sinkOf(process.stdout, async () => {});
}

/** Opens FILE for writing (created or emptied); throws OutputError with the reason. */
export async function fileSink(path: string): Promise<Sink> {
  const stream = createWriteStream(path, { flags: 'w' });
  try {
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([err]) => Promise.reject(err))]);
  } catch (err) {
    throw new OutputError(`cannot write '${path}': ${reasonFor(err).replace('no such file', 'no such folder')}`);
  }
  return sinkOf(stream, async () => {
    stream.end();
    await once(stream, 'finish');
  });
}
