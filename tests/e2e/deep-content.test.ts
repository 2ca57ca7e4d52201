// Articles a reader sees that are not in the page's own text: in a same-origin <iframe>
// (frame-article.html) and in a web component's open shadow root (shadow-article.html), in
// Chromium and Firefox. They are read, highlighted where they are, and their cards open.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { MANIFEST, expectedCounts, launchChromium, launchFirefox, open, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';
import { ui } from './ui.ts';

const fixture = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;
let server: FixtureServer;
before(async () => {
  server = await serveFixtures();
});
after(async () => {
  await server?.close();
});

type Counts = Record<'docnum' | 'deadline' | 'unit', number>;

/** Highlights per kind in a document's own registry (a frame has its own). */
const countsIn = (where: Page | Frame): Promise<Counts> =>
  where.evaluate(() => {
    const out = { docnum: 0, deadline: 0, unit: 0 };
    for (const k of ['docnum', 'deadline', 'unit'] as const) out[k] = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`gl-${k}`)?.size ?? 0;
    return out;
  });

/** A point on the first highlight of `kind` whose words start with `prefix`, in the top page's viewport. */
async function pointOn(page: Page, where: Page | Frame, kind: string, prefix: string): Promise<{ x: number; y: number }> {
  const p = await where.evaluate((k, pre) => {
    const r = [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`gl-${k}`) ?? [])].find((x) => x.toString().replace(/\s+/g, '').startsWith(pre));
    if (!r) return null;
    (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const b = r.getClientRects()[0]!;
    return { x: b.left + 4, y: b.top + b.height / 2 };
  }, kind, prefix);
  assert.ok(p, `a ${kind} highlight starting ${prefix}`);
  if (where === page) return p;
  const frame = await (where as Frame).frameElement();
  const box = (await frame!.boundingBox())!;
  return { x: p.x + box.x + 1, y: p.y + box.y + 1 };
}

for (const name of ['chromium', 'firefox'] as const) {
  describe(`${name}: articles in frames and shadow roots`, { timeout: 120_000 }, () => {
    let browser: Browser;
    before(async () => {
      browser = name === 'chromium' ? await launchChromium('zh-CN') : await launchFirefox('zh-CN');
    });
    after(async () => {
      await browser?.close();
    });

    test('an article in a same-origin iframe is highlighted in the frame, and its card opens in the page', async () => {
      const { page, errors } = await open(browser, server, fixture('frame-article.html'));
      await waitReady(page);
      const frame = page.frames().find((f) => f.url().endsWith('/frame-article-body.html'))!;
      assert.ok(frame, 'the article frame');
      await frame.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-deadline')?.size ?? 0) > 0, { timeout: 10_000 });
      assert.deepEqual(await countsIn(frame), expectedCounts('frame-article-body.html'), 'what the engine finds in the article, painted in its frame');
      const p = await pointOn(page, frame, 'deadline', '有效期至');
      await page.mouse.move(p.x, p.y);
      await page.mouse.click(p.x, p.y);
      await ui(page).waitFor('.card');
      assert.match((await ui(page).text('.card')) ?? '', /2027-10-31/);
      await shot(page, `${name}-frame-article-card`);
      await ui(page).openOutline();
      assert.match((await ui(page).text('.outline')) ?? '', /威政发〔2022〕19号/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    test('an article in an open shadow root (its own text and the slotted text) is highlighted, and its card opens', async () => {
      const { page, errors } = await open(browser, server, fixture('shadow-article.html'));
      await waitReady(page);
      const painted = await page.evaluate(() => {
        const out: string[] = [];
        for (const k of ['docnum', 'deadline', 'unit']) {
          for (const r of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`gl-${k}`) ?? []) {
            out.push(`${k}:${r.startContainer.getRootNode() instanceof ShadowRoot ? 'shadow' : 'light'}:${r.toString().replace(/\s+/g, '')}`);
          }
        }
        return out;
      });
      // The component's own lead paragraph lives in its shadow root.
      assert.ok(painted.includes('deadline:shadow:自2022年11月1日起施行'), painted.join(' | '));
      assert.ok(painted.includes('unit:shadow:市林业局'), painted.join(' | '));
      // The slotted body is the page's light DOM, shown through the slot: all of it is read.
      const body = expectedCounts('frame-article-body.html');
      const light = (k: string) => painted.filter((x) => x.startsWith(`${k}:light:`)).length;
      assert.ok(light('deadline') >= body.deadline && light('docnum') >= 1, painted.join(' | '));
      const p = await page.evaluate(() => {
        const r = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-deadline')!].find((x) => x.startContainer.getRootNode() instanceof ShadowRoot)!;
        const b = r.getClientRects()[0]!;
        return { x: b.left + 4, y: b.top + b.height / 2 };
      });
      await page.mouse.click(p.x, p.y);
      await ui(page).waitFor('.card');
      assert.match((await ui(page).text('.card')) ?? '', /2022-11-01/);
      await shot(page, `${name}-shadow-article-card`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
