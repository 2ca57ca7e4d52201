#!/usr/bin/env node
// Builds the command line into dist/cli/ (`npm run build:cli`; also run by `prepare` and
// `prepack`, so a checkout after `npm ci` and every packed tarball have it): cli/main.ts and
// its worker are bundled by esbuild into plain JavaScript for Node 20, the engine and the
// libraries it uses included, so the installed package runs without TypeScript, without a
// loader; its one runtime dependency, pdfjs-dist, is loaded only to read a PDF. Commands and
// formats are separate chunks loaded on demand: `--version` and `--help` read only dist/cli/main.js.
//
// The licences of the bundled packages are collected into dist/cli/THIRD-PARTY-LICENSES.txt.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'dist/cli');
// Built beside and swapped in at the end, so that a command running meanwhile (a test, a
// benchmark) never finds dist/cli half written.
const out = join(root, `dist/.cli-build-${process.pid}`);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });

let result;
try {
  result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', worker: 'cli/work/worker.ts' },
    outdir: out,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    define: { GAZETTE_LENS_VERSION: JSON.stringify(pkg.version) },
    // Bundled CommonJS packages (ics → nanoid) call require() for Node built-ins.
    banner: { js: "import { createRequire as __glRequire } from 'node:module'; const require = __glRequire(import.meta.url);" },
    legalComments: 'eof',
    metafile: true,
    // PDF.js stays a dependency of the package (installed with it): it loads its worker, cmaps
    // and standard fonts from its own folder, which a bundle would not have.
    external: ['pdfjs-dist', 'pdfjs-dist/*'],
    logLevel: 'warning',
  });
} catch {
  // esbuild has printed what is wrong, file and line.
  rmSync(out, { recursive: true, force: true });
  console.error('build-cli: the command line could not be built (see above)');
  process.exit(1);
}

/** node_modules/<name> or node_modules/@scope/<name> of every bundled file. */
const packages = new Set();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packages.add(input.slice(0, m.index + m[0].length - 1).replace(/^\//, ''));
}
const notices = [];
for (const dir of [...packages].sort()) {
  const abs = join(root, dir);
  const meta = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8'));
  const file = readdirSync(abs).find((f) => /^(?:licen[cs]e|copying)(?:\.\w+)?$/i.test(f));
  const text = file ? readFileSync(join(abs, file), 'utf8').trim() : `(no licence file in the package; package.json says ${meta.license ?? 'nothing'})`;
  notices.push(`${meta.name}@${meta.version} (${meta.license ?? 'unknown'})\n\n${text}\n`);
}
writeFileSync(
  join(out, 'THIRD-PARTY-LICENSES.txt'),
  `Packages bundled into the gazette-lens command line (dist/cli/), with their licences.\n\n${notices.join('\n---\n\n')}`,
);

if (!existsSync(join(out, 'main.js')) || !existsSync(join(out, 'worker.js'))) {
  console.error('build-cli: main.js or worker.js is missing after the build');
  process.exit(1);
}
const old = join(root, `dist/.cli-old-${process.pid}`);
if (existsSync(target)) renameSync(target, old);
renameSync(out, target);
rmSync(old, { recursive: true, force: true });
console.error(`build-cli: ${relative(process.cwd(), target) || target}/ (${packages.size} bundled packages)`);
