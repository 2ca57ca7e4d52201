#!/usr/bin/env node
// `npm run build:components`: the web components as one ES module any page can load —
// dist/components/gazette-lens.js defines <gazette-lens-document>, <gl-card>, <gl-outline> and
// <gl-launcher> (lit, the engine and mark.js bundled in), with the demo page of components/demo,
// and custom-elements.json: the manifest @custom-elements-manifest/analyzer reads off the
// elements' classes and JSDoc (@event, @csspart, @cssproperty, @attr), checked here to name
// every element with its events.
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
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
// The manifest, then a check that it says what a page needs to know.
const sources = ['components/document/gazette-lens-document.ts', 'components/card/gl-card.ts', 'components/outline/gl-outline.ts', 'components/launcher/gl-launcher.ts', 'components/popup/gl-popup.ts', 'components/library/gl-library.ts', 'components/library/gl-options.ts'];
const cem = spawnSync(process.execPath, [join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--litelement', '--quiet', '--globs', ...sources, '--outdir', 'dist/components'], { cwd: root, encoding: 'utf8' });
if (cem.status !== 0) {
  console.error(`build:components: the manifest analyzer failed\n${cem.stderr}`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(outDir, 'custom-elements.json'), 'utf8'));
const declared = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
const expected = { 'gazette-lens-document': ['gl-ready', 'gl-select', 'gl-watch'], 'gl-card': ['gl-close', 'gl-watch'], 'gl-outline': ['gl-select'], 'gl-launcher': ['gl-toggle'] };
for (const [tag, events] of Object.entries(expected)) {
  const names = new Set((declared.get(tag)?.events ?? []).map((e) => e.name));
  const missing = declared.has(tag) ? events.filter((e) => !names.has(e)) : [`<${tag}> itself`];
  if (missing.length) {
    console.error(`build:components: custom-elements.json lacks ${missing.join(', ')} for <${tag}>`);
    process.exit(1);
  }
}
const bytes = statSync(outfile).size;
const gz = gzipSync(readFileSync(outfile)).length;
// The demo page (npm start -- components) beside the module it loads.
for (const f of readdirSync(join(root, 'components/demo'))) copyFileSync(join(root, 'components/demo', f), join(outDir, f));
console.log(`build:components: ${outfile.slice(root.length + 1)} (${(bytes / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip), custom-elements.json (${declared.size} elements), the demo page`);
