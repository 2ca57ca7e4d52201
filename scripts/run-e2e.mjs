#!/usr/bin/env node
// `npm run test:e2e`: the built extension in real browsers (tests/e2e/*.test.ts), one file
// at a time (each starts its own browser), through Node's test runner with tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const out of ['.output/chrome-mv3/manifest.json', '.output/firefox-mv3/manifest.json']) {
  if (!existsSync(join(root, out))) {
    console.error(`run-e2e: ${out} is missing: run npm run build and npm run build:firefox first`);
    process.exit(1);
  }
}
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'tests/e2e'))
  .filter((f) => f.endsWith('.test.ts') && (!only.length || only.some((o) => f.includes(o))))
  .map((f) => join('tests/e2e', f));
if (!files.length) {
  console.error('run-e2e: no end-to-end test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { cwd: root, stdio: 'inherit' });
process.exit(r.status ?? 1);
