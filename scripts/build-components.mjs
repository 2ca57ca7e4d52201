#!/usr/bin/env node
// `npm run build:components`: the web components as one ES module any page can load —
// dist/components/gazette-lens.js defines <gazette-lens-document>, <gl-card>, <gl-outline> and
// <gl-launcher> (lit, the engine and mark.js bundled in), with the demo page of components/demo.
import { buildSync } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/components');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'gazette-lens.js');
buildSync({
  entryPoints: [join(root, 'components/gazette-lens.ts')],
  outfile,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  // ASCII output: the module is served with any charset header a page's server sends.
  charset: 'ascii',
  legalComments: 'eof',
  logLevel: 'warning',
});
const bytes = statSync(outfile).size;
const gz = gzipSync(readFileSync(outfile)).length;
// The demo page (npm start -- components) beside the module it loads.
for (const f of readdirSync(join(root, 'components/demo'))) copyFileSync(join(root, 'components/demo', f), join(outDir, f));
console.log(`build:components: ${outfile.slice(root.length + 1)} (${(bytes / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip)`);
