// The Firefox build in firefox-esr: the same reader-visible behaviour as in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import {
  MANIFEST, expectedCounts, highlightPoint, launchFirefox, open, paintedCounts, paintedTexts, serveFixtures, shot, waitReady,
  type FixtureServer,
} from './harness.ts';
import { ui, waitUntil } from './ui.ts';

const fixture = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;
let browser: Browser;
let server: FixtureServer;

before(async () => {
  server = await serveFixtures();
  browser = await launchFirefox('zh-CN');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox: highlights', { timeout: 180_000 }, () => {
  for (const f of MANIFEST.pages.filter((p) => p.government && p.file !== 'big.html' && !p.deep)) {
    test(`${f.file}: as many highlights per kind as the engine finds`, async () => {
      const { page, errors } = await open(browser, server, f);
      await waitReady(page);
      assert.deepEqual(await paintedCounts(page), expectedCounts(f.file));
      await shot(page, `firefox-${f.file.replace('.html', '')}`);
      assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
      await page.close();
    });
  }

  test('split-spans.html: exactly the expected highlights', async () => {
    const f = fixture('split-spans.html');
    const { page } = await open(browser, server, f);
    await waitReady(page);
    const painted = (await paintedTexts(page)).map((h) => `${h.kind}:${h.text}`).sort();
    assert.deepEqual(painted, f.expectedHighlights!.map((h) => `${h.kind}:${h.text}`).sort());
    await page.close();
  });

  test('not-gov.html is untouched', async () => {
    const { page } = await open(browser, server, fixture('not-gov.html'));
    await new Promise((r) => setTimeout(r, 1500));
    const state = await page.evaluate(() => ({
      ui: !!document.querySelector('gazette-lens-ui'),
      attr: document.documentElement.getAttribute('data-gazette-lens'),
      marks: document.querySelectorAll('mark').length,
    }));
    assert.deepEqual(state, { ui: false, attr: null, marks: 0 });
    await page.close();
  });
});

describe('Firefox: cards and outline', { timeout: 120_000 }, () => {
  test('hover opens a deadline card; Alt+J and Escape work from the keyboard', async () => {
    const { page } = await open(browser, server, fixture('gov-policy.html'));
    await waitReady(page);
    const p = await highlightPoint(page, 'deadline', 0);
    await page.mouse.move(p.x, p.y);
    await ui(page).waitFor('.card', { timeout: 5000 });
    assert.match((await ui(page).text('.card')) ?? '', /\d{4}-\d{2}-\d{2}/);
    await shot(page, 'firefox-card-hover');
    await page.keyboard.press('Escape');
    await ui(page).waitFor('.card', { gone: true, timeout: 3000 });
    await page.keyboard.down('Alt');
    await page.keyboard.press('KeyJ');
    await page.keyboard.up('Alt');
    await ui(page).waitFor('.card', { timeout: 5000 });
    await page.close();
  });

  test('moving into the card keeps it open; Alt+J steps on from inside it and announces where the reader is', async () => {
    const { page } = await open(browser, server, fixture('gov-policy.html'));
    await waitReady(page);
    const p = await highlightPoint(page, 'deadline', 0);
    await page.mouse.move(p.x, p.y);
    await ui(page).waitFor('.card', { timeout: 5000 });
    const card = (await ui(page).$('.card'))!;
    const box = (await card.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 12, { steps: 4 });
    await new Promise((r) => setTimeout(r, 1200));
    assert.ok(await ui(page).$('.card'), 'the card is still open under the pointer');
    await page.keyboard.press('Escape');
    await ui(page).waitFor('.card', { gone: true, timeout: 3000 });
    // Stepping goes on from the hovered deadline: each Alt+J announces the next position.
    const position = async (): Promise<string> => (await ui(page).text('[role=status][aria-live]')) ?? '';
    let last = 0;
    for (let n = 0; n < 3; n++) {
      await page.keyboard.down('Alt');
      await page.keyboard.press('KeyJ');
      await page.keyboard.up('Alt');
      const t = await waitUntil(position, (x) => /^\d+ \/ /.test(x) && Number(x.split(' ')[0]) !== last, 3000, 'the live region to move on');
      const now = Number(t.split(' ')[0]);
      const total = Number(/ \/ (\d+)/.exec(t)![1]);
      if (last) assert.equal(now, (last % total) + 1, `Alt+J moved from ${last} to ${now} of ${total} (wrapping after the last)`);
      last = now;
    }
    assert.match((await ui(page).focused()) ?? '', /section\.card/, 'focus stays inside the card while stepping');
    await page.close();
  });

  test('the outline lists and scrolls to an entry', async () => {
    const { page } = await open(browser, server, fixture('gazette-issue.html'));
    await waitReady(page);
    await ui(page).openOutline();
    assert.match((await ui(page).text('.outline')) ?? '', /期限时间线/);
    const y0 = await page.evaluate(() => scrollY);
    const entries = await ui(page).$$('.timeline .entry');
    await entries[entries.length - 1]!.click();
    await page.waitForFunction((y) => Math.abs(scrollY - y) > 100, { timeout: 5000 }, y0);
    await shot(page, 'firefox-outline');
    await page.close();
  });
});
