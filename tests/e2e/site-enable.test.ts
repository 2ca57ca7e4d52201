// Turning Gazette Lens on for a government site outside gov.cn, from real clicks, and what the
// reader is told when the browser refuses.
//   Firefox, with its optional-permission prompt answered "allow" (the pref Firefox's own tests
//   use): the settings page's 「添加」 and a grant with nothing after it (as when the popup
//   closed at the prompt) both end with the site's open page read and kept for next time.
//   The refusal, not from a user action, is said on the settings page. (The popup's own words
//   for each answer are components/popup/enable-site.test.ts: a popup opened by a test, not by
//   the reader's click on the toolbar, is not given the tab's address, so has no site to offer.)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'puppeteer-core';
import { MANIFEST, extensionPage, launchFirefox, serveFixtures, shot, waitReady, type FixtureServer } from './harness.ts';
import { waitUntil } from './ui.ts';

const policy = MANIFEST.pages.find((p) => p.file === 'gov-policy.html')!;
let server: FixtureServer;

before(async () => {
  server = await serveFixtures();
});
after(async () => {
  await server?.close();
});

async function openOn(browser: Browser, host: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(server.url(policy.file, host), { waitUntil: 'load' });
  return page;
}

const readState = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-gazette-lens'));
const userHosts = (ext: Page) => ext.evaluate(async () => {
  const r = await (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ settings: { userHosts: string[] } }> } } })
    .browser.runtime.sendMessage({ type: 'settings.get' });
  return r.settings.userHosts;
});

describe('turning a site on (Firefox, the prompt allowed)', { timeout: 120_000 }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchFirefox('zh-CN', { 'extensions.webextOptionalPermissionPrompts': false });
  });
  after(async () => {
    await browser?.close();
  });

  test('「添加」 in the settings: the site\'s open page is read at once, and again after a reload', async () => {
    const page = await openOn(browser, 'www.example.gov.hk');
    assert.equal(await readState(page), null, 'not a site of ours yet');
    const options = await extensionPage(browser, 'options.html');
    await options.click('#new-host');
    await options.keyboard.type('www.example.gov.hk');
    await options.click('.add-host');
    await options.waitForSelector('.host-message.ok');
    await waitUntil(() => options.$eval('.host-message', (e) => (e as HTMLElement).innerText), (t) => /已添加 www\.example\.gov\.hk/.test(t), 5000, 'the site said to be on');
    await shot(options, 'firefox-options-site-added');
    await waitReady(page);
    await page.reload();
    await waitReady(page);
    assert.deepEqual(await userHosts(options), ['www.example.gov.hk']);
    await page.close();
    await options.close();
  });

  test('a grant whose page goes away before anything else (the popup closed at the prompt) still turns the site on', async () => {
    const page = await openOn(browser, 'www.example.gov.mo');
    const ext = await extensionPage(browser, 'options.html');
    // A button that only asks the browser, as the popup does before Firefox closes it.
    await ext.evaluate(() => {
      const b = document.createElement('button');
      b.id = 'ask-only';
      b.textContent = 'ask';
      b.addEventListener('click', () => {
        void (globalThis as unknown as { browser: { permissions: { request(p: object): Promise<boolean> } } }).browser.permissions.request({ origins: ['*://www.example.gov.mo/*'] });
      });
      document.body.prepend(b);
    });
    await ext.click('#ask-only');
    await waitReady(page);
    await waitUntil(() => userHosts(ext), (h) => h.includes('www.example.gov.mo'), 5000, 'the site kept');
    await page.close();
    await ext.close();
  });

  test('a request the browser refuses (not from the reader\'s own click) is said on the settings page', async () => {
    const options = await extensionPage(browser, 'options.html');
    await options.click('#new-host');
    await options.keyboard.type('zwgk.example.gov.hk');
    // Dispatched later from a timer: not a user action, so Firefox refuses the request.
    await options.evaluate(() => setTimeout(() => (document.querySelector('.add-host') as HTMLButtonElement).click(), 50));
    await waitUntil(() => options.$eval('.host-message', (e) => (e as HTMLElement).innerText).catch(() => ''), (t) => /未获得访问该网站的权限/.test(t), 5000, 'the refusal said');
    await options.close();
  });
});
