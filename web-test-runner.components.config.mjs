// @web/test-runner for the web components (components/**/*.test.ts), in Chromium and Firefox:
// `npm run test:components`. The same plugins as web-test-runner.config.mjs (TypeScript, the
// CommonJS packages); Firefox is driven through the same launcher with puppeteer-core, as
// ../shared/TOOLCHAIN.md found. FIREFOX_PATH / CHROME_PATH name the browsers (scripts/test.sh
// sets both).
import { existsSync } from 'node:fs';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

const firefox = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
if (!existsSync(firefox)) {
  throw new Error(`web-test-runner (components): no Firefox at ${firefox}. Run scripts/ensure-firefox.sh or set FIREFOX_PATH.`);
}

export default {
  ...base,
  files: ['components/**/*.test.ts'],
  browsers: [
    ...base.browsers,
    chromeLauncher({ puppeteer: puppeteerCore, launchOptions: { browser: 'firefox', executablePath: firefox, headless: true } }),
  ],
  testFramework: { config: { timeout: 10000 } },
};
