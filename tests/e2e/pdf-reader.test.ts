// The PDF reader page in Chromium and Firefox: a gazette PDF from a .gov.cn host opens with the
// highlights the engine finds in its text, painted on the drawn pages; a card by click; the
// outline lists the documents; a note comes back on the next visit; a local file by the
// picker; a scan says so.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { extensionPage, launchChromium, launchFirefox, serveFolder, shot, type FixtureServer } from './harness.ts';
import { waitUntil } from './ui.ts';
import { buildPdfFixtures, PDF_DIR } from '../../scripts/build-pdf-fixtures.ts';
import { readPdfFile } from '../../cli/inputs/pdf.ts';
import { extract } from '../../lib/extract/index.ts';
import { finderOf } from '../../lib/text/find.ts';

const TODAY = '2026-11-22';

async function engineCounts(file: string): Promise<Record<string, number>> {
  const text = (await readPdfFile(readFileSync(join(PDF_DIR, file)))).text;
  const counts: Record<string, number> = { docnum: 0, deadline: 0, unit: 0 };
  for (const a of extract(text, { today: TODAY }).annotations) counts[a.kind]!++;
  return counts;
}

/** Ranges registered per kind (the element's scoped highlight names), and how many of them are on drawn text. */
async function painted(page: Page): Promise<{ counts: Record<string, number>; onText: number }> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    let onText = 0;
    for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      const kind = /^gl-(docnum|deadline|unit)--/.exec(name)?.[1];
      if (!kind) continue;
      counts[kind] = h.size;
      for (const r of h) if (r.startContainer.nodeType === 3 && r.startContainer.parentElement?.closest('.textLayer')) onText++;
    }
    return { counts, onText };
  });
}

async function openReader(browser: Browser, query: string, today = TODAY): Promise<Page> {
  const page = await extensionPage(browser, `reader.html?today=${today}&${query}`);
  page.on('console', (m) => { if (m.type() === 'error') console.log(`reader console: ${m.text()}`); });
  return page;
}

/** A document number's card, by a real click on the first number drawn on a text layer; the card's text. */
async function openDocnumCard(page: Page): Promise<string> {
  // The reader scrolls on until a page with a number is drawn.
  const point = await waitUntil(() => page.evaluate(() => {
    for (const [n, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!n.startsWith('gl-docnum--')) continue;
      const r = [...h].find((x) => x.startContainer.nodeType === 3);
      if (!r) break;
      (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      return r.toString();
    }
    window.scrollBy(0, innerHeight / 2);
    return '';
  }), (words) => words !== '', 20_000, 'a document number on a drawn page');
  assert.match(point, /〔\d{4}〕\s*\d+\s*号/);
  await new Promise((r) => setTimeout(r, 300));
  const at = await page.evaluate((words) => {
    for (const [n, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      if (!n.startsWith('gl-docnum--')) continue;
      const r = [...h].find((x) => x.toString() === words)!;
      const b = r.getClientRects()[0]!;
      return { x: b.left + 4, y: b.top + b.height / 2 };
    }
    return null;
  }, point);
  await page.mouse.click(at!.x, at!.y);
  const card = await page.waitForSelector('gazette-lens-document >>> .card', { timeout: 5000 });
  return (await card!.evaluate((e) => e.textContent)) ?? '';
}

before(() => buildPdfFixtures({ ensure: true }), { timeout: 120_000 });

for (const [name, launch] of [['chromium', launchChromium], ['firefox', launchFirefox]] as const) {
  describe(`${name}: the PDF reader`, { timeout: 180_000 }, () => {
    let browser: Browser;
    let server: FixtureServer;
    before(async () => {
      server = await serveFolder(PDF_DIR);
      browser = await launch('zh-CN');
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('a gazette PDF from a .gov.cn host: every highlight the engine finds, painted on drawn pages, a card, the outline', async () => {
      const expected = await engineCounts('corpus-000.pdf');
      const page = await openReader(browser, `file=${encodeURIComponent(server.url('corpus-000.pdf', 'www.example.gov.cn'))}`);
      await waitUntil(() => painted(page), (p) => p.onText > 0, 20_000, 'highlights on a drawn page').catch(async (err: Error) => {
        throw new Error(`${err.message}; the reader says ${JSON.stringify(await page.evaluate(() => document.querySelector('.status')?.textContent))}`);
      });
      const { counts } = await painted(page);
      assert.deepEqual(counts, expected);
      assert.ok(await page.evaluate(() => document.querySelectorAll('.pdfViewer .page').length > 10));
      // Only pages near the viewport are drawn.
      const drawn = await page.evaluate(() => document.querySelectorAll('.textLayer').length);
      assert.ok(drawn >= 1 && drawn <= 4, `${drawn} pages drawn at first`);

      // A card by a real click on a document number drawn on the text layer; its search is on the PDF's site.
      const card = await openDocnumCard(page);
      assert.match(card, /文号/);
      assert.match(card, /在本站搜索/);
      await shot(page, `${name}-pdf-card`);
      await page.keyboard.press('Escape');

      await (await page.$('gazette-lens-document >>> .launcher'))!.click();
      await page.waitForSelector('gazette-lens-document >>> .outline .doc', { timeout: 5000 });
      const docs = await page.$$('gazette-lens-document >>> .outline .doc');
      assert.ok(docs.length >= 5, `${docs.length} documents in the outline`);
      await shot(page, `${name}-pdf-outline`);
      await page.close();

      // The documents are in the library, read at the PDF's URL.
      const library = await extensionPage(browser, 'library.html');
      await library.waitForFunction(() => /威环政字〔2020〕10号/.test(document.body.innerText), { timeout: 10_000 });
      assert.match(await library.evaluate(() => document.body.innerText), /corpus-000\.pdf/);
      await library.close();
    });

    test('a note on words of a PDF page is kept in the library and comes back on the next visit, on the same words', async () => {
      const query = `file=${encodeURIComponent(server.url('corpus-001.pdf', 'www.example.gov.cn'))}`;
      const page = await openReader(browser, query);
      await waitUntil(() => painted(page), (p) => p.onText > 0, 20_000, 'highlights on a drawn page');
      // Six characters of a span of the first page's text layer, selected with the mouse.
      const at = await page.evaluate(() => {
        const spans = [...document.querySelectorAll('.page[data-page="0"] .textLayer span')];
        const node = spans.map((s) => s.firstChild).find((n): n is Text => n?.nodeType === 3 && /^[\u4e00-\u9fff]{10}/.test((n as Text).data))!;
        (node.parentElement as Element).scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(node, 0);
        r.setEnd(node, 6);
        const b = r.getClientRects();
        const first = b[0]!;
        const last = b[b.length - 1]!;
        return { words: r.toString(), x0: first.left + 1, y0: first.top + first.height / 2, x1: last.right - 1, y1: last.top + last.height / 2 };
      });
      await page.mouse.move(at.x0, at.y0);
      await page.mouse.down();
      await page.mouse.move(at.x1, at.y1, { steps: 6 });
      await page.mouse.up();
      assert.equal(await page.evaluate(() => getSelection()?.toString().replace(/\s+/g, '')), at.words);
      await (await page.waitForSelector('gazette-lens-document >>> .add-note', { timeout: 5000 }))!.click();
      const body = await page.waitForSelector('gazette-lens-document >>> .note-editor textarea', { timeout: 5000 });
      await body!.type('本期要点：核对原文');
      await shot(page, `${name}-pdf-note-editor`);
      await (await page.$('gazette-lens-document >>> .note-editor button[type=submit]'))!.click();
      await page.waitForSelector('gazette-lens-document >>> .note-box', { timeout: 5000 });
      await page.close();

      // The next visit: the note is found again on the same words, listed in the outline.
      const again = await openReader(browser, query);
      await again.waitForSelector('gazette-lens-document >>> .note-box', { timeout: 20_000 });
      const box = await again.evaluate(() => {
        const host = document.querySelector('gazette-lens-document')!.shadowRoot!;
        const b = host.querySelector('.note-box')!.getBoundingClientRect();
        return { x: b.left + 2, y: b.top + b.height / 2 };
      });
      const under = await again.evaluate(({ x, y }) => {
        const p = document.caretPositionFromPoint?.(x, y) ?? null;
        const node = p?.offsetNode ?? (document as unknown as { caretRangeFromPoint(x: number, y: number): Range | null }).caretRangeFromPoint(x, y)?.startContainer;
        return node?.textContent ?? '';
      }, box);
      assert.ok(under.includes(at.words), `the note's box is over ${JSON.stringify(under)}, not ${JSON.stringify(at.words)}`);
      await (await again.$('gazette-lens-document >>> .launcher'))!.click();
      const entry = await again.waitForSelector('gazette-lens-document >>> .outline .note-entry', { timeout: 5000 });
      assert.match((await entry!.evaluate((e) => e.textContent)) ?? '', /本期要点：核对原文/);
      await shot(again, `${name}-pdf-note-outline`);
      await again.close();
    });

    test('「关注此期限」 on a PDF\'s deadline joins the watchlist; on the next visit its card says 已关注', async () => {
      // Read as on a day before the deadlines, so that they lie ahead.
      const query = `file=${encodeURIComponent(server.url('corpus-002.pdf', 'www.example.gov.cn'))}`;
      // A deadline's card, by a real click: the first dated one on a drawn page, or the one at
      // `index` among the deadline highlights (in the engine's order, the same at every visit).
      const openDeadlineCard = async (page: Page, index?: number): Promise<{ words: string; index: number }> => {
        await waitUntil(() => painted(page), (p) => p.onText > 0, 20_000, 'highlights on a drawn page');
        const found = await waitUntil(() => page.evaluate((want) => {
          for (const [n, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
            if (!n.startsWith('gl-deadline--')) continue;
            const all = [...h];
            const at = want ?? all.findIndex((x) => x.startContainer.nodeType === 3 && /\d{4}\s*年/.test(x.toString()));
            const r = all[at];
            if (r && r.startContainer.nodeType === 3) {
              (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
              return at;
            }
            // Not drawn yet: go to its page (or on down the issue) and look again.
            if (r) (r.startContainer as Element).scrollIntoView();
            else window.scrollBy(0, innerHeight / 2);
          }
          return -1;
        }, index ?? null), (at) => at >= 0, 20_000, 'the deadline on a drawn page');
        await new Promise((r) => setTimeout(r, 300));
        const at = await page.evaluate((k) => {
          for (const [n, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
            if (!n.startsWith('gl-deadline--')) continue;
            const r = [...h][k]!;
            const b = r.getClientRects()[0]!;
            return { x: b.left + 4, y: b.top + b.height / 2, words: r.toString() };
          }
          return null;
        }, found);
        await page.mouse.click(at!.x, at!.y);
        await page.waitForSelector('gazette-lens-document >>> .card', { timeout: 5000 });
        return { words: at!.words, index: found };
      };
      const cardButtons = (page: Page): Promise<string[]> => page.evaluate(() =>
        [...document.querySelector('gazette-lens-document')!.shadowRoot!.querySelectorAll('.card button')].map((b) => b.textContent?.trim() ?? ''));
      const page = await openReader(browser, query, '2020-01-02');
      const { words, index } = await openDeadlineCard(page);
      let watch = null;
      for (const b of await page.$$('gazette-lens-document >>> .card button')) if ((await b.evaluate((e) => e.textContent?.trim())) === '关注此期限') watch = b;
      assert.ok(watch, `the card of ${words} offers 「关注此期限」: ${JSON.stringify(await cardButtons(page))}`);
      await watch.click();
      await waitUntil(() => cardButtons(page), (b) => b.includes('已关注'), 5000, 'the card saying 已关注');
      await page.close();

      const again = await openReader(browser, query, '2020-01-02');
      assert.equal((await openDeadlineCard(again, index)).words, words);
      await waitUntil(() => cardButtons(again), (b) => b.includes('已关注') && !b.includes('关注此期限'), 5000, 'the card saying 已关注 after the visit')
        .catch(async (e: Error) => { throw new Error(`${e.message}: ${JSON.stringify(await cardButtons(again))}`); });
      await shot(again, `${name}-pdf-watched`);
      await again.close();

      // The watch is in the extension's watchlist, at the PDF's URL.
      const popup = await extensionPage(browser, 'library.html');
      await popup.waitForFunction((w) => document.body.innerText.replace(/\s+/g, '').includes(w.replace(/\s+/g, '')), { timeout: 10_000 }, words);
      await popup.close();
    });

    test('page navigation and zoom: a page typed is shown with its highlights; zooming keeps every highlight on the redrawn text; a phone-wide window fits the page', async () => {
      const page = await openReader(browser, `file=${encodeURIComponent(server.url('corpus-000.pdf', 'www.example.gov.cn'))}`);
      await waitUntil(() => painted(page), (p) => p.onText > 0, 20_000, 'highlights on a drawn page');
      const expected = (await painted(page)).counts;
      const zoomShown = (): Promise<string> => page.evaluate(() => document.querySelector('.pager .zoom')?.textContent ?? '');
      assert.equal(await zoomShown(), '110%');
      const number = (await page.$('.pager input'))!;
      await number.click({ count: 3 });
      await number.type('5');
      await page.keyboard.press('Enter');
      // Page 5 is in view, drawn, and its highlights are on its text layer.
      await waitUntil(() => page.evaluate(() => {
        const box = document.querySelector('.page[data-page="4"]')!.getBoundingClientRect();
        return box.top < innerHeight / 2 && box.bottom > innerHeight / 2 && !!document.querySelector('.page[data-page="4"] .textLayer');
      }), (ok) => ok, 10_000, 'page 5 in view and drawn');
      assert.equal(await page.evaluate(() => (document.querySelector('.pager input') as HTMLInputElement).value), '5');
      const width = (): Promise<number> => page.evaluate(() => document.querySelector('.page[data-page="4"]')!.getBoundingClientRect().width);
      const before = await width();
      await (await page.$('.pager button[aria-label="放大"]'))!.click();
      assert.equal(await zoomShown(), '125%');
      await waitUntil(async () => {
        const onPage5 = await page.evaluate(() => {
          for (const [n, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
            if (n.startsWith('gl-') && [...h].some((r) => r.startContainer.parentElement?.closest('.page[data-page="4"] .textLayer'))) return true;
          }
          return false;
        });
        return onPage5;
      }, (ok) => ok, 10_000, 'highlights on page 5 redrawn at 125 %');
      assert.ok(Math.abs((await width()) / before - 125 / 110) < 0.01, `page width ${before} → ${await width()}`);
      assert.deepEqual((await painted(page)).counts, expected);
      assert.equal(await page.evaluate(() => (document.querySelector('.pager input') as HTMLInputElement).value), '5', 'the page in view stays in view');
      await shot(page, `${name}-pdf-zoomed`);
      await page.close();

      // A phone-wide window: the page opens fitted to the width, nothing to scroll sideways.
      const phone = await openReader(browser, `file=${encodeURIComponent(server.url('corpus-000.pdf', 'www.example.gov.cn'))}`);
      await phone.setViewport({ width: 390, height: 800 });
      await phone.reload().catch(() => undefined);
      await waitUntil(() => painted(phone).catch(() => ({ onText: 0, counts: {} })), (p) => p.onText > 0, 20_000, 'highlights on a drawn page at 390 px');
      const fit = await phone.evaluate(() => ({ page: document.querySelector('.page')!.getBoundingClientRect().width, scroll: document.documentElement.scrollWidth, view: innerWidth }));
      assert.ok(fit.page <= fit.view, `page ${fit.page} px in a ${fit.view} px window`);
      await shot(phone, `${name}-pdf-narrow`);
      await phone.close();
    });

    test('find (Ctrl+F) searches every page, drawn or not, across line breaks: the match on the last page is drawn, painted and scrolled to', async () => {
      const read = await readPdfFile(readFileSync(join(PDF_DIR, 'corpus-000.pdf')));
      const last = read.pages.at(-1)!;
      // Words on the last page that a line break cuts in two: the browser's own find misses them.
      const pageText = read.text.slice(last.start, last.end);
      const cut = /[\u4e00-\u9fff]{3}\n[\u4e00-\u9fff]{3}/.exec(pageText)!;
      const phrase = cut[0].replace('\n', '');
      const expected = finderOf(read.text).find(phrase);
      assert.ok(expected.length >= 1);
      const page = await openReader(browser, `file=${encodeURIComponent(server.url('corpus-000.pdf', 'www.example.gov.cn'))}`);
      await page.waitForFunction(() => performance.getEntriesByName('gl-pdf-text').length > 0, { timeout: 20_000 });
      await page.keyboard.down('Control');
      await page.keyboard.press('f');
      await page.keyboard.up('Control');
      await page.waitForFunction(() => document.activeElement?.classList.contains('find-phrase'), { timeout: 5000 });
      await page.keyboard.type(phrase);
      const count = (): Promise<string> => page.evaluate(() => document.querySelector('.find .find-count')?.textContent ?? '');
      await waitUntil(count, (t) => t === `第 1 处，共 ${expected.length} 处`, 5000, 'the count of matches');
      const at = expected.findIndex((m) => m.start >= last.start);
      for (let i = 0; i < at; i++) await page.keyboard.press('Enter');
      await waitUntil(count, (t) => t.startsWith(`第 ${at + 1} 处`), 5000, 'the match on the last page chosen');
      const shown = await waitUntil(() => page.evaluate((lastPage) => {
        const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-find-current');
        const r = h && [...h][0];
        if (!r || !r.startContainer.parentElement?.closest(`.page[data-page="${lastPage}"] .textLayer`)) return null;
        const b = r.getBoundingClientRect();
        return { words: r.toString(), inView: b.top >= 0 && b.bottom <= innerHeight };
      }, read.pages.length - 1), (x) => x !== null && x.inView, 10_000, 'the match painted on the last page, in view');
      // The range runs over the line break: the text layer's spans of both lines.
      assert.equal(shown!.words.replace(/\s/g, ''), phrase);
      await shot(page, `${name}-pdf-find`);
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => (document.querySelector('.find') as HTMLElement).hidden), true);
      assert.equal(await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.has('gl-find-current')), false);
      await page.close();
    });

    test('a PDF link on a .gov.cn host opens in the reader by itself; 「打开原文件」 gives the browser\'s own viewer back', async () => {
      const url = server.url('corpus-002.pdf', 'www.example.gov.cn');
      const page = await browser.newPage();
      // Over BiDi (Firefox) a navigation that ends on an extension page never reports done: ask the page where it is.
      await page.goto(url, { waitUntil: 'load', timeout: 5000 }).catch(() => undefined);
      const here = (): Promise<string> => page.evaluate(() => location.href).catch(() => '');
      await waitUntil(here, (u) => /\/reader\.html\?/.test(u), 15_000, 'the reader page');
      await waitUntil(() => painted(page), (p) => p.onText > 0, 20_000, 'highlights on a drawn page');
      assert.deepEqual((await painted(page)).counts, await engineCounts('corpus-002.pdf'));
      assert.equal(await page.evaluate(() => document.querySelector('.name')?.textContent), 'corpus-002.pdf');
      await shot(page, `${name}-pdf-redirected`);
      // The original, in the same tab, not sent back to the reader.
      await (await page.$('a.original'))!.click();
      await waitUntil(here, (u) => u.startsWith(url), 15_000, 'the original PDF');
      await new Promise((r) => setTimeout(r, 1000));
      assert.ok((await here()).startsWith(url), 'it stays on the original');
      await page.close();
    });

    if (name === 'chromium') {
      test('put in a frame by a page, the reader opens nothing and says why', async () => {
        const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
        const reader = `chrome-extension://${new URL(sw.url()).host}/reader.html?file=${encodeURIComponent(server.url('corpus-000.pdf', 'www.example.gov.cn'))}`;
        const page = await browser.newPage();
        await page.goto(server.url('manifest.json', 'www.example.gov.cn'));
        await page.evaluate((src) => {
          const f = document.createElement('iframe');
          f.src = src;
          document.body.append(f);
        }, reader);
        const frame = await waitUntil(async () => page.frames().find((f) => f.url().startsWith('chrome-extension://')) ?? null, (f) => f !== null, 10_000, 'the framed reader');
        await frame!.waitForFunction(() => /不在其他网页的框架中打开/.test(document.querySelector('.status')?.textContent ?? ''), { timeout: 10_000 });
        assert.equal(await frame!.evaluate(() => document.querySelectorAll('.pdfViewer .page').length), 0);
        await page.close();
      });
    }

    test('a scanned PDF says there is no text, and shows no highlights', async () => {
      const page = await openReader(browser, `file=${encodeURIComponent(server.url('scan.pdf', 'www.example.gov.cn'))}`);
      await page.waitForFunction(() => /扫描图像/.test(document.querySelector('.status')?.textContent ?? ''), { timeout: 15_000 });
      assert.equal((await painted(page)).onText, 0);
      await shot(page, `${name}-pdf-scan`);
      await page.close();
    });

    test('a local file chosen with the picker opens with its highlights', async () => {
      const page = await openReader(browser, '');
      const input = (await page.$('.pick input'))!;
      await input.uploadFile(join(PDF_DIR, 'two-column.pdf'));
      await waitUntil(() => painted(page), (p) => p.onText > 0, 20_000, 'highlights on a drawn page');
      assert.deepEqual((await painted(page)).counts, await engineCounts('two-column.pdf'));
      assert.equal(await page.evaluate(() => document.querySelector('.name')?.textContent), 'two-column.pdf');
      // A local file has no site to search.
      assert.doesNotMatch(await openDocnumCard(page), /在本站搜索/);
      await page.close();
    });
  });
}
