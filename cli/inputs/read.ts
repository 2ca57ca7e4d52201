/**
 * An input → DocumentText: reads the file's bytes (standard input's were read before) and
 * hands them to the reader for its name, turning every way that can fail into a ReadError
 * with a one-line reason.
 */
import { readFile } from 'node:fs/promises';
import { InputError, type DocumentText } from '../../lib/input/index.ts';
import { ReadError } from '../errors.ts';
import { readerFor } from './readers.ts';

/** What "-" is called in messages and in the output. */
export const STDIN = '-';

export interface Input {
  /** The path as the user gave it or as found in a folder; STDIN for standard input. */
  path: string;
  /** The bytes, when they were read already (standard input). */
  bytes?: Uint8Array;
  /** Why it cannot be read, when that is known before reading (a folder that cannot be listed). */
  problem?: string;
}

export function reasonFor(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'ENOTDIR': return 'no such file (a part of the path is not a directory)';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ENAMETOOLONG': return 'the file name is too long';
    case 'ELOOP': return 'too many symbolic links';
    default: return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

/** All of standard input. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The document text of an input and its size in bytes; throws ReadError. */
export async function readDocument(input: Input): Promise<DocumentText & { size: number }> {
  const { path } = input;
  const shown = path === STDIN ? 'standard input' : path;
  if (input.problem) throw new ReadError(shown, input.problem);
  let bytes = input.bytes;
  if (!bytes) {
    try {
      bytes = await readFile(path);
    } catch (err) {
      throw new ReadError(shown, reasonFor(err));
    }
  }
  try {
    const name = path === STDIN ? 'stdin' : path;
    return { ...(await readerFor(name).read(bytes, name)), size: bytes.length };
  } catch (err) {
    if (err instanceof InputError) throw new ReadError(shown, err.message);
    throw err;
  }
}
