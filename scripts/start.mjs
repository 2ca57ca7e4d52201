#!/usr/bin/env node
// `npm start`: builds the extension, then prints the engine's brief of the bundled sample
// gazette (tests/fixtures/sample-gazette.txt, 威海市环翠区人民政府公报 2020年第3期).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!existsSync(join(root, 'node_modules'))) run('npm', ['ci']);
console.log('== Building the extension (Chromium, MV3) → .output/chrome-mv3');
run('npx', ['wxt', 'build']);
console.log('\n== Brief of the sample gazette');
run(process.execPath, [join(root, 'bin/gazette-lens.js'), 'extract', join(root, 'tests/fixtures/sample-gazette.txt'), '--format', 'md']);
