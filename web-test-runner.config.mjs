// @web/test-runner: browser tests (tests/browser/**/*.test.ts) in headless Chromium.
// Run with `npm run test:browser` (= `wtr`); `npm test` first makes sure a Chromium is
// installed (scripts/ensure-browser.sh) and passes its path in CHROME_PATH.
// Tests use mocha's describe/it (provided by the runner) and chai's expect.
// See ../shared/TOOLCHAIN.md, "@web/test-runner", for why each piece is here.
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import commonjs from '@rollup/plugin-commonjs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';

const rootDir = dirname(fileURLToPath(import.meta.url));

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `web-test-runner: no Chromium at ${executablePath}. Run scripts/ensure-browser.sh ` +
      '(or apt-get install chromium fonts-wqy-zenhei), or set CHROME_PATH=/path/to/chrome.',
  );
}

// Running as root needs --no-sandbox; there is no X server, hence --headless; the rest
// keep Chromium from reaching for the network it does not have.
const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * WXT's path aliases (`@/lib/x.ts`, `~/lib/x.ts`, `@@/…`, `~~/…` → project root; see
 * .wxt/tsconfig.json) are applied by WXT's vite build only. Here they become
 * root-relative URLs, which the dev server serves from rootDir.
 */
const wxtAliasPlugin = {
  name: 'wxt-alias',
  resolveImport({ source }) {
    const match = /^(?:@@?|~~?)\/(.*)$/.exec(source);
    return match ? `/${match[1]}` : undefined;
  },
};

// mark.js and Dexie ship CommonJS/UMD; the browser needs ES modules. Without
// strictRequires: false the import fails with "does not provide an export named 'default'".
const commonjsPlugin = fromRollup(commonjs)({
  include: ['**/node_modules/mark.js/**', '**/node_modules/dexie/dist/dexie.js'],
  strictRequires: false,
});

export default {
  rootDir,
  files: ['tests/browser/**/*.test.ts'],
  nodeResolve: true,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  plugins: [wxtAliasPlugin, commonjsPlugin, esbuildPlugin({ ts: true, target: 'es2022' })],
  testFramework: {
    config: { timeout: 5000 },
  },
};
