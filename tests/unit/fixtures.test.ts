// The page fixtures (tests/fixtures/pages) as the end-to-end tests and benchmarks rely on them:
// built by scripts/build-fixtures.ts, measured here with an independent htmlparser2 walk of the
// visible text, and served by scripts/serve-fixtures.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Parser } from 'htmlparser2';
import {
  BIG_MIN_TEXT_NODES,
  BIG_MIN_VISIBLE_CHARS,
  DEFAULT_OUT_DIR,
  REPO_ROOT,
  STRICT_CSP,
  buildFixtures,
  ensureFixtures,
  type FixtureManifest,
  type FixturePage,
} from '../../scripts/build-fixtures.ts';

interface FixtureServer {
  port: number;
  url(path?: string, host?: string): string;
  close(): Promise<void>;
}
type StartFixtureServer = (options?: { port?: number; root?: string }) => Promise<FixtureServer>;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg']);

/** Visible text nodes of a page: script, style, head and display:none / hidden elements skipped. */
function visibleText(html: string): { nodes: string[]; text: string } {
  const nodes: string[] = [];
  let hidden = 0;
  let open = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        open = false;
        const style = attribs['style'] ?? '';
        if (hidden > 0 || SKIP.has(name) || 'hidden' in attribs || /display\s*:\s*none/i.test(style)) hidden++;
      },
      onclosetag() {
        open = false;
        if (hidden > 0) hidden--;
      },
      ontext(text) {
        if (hidden > 0) return;
        // One text node may arrive in several chunks: append until the next tag.
        if (open) nodes[nodes.length - 1] += text;
        else nodes.push(text);
        open = true;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  const nonBlank = nodes.filter((n) => n.trim() !== '');
  return { nodes: nonBlank, text: nodes.join('') };
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const read = (file: string): string => readFileSync(join(DEFAULT_OUT_DIR, file), 'utf8');

let manifest: FixtureManifest;
const page = (file: string): FixturePage => {
  const p = manifest.pages.find((x) => x.file === file);
  assert.ok(p, `${file} is in the manifest`);
  return p;
};

// The committed pages are read as they are (only the git-ignored big.html is made when missing):
// rebuilding them here would make the drift check below compare the generator with itself.
before(() => {
  manifest = ensureFixtures().manifest;
});

test('the manifest lists the twelve pages, and every page exists as UTF-8 Chinese HTML', () => {
  const onDisk = JSON.parse(read('manifest.json')) as FixtureManifest;
  assert.deepEqual(onDisk, manifest);
  assert.deepEqual(
    manifest.pages.map((p) => p.file).sort(),
    ['big.html', 'frame-article-body.html', 'frame-article.html', 'gazette-issue.html', 'gov-news.html', 'gov-policy.html', 'hostile-payloads.html', 'not-gov.html', 'pdf-lines.html',
      'shadow-article.html', 'split-spans.html', 'strict-csp.html'],
  );
  for (const p of manifest.pages) {
    const path = join(DEFAULT_OUT_DIR, p.file);
    assert.ok(existsSync(path), `${p.file} exists`);
    const html = readFileSync(path, 'utf8');
    assert.ok(!html.includes('\uFFFD'), `${p.file} has no replacement characters`);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/, `${p.file} is lang="zh-CN"`);
    assert.match(html, /<meta charset="utf-8">/, `${p.file} declares utf-8`);
    const { text, nodes } = visibleText(html);
    assert.ok(/[\u4e00-\u9fff]{20}/.test(squash(text)), `${p.file} shows Chinese text`);
    assert.equal(p.visibleChars, squash(text).length, `${p.file}: manifest visibleChars`);
    assert.equal(p.textNodes, nodes.length, `${p.file}: manifest textNodes`);
    assert.equal(typeof p.host, 'string');
    assert.equal(p.csp === null || typeof p.csp === 'string', true);
  }
});

test('hosts, government flags and CSP say where each page is served and what detection concludes', () => {
  assert.equal(page('not-gov.html').government, false);
  assert.equal(page('not-gov.html').host, 'blog.example.com');
  assert.equal(page('gov-news.html').host, 'zwgk.example.gov.cn');
  for (const f of ['gov-policy.html', 'gazette-issue.html', 'pdf-lines.html', 'split-spans.html', 'strict-csp.html', 'big.html']) {
    assert.equal(page(f).government, true, f);
    assert.equal(page(f).host, 'www.example.gov.cn', f);
  }
  assert.equal(page('strict-csp.html').csp, STRICT_CSP);
  assert.ok(read('strict-csp.html').includes(`<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">`));
  assert.equal(manifest.pages.filter((p) => p.csp !== null).length, 1);
  assert.equal(page('big.html').committed, false);
});

test('the committed pages are what the generator writes (a page edited by hand, or a generator changed without regenerating, fails)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  try {
    const again = buildFixtures({ outDir: dir });
    assert.deepEqual(again.manifest, manifest);
    for (const p of manifest.pages) {
      assert.equal(read(p.file), readFileSync(join(dir, p.file), 'utf8'), `${p.file} differs from the generator's output: run \`npx tsx scripts/build-fixtures.ts\` and commit the pages`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ensureFixtures regenerates a missing page and leaves a complete set alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fixtures-'));
  try {
    assert.equal(ensureFixtures({ outDir: dir }).built, true);
    assert.equal(ensureFixtures({ outDir: dir }).built, false);
    rmSync(join(dir, 'big.html'));
    assert.equal(ensureFixtures({ outDir: dir }).built, true);
    assert.ok(existsSync(join(dir, 'big.html')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test(`big.html has ≥ ${BIG_MIN_VISIBLE_CHARS} visible characters and ≥ ${BIG_MIN_TEXT_NODES} text nodes`, () => {
  const html = read('big.html');
  const { text, nodes } = visibleText(html);
  assert.ok(squash(text).length >= BIG_MIN_VISIBLE_CHARS, `visible characters: ${squash(text).length}`);
  assert.ok(nodes.length >= BIG_MIN_TEXT_NODES, `text nodes: ${nodes.length}`);
  assert.ok((html.match(/<table/g) ?? []).length >= 10, 'tables');
  assert.ok((html.match(/<span class="s">/g) ?? []).length >= 100, 'inline spans');
  // Every corpus file is in it.
  for (const needle of ['威环政字〔2020〕10号', '国务院关于进一步做好稳就业工作的意见', '威政发〔2022〕19号']) {
    assert.ok(text.includes(needle), needle);
  }
});

test('split-spans: every expected highlight is visible text; hidden and script texts are not', () => {
  const p = page('split-spans.html');
  const expected = p.expectedHighlights ?? [];
  const { text } = visibleText(read('split-spans.html'));
  const visible = squash(text);
  assert.ok(expected.length >= 30, `expected highlights: ${expected.length}`);
  for (const h of expected) {
    assert.ok(['docnum', 'deadline', 'unit'].includes(h.kind), h.kind);
    assert.equal(h.text, squash(h.text), `no whitespace in ${h.text}`);
    assert.ok(visible.includes(h.text), `${h.kind} ${h.text} is visible`);
  }
  // The splits the page exists for.
  const has = (kind: string, t: string): boolean => expected.some((h) => h.kind === kind && h.text === t);
  assert.ok(has('docnum', '国办发〔2022〕37号'));
  assert.ok(has('deadline', '2022年11月底前'));
  assert.ok(has('unit', '交通运输部'));
  assert.equal(expected.filter((h) => h.kind === 'deadline').length, 8);
  assert.equal(expected.filter((h) => h.kind === 'docnum').length, 1);
  const html = read('split-spans.html');
  assert.ok(html.includes('国办<span>发〔2022〕</span><b>37</b>号'));
  assert.ok(html.includes('<span>2022</span>年<span>11</span>月底前'));
  assert.match(html, /<font[^>]*><font[^>]*>交通<\/font>运输部<\/font>/);
  // Present in the source, absent from the visible text.
  assert.deepEqual(p.notHighlighted, ['威文政办字〔2022〕88号', '2023年3月底前', '威文政办字〔2022〕99号', '2023年6月30日前']);
  for (const t of p.notHighlighted ?? []) {
    assert.ok(html.includes(t), `${t} is in the source`);
    assert.ok(!visible.includes(t), `${t} is not visible`);
  }
  assert.match(html, /<script>[^]*威文政办字〔2022〕99号[^]*<\/script>/);
  assert.match(html, /style="display:none"[^>]*>[^<]*威文政办字〔2022〕88号/);
  // The task table: 序号 / 重点任务 / 牵头单位 / 责任单位 / 完成时限, six rows.
  const table = /<table[^]*?<\/table>/.exec(html)?.[0] ?? '';
  assert.match(table, /序号<\/th><th[^>]*>重点任务<\/th><th[^>]*>牵头单位<\/th><th[^>]*>责任单位<\/th><th[^>]*>完成时限/);
  assert.equal((table.match(/<tr>/g) ?? []).length, 7);
});

test('gov-policy and strict-csp carry the government template and the gov.cn info table', () => {
  for (const [file, number] of [['gov-policy.html', '威政发〔2022〕19号'], ['strict-csp.html', '威政办发〔2022〕15号']] as const) {
    const html = read(file);
    for (const name of ['SiteName', 'SiteDomain', 'SiteIDCode', 'ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource']) {
      assert.match(html, new RegExp(`<meta name="${name}" content="[^"]+">`), `${file}: ${name}`);
    }
    assert.ok(html.includes('<meta name="SiteName" content="中国政府网">'));
    for (const label of ['索 引 号：', '主题分类：', '发文机关：', '成文日期：', '标　　题：', '发文字号：', '发布日期：']) {
      assert.ok(html.includes(`<td class="label"><b>${label}</b></td>`), `${file}: ${label}`);
    }
    assert.ok(html.includes(`<td>${number}</td>`), `${file}: 发文字号 ${number}`);
  }
  const { text } = visibleText(read('gov-policy.html'));
  assert.ok(text.includes('本通告自2022年11月1日起施行,有效期至2027年10月31日。'));
  // The PDF's broken line is joined into its paragraph.
  assert.ok(text.includes('监护人要有效履行监护义务,森林管护者(经营者)要履行好监督管理职责。'));
  assert.ok(visibleText(read('strict-csp.html')).text.includes('本意见自2023年1月1日起施行,有效期至2027年12月31日。'));
});

test('gazette-issue: a table of contents linking to one section per document, with real tables', () => {
  const html = read('gazette-issue.html');
  const links = [...html.matchAll(/<li><a href="#(doc-\d+)">/g)].map((m) => m[1]);
  assert.equal(links.length, 7);
  for (const id of links) assert.ok(html.includes(`<section class="doc" id="${id}">`), id);
  assert.equal((html.match(/<section class="doc"/g) ?? []).length, 7);
  assert.ok((html.match(/<table/g) ?? []).length >= 6);
  assert.ok(html.includes('<th>序号</th><th>事项名称</th><th>原实施部门</th><th>事项类别</th><th>备注</th>'));
  const { text } = visibleText(html);
  for (const s of ['2020年第3期（总第39期）', '威环政办字〔2020〕20号', '(区卫生健康局、区纪委监委机关、区委组织部负责, 排第一位为牵头部门, 下同)']) {
    assert.ok(text.includes(s), s);
  }
});

test('pdf-lines: ≈ 8,000 characters, one <br> per PDF line, in page blocks with running headers', () => {
  const html = read('pdf-lines.html');
  const p = page('pdf-lines.html');
  assert.ok(p.visibleChars >= 7500 && p.visibleChars <= 9500, `visible characters: ${p.visibleChars}`);
  const pages = html.match(/<div class="page" id="page\d+">/g) ?? [];
  assert.ok(pages.length >= 6, `pages: ${pages.length}`);
  assert.equal((html.match(/<div class="page-header /g) ?? []).length, pages.length);
  assert.ok((html.match(/<br>/g) ?? []).length >= 350);
  // Dates and numbers break across <br> as the PDF lines do.
  assert.ok(html.includes('实施期限为 2020 年 1<br>\n月 1 日至 12 月 31 日'));
  assert.ok(html.includes('国发〔2019〕28 号<br>'));
});

test('gov-news and not-gov are what they claim', () => {
  const news = read('gov-news.html');
  assert.ok(news.includes('<figcaption>'));
  assert.equal((visibleText(news).text.match(/〔\d{4}〕\d+号/g) ?? []).length, 1);
  const blog = visibleText(read('not-gov.html')).text;
  assert.ok(blog.includes('2022年3月前'));
  assert.ok(blog.includes('第3号'));
  assert.ok(!/SiteIDCode|gov\.cn/.test(read('not-gov.html')));
});

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

let server: FixtureServer;

before(async () => {
  // A plain .mjs module without type declarations: imported by URL, typed here.
  const href = pathToFileURL(resolve(REPO_ROOT, 'scripts/serve-fixtures.mjs')).href;
  const mod = (await import(href)) as { startFixtureServer: StartFixtureServer };
  server = await mod.startFixtureServer({ port: 0 });
});

after(async () => {
  await server?.close();
});

/** A raw GET (the path is sent exactly as given: fetch would normalise `..` away). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end();
  });
}

test('the server sends pages as UTF-8 HTML, with the CSP header from the manifest', async () => {
  const csp = await get('/strict-csp.html');
  assert.equal(csp.status, 200);
  assert.equal(csp.headers['content-type'], 'text/html; charset=utf-8');
  assert.equal(csp.headers['content-security-policy'], STRICT_CSP);
  assert.equal(csp.body, read('strict-csp.html'));

  const plain = await get('/gov-policy.html?x=1');
  assert.equal(plain.status, 200);
  assert.equal(plain.headers['content-security-policy'], undefined);
  assert.equal(server.url('gov-policy.html'), `http://127.0.0.1:${server.port}/gov-policy.html`);
  assert.equal(server.url('/gov-policy.html', 'www.example.gov.cn'), `http://www.example.gov.cn:${server.port}/gov-policy.html`);
});

test('the server 404s paths outside the folder, directories and missing files', async () => {
  for (const path of ['/../package.json', '/..%2fpackage.json', '/%2e%2e/package.json', '/./../../package.json', '/package.json', '/', '/missing.html', '/gov-policy.html/..']) {
    const res = await get(path);
    assert.equal(res.status, 404, path);
    assert.ok(!res.body.includes('"name": "gazette-lens"'), path);
  }
});
