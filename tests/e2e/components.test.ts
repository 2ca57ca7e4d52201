// The web components on an ordinary page with a strict CSP (script-src 'self', style-src 'self'):
// the demo page of `npm run build:components`, in Chromium and Firefox, without the extension.
// The page reads its text, paints it, opens a card on a click, and keeps a watch its own way,
// and the browser reports no CSP violation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROME_ARGS, ROOT, serveFolder, shot, type FixtureServer } from './harness.ts';

const DIST = join(ROOT, 'dist/components');

async function launch(name: 'chromium' | 'firefox'): Promise<Browser> {
  return name === 'chromium'
    ? puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: [...CHROME_ARGS, '--lang=zh-CN'], defaultViewport: { width: 1280, height: 900 } })
    : puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', headless: true, defaultViewport: { width: 1280, height: 900 } });
}

/** The centre of the first box of the first highlight of a kind (registered under the element's own name). */
async function highlightPoint(page: Page, kind: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const name = [...CSS.highlights.keys()].find((n) => n.startsWith(`gl-${k}--`))!;
    const r = [...CSS.highlights.get(name)!][0] as Range;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const b = range.getClientRects()[0]!;
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, kind);
}

describe('web components under a strict CSP', () => {
  let server: FixtureServer;
  before(async () => {
    if (!existsSync(join(DIST, 'gazette-lens.js'))) {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/build-components.mjs')], { stdio: 'inherit' });
      assert.equal(r.status, 0, 'build:components failed');
    }
    server = await serveFolder(DIST);
  });
  after(async () => server?.close());

  for (const name of ['chromium', 'firefox'] as const) {
    test(`${name}: the demo page reads its text, opens a card, keeps a watch, and breaks no CSP rule`, async () => {
      const browser = await launch(name);
      try {
        const page = await browser.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.evaluateOnNewDocument(() => {
          (window as unknown as { violations: string[] }).violations = [];
          document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        const response = await page.goto(server.url('index.html'));
        assert.match(response!.headers()['content-security-policy'] ?? '', /script-src 'self'; style-src 'self'/);
        await page.waitForFunction(() => document.getElementById('status')!.textContent!.includes('份文件'), { timeout: 15_000 });
        assert.equal(await page.$eval('#status', (e) => e.textContent), '1 份文件：期限 5，责任单位 8，文号 3');

        const p = await highlightPoint(page, 'deadline');
        await page.mouse.click(p.x, p.y);
        await page.waitForFunction(() => document.getElementById('doc')!.shadowRoot!.querySelector('.card'), { timeout: 5000 });
        const cardText = await page.$eval('#doc', (el) => el.shadowRoot!.querySelector('.card')!.textContent!.replace(/\s+/g, ' '));
        assert.match(cardText, /2020-12-31/);
        assert.match(cardText, /还剩 41 天/);
        // The card stands where the CSSOM put it (a style attribute would have been blocked).
        const placed = await page.$eval('#doc', (el) => (el.shadowRoot!.querySelector('.card-layer') as HTMLElement).style.top);
        assert.match(placed, /^\d+(\.\d+)?px$/);
        await shot(page, `components-${name}-card`);

        await page.$eval('#doc', (el) => [...el.shadowRoot!.querySelectorAll('.card button')].find((b) => b.textContent === '关注此期限')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
        await page.waitForFunction(() => document.querySelectorAll('#watches li').length === 1, { timeout: 5000 });
        assert.match(await page.$eval('#watches li', (e) => e.textContent!), /^2020-12-31 · 2020年底前 · /);

        await page.click('#lang');
        await page.waitForFunction(() => document.getElementById('doc')!.shadowRoot!.querySelector('.launcher')!.textContent!.includes('Open outline'), { timeout: 5000 });
        await shot(page, `components-${name}-en`);

        assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
        assert.deepEqual(errors, []);
      } finally {
        await browser.close();
      }
    });
  }
});
