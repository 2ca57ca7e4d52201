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

/** Why a write failed, in a few words. */
function writeReason(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') return 'no space left on the device';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EIO') return 'input/output error';
  return code ?? err.message;
}

/** Resolves when the stream has room again, or has failed; leaves no listener behind. */
function drained(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('error', done);
  });
}

function sinkOf(stream: Writable, onEnd: () => Promise<void>): Sink {
  let failure: Error | null = null;
  stream.on('error', (err) => (failure = err));
  const check = (): void => {
    if (failure) throw new OutputError(`cannot write the output: ${writeReason(failure)}`);
  };
  return {
    async write(text) {
      check();
      if (!text) return;
      if (!stream.write(text)) await drained(stream);
      check();
    },
    async end() {
      check();
      await onEnd();
    },
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
