#!/usr/bin/env node
// The `gazette-lens` command: runs the compiled command line, dist/cli/main.js (plain
// JavaScript built from cli/ by `npm run build:cli`; the package ships it built). In a
// checkout, `npm ci` builds it too (the `prepare` script).
try {
  await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli/main.js')) throw err;
  const root = new URL('..', import.meta.url).pathname;
  process.stderr.write(`gazette-lens: the command line is not built: run 'npm run build:cli' in ${root}\n`);
  process.exitCode = 1;
}
