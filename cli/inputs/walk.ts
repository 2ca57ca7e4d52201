/**
 * PATH... → the inputs to read, in order: a file as given, a folder searched recursively for
 * the endings the readers know (cli/inputs/readers.ts; names starting with "." are skipped,
 * entries in name order), "-" for standard input. Nothing is read here but standard input:
 * a path that cannot be used becomes an input with its problem, reported in its place.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.ts';
import { extensionOf, folderEndings, folderReader, NOT_READ_YET } from './readers.ts';
import { readStdin, reasonFor, STDIN, type Input } from './read.ts';

export interface Skipped {
  folder: string;
  extension: string;
  count: number;
  why: string;
}

export interface Expanded {
  inputs: Input[];
  /** Files in folders whose ending is known but not read yet (.pdf), per folder given. */
  skipped: Skipped[];
  /** A folder was given (so the output describes several files, however many are found). */
  folders: boolean;
}

export interface ExpandOptions {
  /** An absolute path never to read (the output file, when it lies in a folder given). */
  exclude?: string | null;
  /** For tests and benchmarks: where "-" reads from. */
  stdin?: () => Promise<Uint8Array>;
}

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

async function walkFolder(folder: string, out: Input[], skipped: Map<string, number>, seen: Set<string>, exclude: string | null): Promise<void> {
  let entries;
  try {
    const real = await realpath(folder);
    if (seen.has(real)) return; // a symbolic link back up the tree
    seen.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (err) {
    out.push({ path: folder, problem: `${reasonFor(err)} (folder not read)` });
    return;
  }
  for (const entry of entries.sort(byName)) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link is not a document
      }
    }
    if (isDir) {
      await walkFolder(path, out, skipped, seen, exclude);
    } else if (isFile) {
      if (exclude && resolve(path) === exclude) continue;
      if (folderReader(entry.name)) out.push({ path });
      else {
        const ext = extensionOf(entry.name);
        if (NOT_READ_YET[ext]) skipped.set(ext, (skipped.get(ext) ?? 0) + 1);
      }
    }
  }
}

export async function expandPaths(paths: readonly string[], options: ExpandOptions = {}): Promise<Expanded> {
  const inputs: Input[] = [];
  const skipped: Skipped[] = [];
  const exclude = options.exclude ?? null;
  let folders = false;
  let stdinUsed = false;
  for (const path of paths) {
    if (path === STDIN) {
      if (stdinUsed) throw new UsageError("'-' (standard input) can be given only once");
      stdinUsed = true;
      inputs.push({ path, bytes: await (options.stdin ?? readStdin)() });
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      inputs.push({ path, problem: reasonFor(err) });
      continue;
    }
    if (!info.isDirectory()) {
      inputs.push({ path });
      continue;
    }
    folders = true;
    const found: Input[] = [];
    const counts = new Map<string, number>();
    await walkFolder(path, found, counts, new Set(), exclude);
    for (const [extension, count] of counts) skipped.push({ folder: path, extension, count, why: NOT_READ_YET[extension]! });
    if (!found.length) found.push({ path, problem: `is a folder with no ${folderEndings()} files in it` });
    for (const input of found) inputs.push(input); // no push(...found): a folder may hold 100k files
  }
  return { inputs, skipped, folders };
}
