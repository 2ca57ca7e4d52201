// The hostile suite, family "page": a page that wants the reader's notes or wants to drive our
// UI, and page text that tries to become markup. In Chromium and Firefox (the page's own world
// is reachable in both). Each case says what the page tried and what it got.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { MANIFEST, launchChromium, launchFirefox, open, paintedCounts, expectedCounts, selectWords, serveFixtures, waitReady, type FixtureServer, highlightPoint } from './harness.ts';
import { noteEditor, notesState, ui, uiRoot, waitUntil, writeNote } from './ui.ts';

const fixture = (file: string) => MANIFEST.pages.find((p) => p.file === file)!;
const POLICY = fixture('gov-policy.html');
const PAYLOADS = fixture('hostile-payloads.html');
const SECRET = 'zzqq机密批注';
const SECRET_TAG = '内部事项';

let server: FixtureServer;
before(async () => {
  server = await serveFixtures();
});
after(async () => {
  await server?.close();
});

/** Opens a fixture with a script of the page's own running before anything else on it. */
async function openWith(browser: Browser, file: string, pageScript: () => void): Promise<Page> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(pageScript);
  await page.goto(server.url(file, fixture(file).host), { waitUntil: 'load' });
  await waitReady(page);
  return page;
}

const hosts = (page: Page) => page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('gazette-lens-ui')).length);

for (const name of ['chromium', 'firefox'] as const) {
  describe(`hostile page (${name})`, { timeout: 240_000 }, () => {
    let browser: Browser;
    before(async () => {
      browser = name === 'chromium' ? await launchChromium('zh-CN') : await launchFirefox('zh-CN');
    });
    after(async () => {
      await browser?.close();
    });

    describe('a page watching while the reader writes, edits and deletes a note', () => {
      let page: Page;
      before(async () => {
        // The page records everything it can observe, from before our script runs.
        page = await openWith(browser, POLICY.file, () => {
          const w = window as unknown as Record<string, unknown[]>;
          w.events = [];
          w.mutations = [];
          w.messages = [];
          w.shadows = [];
          for (const t of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionend', 'paste', 'copy', 'focusin', 'click', 'change']) {
            window.addEventListener(t, (e) => {
              const k = e as KeyboardEvent & InputEvent;
              w.events!.push(`${e.type}:${k.key ?? ''}${k.data ?? ''}:${(e.target as Element)?.localName ?? ''}:${e.composedPath().map((n) => (n as Element).localName ?? '').join('/')}`);
            }, true);
          }
          window.addEventListener('message', (e) => w.messages!.push(JSON.stringify(e.data)));
          const attach = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init: ShadowRootInit) {
            const root = attach.call(this, { ...init, mode: 'open' });
            w.shadows!.push(root);
            return root;
          };
          new MutationObserver((records) => {
            for (const r of records) {
              for (const n of r.addedNodes) w.mutations!.push(n.textContent ?? '');
              if (r.type === 'characterData' || r.type === 'attributes') w.mutations!.push(`${r.attributeName ?? ''}=${(r.target as Element).getAttribute?.(r.attributeName ?? '') ?? r.target.textContent}`);
            }
          }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        await writeNote(page, () => selectWords(page, '进入林区的机动车辆'), SECRET, SECRET_TAG);
        // Edit it, recolour it, open its card again: every way its words reach our UI.
        const box = await (await ui(page).$('.note-box'))!.boundingBox();
        await page.mouse.click(box!.x + 4, box!.y + box!.height / 2);
        await ui(page).click('.kind-note .swatch-button[data-colour="green"]');
        await ui(page).click('.kind-note .edit');
        const editor = await noteEditor(page);
        await editor.click('textarea');
        await page.keyboard.type('（补充）');
        await editor.click('button[type=submit]');
        await ui(page).waitFor('iframe.note-frame', { gone: true });
        await ui(page).openOutline();
      });
      after(async () => {
        await page?.close();
      });
      const seen = <T>(key: string): Promise<T[]> => page.evaluate((k) => (window as unknown as Record<string, T[]>)[k]!, key);
      const leaks = (xs: unknown[]): string[] => xs.map(String).filter((x) => /zzqq|机密|批注|内部事项|补充/.test(x));

      test('its capture-phase key and input listeners saw none of the typed words', async () => {
        assert.deepEqual(leaks(await seen('events')), []);
      });
      test('events from our UI reach it retargeted to the host, never showing our elements', async () => {
        const ours = (await seen<string>('events')).filter((e) => e.includes('gazette-lens-ui'));
        assert.ok(ours.every((e) => e.split(':').at(-1)!.split('/')[0]!.startsWith('gazette-lens-ui')), ours.join('\n'));
      });
      test('its MutationObserver on the whole document recorded no note text', async () => {
        assert.deepEqual(leaks(await seen('mutations')), []);
      });
      test('no postMessage carried anything of ours', async () => {
        assert.deepEqual(await seen('messages'), []);
      });
      test('its attachShadow patch caught no root of ours (our script has its own prototypes)', async () => {
        assert.equal((await seen('shadows')).length, 0);
      });
      test('the host\'s shadowRoot is null; the page\'s querySelectorAll finds nothing inside', async () => {
        const got = await page.evaluate(() => {
          const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gazette-lens-ui'))!;
          return { root: host.shadowRoot, children: host.children.length, found: document.querySelectorAll('.card, .outline, .note-box, .launcher').length };
        });
        assert.deepEqual(got, { root: null, children: 0, found: 0 });
        assert.match((await ui(page).text('.outline')) ?? '', /机密批注/, 'the reader does see the note in the outline');
      });
      test('the serialised document holds no note text, tag or watch', async () => {
        const html = await page.evaluate(() => new XMLSerializer().serializeToString(document));
        assert.deepEqual(leaks([html]), []);
      });
      test('the shared highlight registry holds only the kinds, never a note', async () => {
        const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.keys()].sort());
        assert.deepEqual(names.filter((n) => !['gl-docnum', 'gl-deadline', 'gl-unit', 'gl-flash'].includes(n)), []);
        const noted = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
        assert.ok(!noted.includes('进入林区的机动车辆'), 'the noted words are not marked in any registry entry');
      });
      test('no attribute on <html> or <body> says anything about notes', async () => {
        const attrs = await page.evaluate(() => [...document.documentElement.attributes, ...document.body.attributes].map((a) => `${a.name}=${a.value}`));
        assert.deepEqual(attrs.filter((a) => /note|笔记/i.test(a)), []);
      });
    });

    describe('a page driving our UI', () => {
      test('synthetic clicks on a highlight and on the host open nothing', async () => {
        const { page } = await open(browser, server, POLICY);
        await waitReady(page);
        // The outline may open by itself (as the reader left it on the site): it must stay as it was.
        const outlineBefore = !!(await (await uiRoot(page))!.$('.outline'));
        const p = await highlightPoint(page, 'deadline');
        await page.evaluate(({ x, y }) => {
          const el = document.elementFromPoint(x, y)!;
          for (const t of ['pointermove', 'mousemove', 'mousedown', 'mouseup', 'click']) el.dispatchEvent(new MouseEvent(t, { bubbles: true, clientX: x, clientY: y }));
          const host = [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gazette-lens-ui')) as HTMLElement;
          host.click();
          host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }, p);
        await page.mouse.move(2, 2);
        assert.equal(await (await uiRoot(page))!.$('.card'), null);
        assert.equal(!!(await (await uiRoot(page))!.$('.outline')), outlineBefore);
        await page.close();
      });
      test('a synthetic Alt+J on the document steps nowhere; the reader\'s own Alt+J does', async () => {
        const { page } = await open(browser, server, POLICY);
        await waitReady(page);
        await page.evaluate(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true })));
        assert.equal(await (await uiRoot(page))!.$('.card'), null);
        await page.keyboard.down('Alt');
        await page.keyboard.press('KeyJ');
        await page.keyboard.up('Alt');
        await ui(page).waitFor('.card');
        await page.close();
      });
      test('a page that defines an element of our name first still gets our (closed) UI', async () => {
        const page = await openWith(browser, POLICY.file, () => {
          customElements.define('gazette-lens-ui', class extends HTMLElement {
            constructor() {
              super();
              (window as unknown as { stolen: ShadowRoot }).stolen = this.attachShadow({ mode: 'open' });
            }
          });
        });
        await ui(page).waitFor('.launcher');
        const got = await page.evaluate(() => ({
          stolen: (window as unknown as { stolen?: ShadowRoot }).stolen?.childNodes.length ?? 0,
          roots: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('gazette-lens-ui') && e.shadowRoot && e.shadowRoot.childNodes.length).length,
        }));
        assert.deepEqual(got, { stolen: 0, roots: 0 });
        await page.close();
      });
      test('a page that replaced CSS.highlights.set, Highlight and Node.prototype.appendChild still gets its highlights', async () => {
        const page = await openWith(browser, POLICY.file, () => {
          const reg = (CSS as unknown as { highlights: { set: unknown } }).highlights;
          reg.set = () => undefined;
          (window as unknown as { Highlight: unknown }).Highlight = function () {
            throw new Error('no');
          };
          Node.prototype.appendChild = function <T extends Node>(n: T): T {
            throw new Error(`appendChild blocked: ${String(n)}`);
          };
          Object.defineProperty(Object.prototype, 'ok', { value: true, configurable: true, writable: true });
          Array.prototype.includes = () => true;
          JSON.parse = () => ({});
        });
        await ui(page).waitFor('.launcher');
        const painted = await page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gl-deadline')?.size ?? 0);
        assert.ok(painted > 0, 'the deadlines are painted');
        await page.close();
      });
      test('a page that fakes "a newer content script started" for our extension id keeps our UI', async () => {
        const { page } = await open(browser, server, POLICY);
        await waitReady(page);
        const id = name === 'chromium'
          ? new URL((await browser.waitForTarget((t) => t.type() === 'service_worker')).url()).host
          : 'gazette-lens@gazette-lens.invalid';
        await page.evaluate((extId) => {
          for (const detail of [{ contentScriptName: 'content', messageId: 'forged' }, null]) {
            document.dispatchEvent(new CustomEvent(`${extId}:content:wxt:content-script-started`, { detail }));
          }
          window.postMessage({ type: `${extId}:content:wxt:content-script-started`, contentScriptName: 'content', messageId: 'forged' }, '*');
        }, id);
        await new Promise((r) => setTimeout(r, 300));
        await ui(page).openOutline();
        await page.close();
      });
      test('a page that removes our host gets it back, once', async () => {
        const { page } = await open(browser, server, POLICY);
        await waitReady(page);
        await page.evaluate(() => [...document.querySelectorAll('*')].find((e) => e.localName.startsWith('gazette-lens-ui'))!.remove());
        await waitUntil(() => hosts(page), (n) => n === 1);
        await ui(page).waitFor('.launcher');
        await page.close();
      });
      test('a page that keeps removing our host does not make us loop: a bounded number of returns, then we stop', async () => {
        const { page } = await open(browser, server, POLICY);
        await waitReady(page);
        const returns = await page.evaluate(async () => {
          let n = 0;
          const until = performance.now() + 2500;
          while (performance.now() < until) {
            const host = [...document.body.children].find((e) => e.localName.startsWith('gazette-lens-ui'));
            if (host) {
              n++;
              host.remove();
            }
            await new Promise((r) => setTimeout(r, 5));
          }
          return n;
        });
        assert.ok(returns >= 2 && returns <= 22, `came back ${returns} times`);
        // The page is still responsive: a task of its own runs at once.
        const t = await page.evaluate(() => new Promise<number>((r) => { const t0 = performance.now(); setTimeout(() => r(performance.now() - t0), 0); }));
        assert.ok(t < 200, `a timeout took ${t} ms`);
        await page.close();
      });
      test('a page that replaces <body> twice keeps one UI and its highlights', async () => {
        const { page } = await open(browser, server, POLICY);
        await waitReady(page);
        for (let i = 0; i < 2; i++) {
          await page.evaluate(() => {
            const body = document.createElement('body');
            body.append(...[...document.body.childNodes].filter((n) => !(n as Element).localName?.startsWith('gazette-lens-ui')).map((n) => n.cloneNode(true)));
            document.body.replaceWith(body);
          });
          await ui(page).waitFor('.launcher');
        }
        assert.equal(await hosts(page), 1);
        await waitUntil(() => paintedCounts(page), (c) => c.deadline === expectedCounts(POLICY.file).deadline, 5000, 'the highlights on the new body');
        await page.close();
      });
    });

    describe('page text that tries to become markup', () => {
      let page: Page;
      before(async () => {
        ({ page } = await open(browser, server, PAYLOADS));
        await waitReady(page);
      });
      after(async () => {
        await page?.close();
      });
      const pwned = () => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null);
      const noMarkup = async () => (await ui(page).root()).evaluate((r) => r.querySelectorAll('img, svg, script, object, embed, iframe, [onerror], [onload]').length);

      test('a title with <img onerror> is shown as text in the outline, and nothing ran', async () => {
        await ui(page).openOutline();
        const outline = (await ui(page).text('.outline')) ?? '';
        assert.match(outline, /<img ?src=x ?onerror=/);
        assert.equal(await noMarkup(), 0);
        assert.equal(await pwned(), null);
        await ui(page).click('.outline .close');
      });
      test('a task with <script> is shown as text in the unit card', async () => {
        const p = await highlightPoint(page, 'unit', 0);
        await page.mouse.click(p.x, p.y);
        await ui(page).waitFor('.card');
        const card = (await ui(page).text('.card')) ?? '';
        assert.match(card, /<script>window\.__pwned='task'<\/script>/);
        assert.match(card, /"><svg onload="window\.__pwned='unit'">/, 'the same unit\'s other task, with its svg payload');
        assert.equal(await noMarkup(), 0);
        assert.equal(await pwned(), null);
      });
      test('a task with template payloads (${…}, {{…}}) is shown as text', async () => {
        await page.keyboard.press('Escape');
        const p = await highlightPoint(page, 'unit', 2);
        await page.mouse.click(p.x, p.y);
        await ui(page).waitFor('.card');
        const card = (await ui(page).text('.card')) ?? '';
        assert.match(card, /各区政府/);
        // The card clips long tasks at the start; what is shown is the payload's own characters.
        assert.match(card, /\.constructor\('window\.__pwned=1'\)\(\)\}\}整改/);
        assert.equal(await noMarkup(), 0);
        assert.equal(await pwned(), null);
      });
      test('every link our UI makes is http(s), whatever the page text says', async () => {
        const p = await highlightPoint(page, 'docnum', 1);
        await page.mouse.click(p.x, p.y);
        await ui(page).waitFor('.card');
        const hrefs = await (await ui(page).root()).evaluate((r) => [...r.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href));
        assert.ok(hrefs.every((h) => /^https?:\/\//.test(h)), hrefs.join(' '));
        assert.equal(await pwned(), null);
      });
      test('zero-width and direction-override characters break nothing: the page is read and painted', async () => {
        assert.deepEqual(await paintedCounts(page), expectedCounts(PAYLOADS.file));
        assert.equal(await notesState(page), '0/0');
      });
    });
  });
}
