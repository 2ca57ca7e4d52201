#!/usr/bin/env node
// Runs the Node unit tests: every tests/unit/**/*.test.ts and lib/**/*.test.ts, with
// `node --import tsx --test <files>`. Node 20's --test does not expand globs, so the
// files are collected here. Exits with node's exit code; fails when there is no test file.
//
// Usage: npm run test:unit [-- <node test options>]
//   e.g. npm run test:unit -- --test-name-pattern=docnum
// Extra arguments go to node before the file list.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const roots = ['tests/unit', 'lib'];
const SKIP = new Set(['node_modules', '.output', '.wxt', 'dist', 'coverage']);

/** Every *.test.ts below dir (relative to the repo root), sorted; [] if dir is missing. */
function collect(dir) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
  const files = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) files.push(...collect(path));
    } else if (entry.isFile() && entry.name.endsWith('.test.ts')) {
      files.push(path);
    }
  }
  return files.sort();
}

const files = roots.flatMap(collect);
if (files.length === 0) {
  console.error(
    `run-unit: no unit test files found (looked for ${roots.map((r) => `${r}/**/*.test.ts`).join(' and ')} under ${root}).`,
  );
  process.exit(1);
}

console.error(`run-unit: ${files.length} test file(s): ${files.map((f) => relative('.', join(root, f)) || f).join(' ')}`);

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files],
  { cwd: root, stdio: 'inherit' },
);

if (result.error) {
  console.error(`run-unit: could not start node: ${result.error.message}`);
  process.exit(1);
}
if (result.signal) {
  console.error(`run-unit: node was killed by ${result.signal}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
