/**
 * FILE → DocumentText: reads the bytes (or standard input for "-") and hands them to
 * lib/input, turning every way that can fail into a ReadError with a one-line reason.
 */
import { readFile, stat } from 'node:fs/promises';
import { documentText, InputError, type DocumentText } from '../lib/input/index.ts';
import { ReadError } from './errors.ts';

const STDIN = '-';

function reasonFor(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'ENOTDIR': return 'no such file (a part of the path is not a directory)';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, not a file';
    case 'ENAMETOOLONG': return 'the file name is too long';
    default: return `cannot be read (${code ?? (err instanceof Error ? err.message : String(err))})`;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function bytesOf(file: string): Promise<Uint8Array> {
  if (file === STDIN) return readStdin();
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ReadError(file, 'is a directory, not a file');
    return await readFile(file);
  } catch (err) {
    if (err instanceof ReadError) throw err;
    throw new ReadError(file, reasonFor(err));
  }
}

/** The document text of FILE; throws ReadError. */
export async function readInput(file: string): Promise<DocumentText> {
  const bytes = await bytesOf(file);
  try {
    return documentText(bytes, file === STDIN ? 'stdin' : file);
  } catch (err) {
    if (err instanceof InputError) throw new ReadError(file === STDIN ? 'standard input' : file, err.message);
    throw err;
  }
}
