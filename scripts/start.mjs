#!/usr/bin/env node
// `npm start`: builds the extension, serves the sample pages (tests/fixtures/pages) and opens
// Chromium with the extension on the sample gazette issue. With a display, the browser stays
// open for you (Ctrl-C ends it). Without one (a server, CI) it runs headless, saves
// screenshots of the page, a card and the outline to .cache/start/, and prints a one-screen
// summary of what a reader sees.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
  if (r.status !== 0) process.exit(r.status ?? 1);
  return r;
};

if (!existsSync(join(root, 'node_modules'))) run('npm', ['ci']);
if (process.argv.includes('components')) {
  await startComponents();
  process.exit(0);
}
console.log('== Building the extension (Chromium, MV3) → .output/chrome-mv3');
run('npx', ['wxt', 'build']);
const chrome = spawnSync('bash', [join(root, 'scripts/ensure-browser.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (chrome.status !== 0) process.exit(1);
const executablePath = chrome.stdout.trim().split('\n').pop();

const { startFixtureServer } = await import('./serve-fixtures.mjs');
const { default: puppeteer } = await import('puppeteer-core');
const server = await startFixtureServer();
const HOST = 'www.example.gov.cn';
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const url = server.url(process.argv.find((a) => a.endsWith('.html')) ?? 'gazette-issue.html', HOST);
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--lang=zh-CN', '--accept-lang=zh-CN', '--window-size=1280,900',
  `--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP zwgk.example.gov.cn 127.0.0.1, MAP blog.example.com 127.0.0.1`];
const browser = await puppeteer.launch({ executablePath, headless, enableExtensions: [join(root, '.output/chrome-mv3')], args, defaultViewport: headless ? { width: 1280, height: 900 } : null });
const page = await browser.newPage();
await page.goto(url);
console.log(`\n== ${url} is open in Chromium with Gazette Lens`);

if (!headless) {
  console.log('   Other sample pages:', ['gov-policy.html', 'pdf-lines.html', 'split-spans.html', 'strict-csp.html', 'not-gov.html'].map((p) => server.url(p, p === 'not-gov.html' ? 'blog.example.com' : HOST)).join('  '));
  console.log('   Ctrl-C to stop.');
  await new Promise((resolve) => browser.on('disconnected', resolve));
  await server.close();
  process.exit(0);
}

const outDir = join(root, '.cache/start');
mkdirSync(outDir, { recursive: true });
await page.waitForSelector('html[data-gazette-lens="ready"]', { timeout: 30_000 });
await page.screenshot({ path: join(outDir, 'page.png') });
const point = await page.evaluate(() => {
  const r = [...CSS.highlights.get('gl-deadline')][0];
  r.startContainer.parentElement.scrollIntoView({ block: 'center' });
  const b = r.getClientRects()[0];
  return { x: b.left + 8, y: b.top + b.height / 2 };
});
await page.mouse.click(point.x, point.y);
// Our UI is in a closed shadow root: reached as the tests reach it (tests/e2e/ui.ts).
const { register } = await import('tsx/esm/api');
register();
const { ui: uiOf } = await import('../tests/e2e/ui.ts');
const ui = uiOf(page);
await ui.waitFor('.card');
await page.screenshot({ path: join(outDir, 'card.png') });
await page.keyboard.press('Escape');
await ui.click('.launcher');
await ui.waitFor('.outline');
await page.screenshot({ path: join(outDir, 'outline.png') });

const counts = await page.evaluate(() => {
  const count = (k) => CSS.highlights.get(`gl-${k}`)?.size ?? 0;
  return { 文号: count('docnum'), 期限: count('deadline'), 责任单位: count('unit') };
});
const summary = { counts, docs: await (await ui.root()).evaluate((root) => {
  return [...root.querySelectorAll('.doc')].map((d) => ({
    title: d.querySelector('h3')?.textContent ?? '',
    status: d.querySelector('.badge')?.textContent ?? '',
    timeline: [...d.querySelectorAll('.timeline .entry')].map((e) => e.innerText.replace(/\s+/g, ' ')),
  }));
}) };
await browser.close();
await server.close();

console.log(`   高亮：${Object.entries(summary.counts).map(([k, v]) => `${k} ${v}`).join('，')}`);
for (const d of summary.docs) {
  console.log(`   · [${d.status}] ${d.title.slice(0, 48)}${d.title.length > 48 ? '…' : ''}`);
  for (const t of d.timeline.slice(0, 2)) console.log(`       ${t.slice(0, 70)}`);
}
console.log(`\n   Screenshots: ${['page', 'card', 'outline'].map((n) => join('.cache/start', `${n}.png`)).join('  ')}`);
console.log('   With a display, `npm start` keeps the browser open instead (or pass a page: npm start -- gov-policy.html).');

/**
 * `npm start -- components`: the web components' demo page (a sample notice in
 * <gazette-lens-document>, served with a strict CSP) in Chromium, without the extension.
 * Headless: screenshots of the page, a card and the English UI in .cache/start/.
 */
async function startComponents() {
  console.log('== Building the web components → dist/components');
  run('node', ['scripts/build-components.mjs']);
  const chrome = spawnSync('bash', [join(root, 'scripts/ensure-browser.sh')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (chrome.status !== 0) process.exit(1);
  const executablePath = chrome.stdout.trim().split('\n').pop();
  const { startFixtureServer } = await import('./serve-fixtures.mjs');
  const { default: puppeteer } = await import('puppeteer-core');
  const server = await startFixtureServer({ root: join(root, 'dist/components') });
  const headless = !process.env.DISPLAY || process.argv.includes('--headless');
  const url = server.url('index.html');
  const browser = await puppeteer.launch({ executablePath, headless, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=zh-CN', '--window-size=1280,900'], defaultViewport: headless ? { width: 1280, height: 900 } : null });
  const page = await browser.newPage();
  await page.goto(url);
  console.log(`\n== ${url} (Content-Security-Policy: script-src 'self'; style-src 'self') is open in Chromium`);
  if (!headless) {
    console.log('   Ctrl-C to stop.');
    await new Promise((resolve) => browser.on('disconnected', resolve));
    await server.close();
    return;
  }
  const outDir = join(root, '.cache/start');
  mkdirSync(outDir, { recursive: true });
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('份文件'), { timeout: 30_000 });
  await page.screenshot({ path: join(outDir, 'components.png') });
  const point = await page.evaluate(() => {
    const name = [...CSS.highlights.keys()].find((n) => n.startsWith('gl-deadline--'));
    const r = [...CSS.highlights.get(name)][0];
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const b = range.getClientRects()[0];
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => document.getElementById('doc').shadowRoot.querySelector('.card'));
  await page.screenshot({ path: join(outDir, 'components-card.png') });
  await page.click('#lang');
  await page.waitForFunction(() => document.getElementById('doc').shadowRoot.querySelector('.launcher').textContent.includes('Open outline'));
  await page.screenshot({ path: join(outDir, 'components-en.png') });
  const status = await page.$eval('#status', (e) => e.textContent);
  await browser.close();
  await server.close();
  console.log(`   ${status}`);
  console.log(`   Screenshots: ${['components', 'components-card', 'components-en'].map((n) => join('.cache/start', `${n}.png`)).join('  ')}`);
}
