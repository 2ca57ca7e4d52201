// What every reader sees, in Chromium and in Firefox (one suite, run in both): the right
// highlights in the right numbers on every government fixture page, nothing on a page that is
// not governmental, cards by hover and keyboard (the card stays open under the pointer, Alt+J
// steps on from inside it and announces where the reader is), and an outline that lists the
// documents and scrolls to an entry. Browser-specific checks are in chromium.test.ts and the
// firefox-*.test.ts files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'puppeteer-core';
import {
  MANIFEST, expectedCounts, highlightPoint, launchChromium, launchFirefox, open, paintedCounts, paintedTexts, serveFixtures, shot, waitReady,
  type FixtureServer,
} from './harness.ts';
import { ui, waitUntil } from './ui.ts';
import { pdfText } from './pdf-text.ts';

const fixture = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;

for (const [name, launch] of [['chromium', launchChromium], ['firefox', launchFirefox]] as const) {
  describe(name, { timeout: 300_000 }, () => {
    let browser: Browser;
    let server: FixtureServer;
    before(async () => {
      server = await serveFixtures();
      browser = await launch('zh-CN');
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

  describe('highlights on every government page', { timeout: 120_000 }, () => {
    for (const f of MANIFEST.pages.filter((p) => p.government && p.file !== 'big.html' && !p.deep)) {
      test(`${f.file}: as many highlights per kind as the engine finds in its text`, async () => {
        const { page, errors } = await open(browser, server, f);
        await waitReady(page);
        assert.deepEqual(await paintedCounts(page), expectedCounts(f.file));
        const launcher = await ui(page).text('.launcher');
        assert.match(launcher ?? '', /期限/, 'the launcher speaks Chinese');
        await shot(page, `${name}-${f.file.replace('.html', '')}`);
        assert.deepEqual(errors, []);
        await page.close();
      });
    }

    test('split-spans.html: highlights across inline elements and table cells are exactly the expected ones', async () => {
      const f = fixture('split-spans.html');
      const { page } = await open(browser, server, f);
      await waitReady(page);
      const painted = (await paintedTexts(page)).map((h) => `${h.kind}:${h.text}`).sort();
      const expected = f.expectedHighlights!.map((h) => `${h.kind}:${h.text}`).sort();
      assert.deepEqual(painted, expected);
      await page.close();
    });
  });

  describe('a page that is not governmental', { timeout: 60_000 }, () => {
    test('not-gov.html is left untouched: no UI, no highlights, no attribute', async () => {
      const f = fixture('not-gov.html');
      const { page, errors } = await open(browser, server, f);
      const snapshot = () => page.evaluate(() => `${document.getElementsByTagName('*').length}:${document.documentElement.textContent?.length}`);
      const before = await snapshot();
      await new Promise((r) => setTimeout(r, 1500));
      const state = await page.evaluate(() => ({
        ui: !!document.querySelector('gazette-lens-ui'),
        attr: document.documentElement.getAttribute('data-gazette-lens'),
        highlights: [...((CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys())].filter((k) => k.startsWith('gl-')),
        marks: document.querySelectorAll('mark').length,
      }));
      assert.deepEqual(state, { ui: false, attr: null, highlights: [], marks: 0 });
      assert.equal(await snapshot(), before, 'same elements and text as when it loaded');
      assert.deepEqual(errors, []);
      await shot(page, `${name}-not-gov`);
      await page.close();
    });
  });

  describe('cards', { timeout: 60_000 }, () => {
    test('hovering a deadline opens its card with the date and days left; moving away closes it', async () => {
      const { page } = await open(browser, server, fixture('gov-policy.html'));
      await waitReady(page);
      const p = await highlightPoint(page, 'deadline', 0);
      await page.mouse.move(p.x, p.y);
      await ui(page).waitFor('.card', { timeout: 5000 });
      const text = (await ui(page).text('.card')) ?? '';
      assert.match(text, /\d{4}-\d{2}-\d{2}/);
      assert.match(text, /天/);
      await shot(page, `${name}-card-hover`);
      await page.mouse.move(5, 5);
      await ui(page).waitFor('.card', { gone: true, timeout: 3000 });
      await page.close();
    });

    test('moving from a deadline into its card and resting on 「关注此期限」 keeps the card open', async () => {
      const { page } = await open(browser, server, fixture('gov-policy.html'));
      await waitReady(page);
      const p = await highlightPoint(page, 'deadline', 1); // 有效期至2027年10月31日: ahead, so watching is offered
      await page.mouse.move(p.x, p.y);
      await ui(page).waitFor('.card', { timeout: 5000 });
      const button = await (await ui(page).$('.card'))!.evaluateHandle((card) => [...card.querySelectorAll('button')].find((b) => /关注此期限|已关注/.test(b.textContent ?? ''))!);
      const box = (await (button as import('puppeteer-core').ElementHandle<Element>).boundingBox())!;
      // Quickly, in a few steps across the gap, then resting on the button for longer than the grace period.
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await new Promise((r) => setTimeout(r, 1200));
      assert.ok(await ui(page).$('.card'), 'the card is still open under the pointer');
      await page.mouse.move(5, 5);
      await ui(page).waitFor('.card', { gone: true, timeout: 3000 });
      await page.close();
    });

    test('Alt+J steps on from inside the card, wraps around, says where the reader is, and goes on after Esc', async () => {
      const { page } = await open(browser, server, fixture('gov-policy.html'));
      await waitReady(page);
      const altJ = async (): Promise<void> => {
        await page.keyboard.down('Alt');
        await page.keyboard.press('KeyJ');
        await page.keyboard.up('Alt');
      };
      const said = async (n: number): Promise<string> => waitUntil(async () => (await ui(page).text('[role=status][aria-live]')) ?? '', (t) => t.startsWith(`${n} / `), 3000, `the live region to say ${n} / …`);
      await altJ();
      await ui(page).waitFor('.card', { timeout: 5000 });
      const first = await said(1);
      const total = Number(/ \/ (\d+)/.exec(first)![1]);
      assert.match((await ui(page).focused()) ?? '', /section\.card/, 'focus is inside the card');
      await altJ();
      const second = await said(2);
      assert.match(second, /^2 \/ \d+ · (期限|文号|责任单位) · \S/);
      await altJ();
      await said(3);
      await page.keyboard.press('Escape');
      await ui(page).waitFor('.card', { gone: true, timeout: 3000 });
      await altJ();
      await said(4);
      await ui(page).waitFor('.card', { timeout: 3000 });
      // Alt+K from the first item goes to the last.
      for (let i = 0; i < 3; i++) {
        await page.keyboard.down('Alt');
        await page.keyboard.press('KeyK');
        await page.keyboard.up('Alt');
      }
      await said(1);
      await page.keyboard.down('Alt');
      await page.keyboard.press('KeyK');
      await page.keyboard.up('Alt');
      await said(total);
      await page.waitForFunction(() => new Promise((r) => { const y = scrollY; setTimeout(() => r(scrollY === y), 200); }), { timeout: 5000 });
      await shot(page, `${name}-card-step`);
      await page.close();
    });

  });

  describe('our UI stays ours', { timeout: 60_000 }, () => {
    test('select all + copy gives the page\'s text without our UI; printing leaves our UI out', async () => {
      const { page } = await open(browser, server, fixture('gov-policy.html'));
      await waitReady(page);
      await ui(page).openOutline();
      await page.click('body');
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      const selected = await page.evaluate(() => getSelection()?.toString() ?? '');
      assert.match(selected, /本通告自2022年11月1日起施行/, 'the page\'s words are selected');
      assert.doesNotMatch(selected, /打开大纲|文件大纲|期限时间线|Alt\+J/, 'none of ours');
      const copied = await page.evaluate(() => {
        let text = '';
        document.addEventListener('copy', (e) => { text = getSelection()?.toString() ?? ''; e.preventDefault(); }, { once: true });
        document.execCommand('copy');
        return text;
      });
      assert.doesNotMatch(copied, /打开大纲|文件大纲/);
      // Printed (the browser's own print to PDF), the page's words are on paper and ours are not.
      const paper = (await pdfText(await page.pdf({ format: 'A4' }))).replace(/\s+/g, '');
      assert.match(paper, /本通告自2022年11月1日起施行/, 'the page is printed');
      assert.doesNotMatch(paper, /打开大纲|文件大纲|期限时间线|公报阅读助手/, 'our launcher and outline are not');
      await page.close();
    });
  });

  describe('outline', { timeout: 60_000 }, () => {
    test('lists documents, deadlines, units and citations, and clicking an entry scrolls to it and flashes it', async () => {
      const { page } = await open(browser, server, fixture('gazette-issue.html'));
      await waitReady(page);
      await ui(page).openOutline();
      const text = (await ui(page).text('.outline')) ?? '';
      assert.match(text, /期限时间线/);
      assert.match(text, /责任单位索引/);
      assert.match(text, /引用文件/);
      const docs = await ui(page).$$('.doc');
      assert.ok(docs.length >= 5, `one section per document (${docs.length})`);
      // A 2020 gazette read in 2026: its documents' limits are said to be past once, not in red one by one.
      assert.match(text, /本文件的 \d+ 个期限均已于 2020-\d\d-\d\d 前到期/);
      assert.doesNotMatch(text, /已逾期 \d+ 天/);
      // Each timeline entry names its task, in the document's words.
      const tasks = await ui(page).texts('.timeline .entry .task');
      assert.ok(tasks.length >= 5 && tasks.every((x) => x.length > 8), tasks.join(' | '));
      assert.ok(tasks.some((x) => /完成/.test(x)), tasks.join(' | '));
      await shot(page, `${name}-outline`);
      const y0 = await page.evaluate(() => scrollY);
      const entries = await ui(page).$$('.timeline .entry');
      await entries[entries.length - 1]!.click();
      await page.waitForFunction((y) => Math.abs(scrollY - y) > 100, { timeout: 5000 }, y0);
      await page.waitForFunction(() => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-flash');
        return (h?.size ?? 0) > 0;
      }, { timeout: 3000 });
      await shot(page, `${name}-outline-scrolled`);
      await page.close();
    });

  });
  });
}
