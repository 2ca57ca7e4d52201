// Forced colours (Windows high contrast), in Chromium (emulated) and Firefox (its "always use my
// colours" setting): the browser replaces our colours with the reader's system colours, so the
// three kinds must still be told apart by their lines, on the page and in our UI.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { MANIFEST, highlightPoint, launchChromium, launchFirefox, open, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';
import { ui } from './ui.ts';

const KINDS = ['docnum', 'deadline', 'unit'] as const;
const fixture = MANIFEST.pages.find((p) => p.file === 'gazette-issue.html')!;

/** The line each kind's highlight is drawn with, read from the highlight's own computed style. */
async function highlightLines(page: Page): Promise<Record<string, string>> {
  return page.evaluate((kinds) => {
    const out: Record<string, string> = {};
    for (const k of kinds) {
      const r = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`gl-${k}`) ?? [])][0]!;
      const s = getComputedStyle(r.startContainer.parentElement!, `::highlight(gl-${k})`);
      out[k] = `${s.textDecorationLine} ${s.textDecorationStyle}`;
    }
    return out;
  }, [...KINDS]);
}

const launchers = [
  ['chromium', () => launchChromium('zh-CN')],
  ['firefox', () => launchFirefox('zh-CN', { 'browser.display.document_color_use': 2 })],
] as const;

for (const [name, launch] of launchers) {
  describe(`${name}: forced colours`, { timeout: 120_000 }, () => {
    let browser: Browser;
    let server: FixtureServer;
    before(async () => {
      server = await serveFixtures();
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('the three kinds differ by their lines on the page, in the legend and on the card', async () => {
      const { page } = await open(browser, server, fixture);
      if (name === 'chromium') await page.emulateMediaFeatures([{ name: 'forced-colors', value: 'active' }]);
      await waitReady(page);
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);

      const lines = await highlightLines(page);
      assert.equal(new Set(Object.values(lines)).size, 3, `each kind has its own line: ${JSON.stringify(lines)}`);
      for (const k of KINDS) assert.match(lines[k]!, /underline/, `${k} is underlined`);

      await ui(page).openOutline();
      const swatches: string[] = [];
      for (const k of KINDS) {
        const [style, width] = await (await ui(page).$(`.legend .kind-${k} .swatch`))!.evaluate((e) => [getComputedStyle(e).borderBottomStyle, getComputedStyle(e).borderBottomWidth]);
        assert.ok(parseFloat(width!) >= 3, `the ${k} swatch is a visible line (${width})`);
        swatches.push(style!);
      }
      assert.deepEqual(swatches, ['solid', 'double', 'dotted'], 'legend lines match the highlights: numbers solid, deadlines double, units dotted');

      const p = await highlightPoint(page, 'deadline', 2);
      await page.mouse.click(p.x, p.y);
      await ui(page).waitFor('.card', { timeout: 5000 });
      const top = await (await ui(page).$('.card'))!.evaluate((e) => getComputedStyle(e).borderTopStyle);
      assert.equal(top, 'double', "a deadline's card is edged with the deadlines' line");
      await shot(page, `${name}-forced-colours`);
      await page.close();
    });
  });
}
