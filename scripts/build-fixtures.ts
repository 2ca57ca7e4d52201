/**
 * Builds the HTML page fixtures for the extension's end-to-end tests and benchmarks from the
 * real corpus texts in ../shared/corpus, into tests/fixtures/pages/, plus manifest.json.
 *
 *   npx tsx scripts/build-fixtures.ts            build every page (and big.html)
 *   npx tsx scripts/build-fixtures.ts --ensure   build only when a page or the manifest is missing
 *
 * Deterministic: no clock, no randomness; the same corpus gives byte-identical files, and a file
 * whose content is unchanged is not rewritten. big.html (the speed benchmark page) is not
 * committed (.gitignore): `ensureFixtures()` regenerates it when it is missing, and
 * `node scripts/serve-fixtures.mjs` calls that before serving.
 *
 * Each page has its builder in scripts/fixtures/<page>.ts (common.ts: what they share;
 * manifest.ts: paths, limits and the manifest's types); this file lists the pages and writes them.
 *
 * The pages (see manifest.json for host, government, csp and the expected highlights):
 *   gov-policy.html     www.gov.cn-style policy page (info table) with 威政发〔2022〕19号 (corpus 002)
 *   gazette-issue.html  政府公报 2020年第3期 (corpus 000): cover, table of contents, one <section> a document
 *   pdf-lines.html      PDF→HTML conversion of ≈ 8,000 characters of corpus 001: a <br> after each line
 *   split-spans.html    hand-made CMS page: numbers, dates and units split across inline elements
 *   gov-news.html       a government news article (few signals)
 *   not-gov.html        a cooking blog (the extension must not run there)
 *   strict-csp.html     gov-policy's template with 威政办发〔2022〕15号 and a Trusted Types CSP
 *   big.html            all corpus documents, repeated: ≥ 250,000 visible characters, ≥ 3,000 text nodes
 */
import { SHADOW_ARTICLE_JS, frameArticle, shadowArticle } from './fixtures/deep-content.ts';
import { PAYLOAD_TITLE, hostilePayloadsPage } from './fixtures/hostile-payloads.ts';
import { existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bigPage } from './fixtures/big.ts';
import { htmlPage, pageStats, readCorpus, renderBlocks } from './fixtures/common.ts';
import { gazetteIssuePage } from './fixtures/gazette-issue.ts';
import { govNewsPage } from './fixtures/gov-news.ts';
import { forestFireDoc, govPolicyPage, medicalInsuranceDoc } from './fixtures/gov-policy.ts';
import { type BuildOptions, type BuildResult, DEFAULT_CORPUS_DIR, DEFAULT_OUT_DIR, type FixtureManifest, type FixturePage, MANIFEST_FILE, REPO_ROOT, STRICT_CSP } from './fixtures/manifest.ts';
import { notGovPage } from './fixtures/not-gov.ts';
import { PDF_TARGET_CHARS, pdfLinesPage } from './fixtures/pdf-lines.ts';
import { splitSpansPage } from './fixtures/split-spans.ts';

export { BIG_MIN_TEXT_NODES, BIG_MIN_VISIBLE_CHARS, DEFAULT_CORPUS_DIR, DEFAULT_OUT_DIR, MANIFEST_FILE, REPO_ROOT, STRICT_CSP, type BuildOptions, type BuildResult, type ExpectedHighlight, type FixtureManifest, type FixturePage } from './fixtures/manifest.ts';
export { pageStats } from './fixtures/common.ts';

// ---------------------------------------------------------------------------------------------
// Build
// ---------------------------------------------------------------------------------------------

function writeIfChanged(path: string, content: string): boolean {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return false;
  writeFileSync(path, content, 'utf8');
  return true;
}

/** Builds every page and manifest.json into outDir (only files whose content changed are written). */
export function buildFixtures(opts: BuildOptions = {}): BuildResult {
  const outDir = resolve(opts.outDir ?? DEFAULT_OUT_DIR);
  const corpusDir = resolve(opts.corpusDir ?? DEFAULT_CORPUS_DIR);
  const c = readCorpus(corpusDir);
  const split = splitSpansPage();
  const policy = forestFireDoc(c);
  const medical = medicalInsuranceDoc(c);

  type Draft = Omit<FixturePage, 'visibleChars' | 'textNodes'> & { html: string };
  const GOV = 'www.example.gov.cn';
  const deepParts = { title: policy.title, article: renderBlocks(policy.blocks), page: (x: { title: string; css: string; body: string; head?: string }) => htmlPage(x) };
  const frame = frameArticle(deepParts);
  const drafts: Draft[] = [
    {
      file: 'gov-policy.html', host: GOV, government: true, csp: null, pageType: 'policy', committed: true,
      title: policy.title, source: `corpus ${c.names['002']}: ${policy.number}`, html: govPolicyPage(policy, null),
    },
    {
      file: 'gazette-issue.html', host: GOV, government: true, csp: null, pageType: 'gazette', committed: true,
      title: '威海市环翠区人民政府公报 2020年第3期（总第39期）', source: `corpus ${c.names['000']}: the whole issue`, html: gazetteIssuePage(c),
    },
    {
      file: 'pdf-lines.html', host: GOV, government: true, csp: null, pageType: 'pdf', committed: true,
      title: '威海市文登区人民政府公报 2019年第4期', source: `corpus ${c.names['001']}: first ≈ ${PDF_TARGET_CHARS} characters, one <br> per line`, html: pdfLinesPage(c),
    },
    {
      file: 'split-spans.html', host: GOV, government: true, csp: null, pageType: 'cms', committed: true,
      title: '国务院办公厅关于印发第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知',
      source: `hand-made; text from corpus ${c.names['002']} (国办发〔2022〕37号)`, html: split.html,
      expectedHighlights: split.expected, notHighlighted: split.notHighlighted,
    },
    {
      file: 'gov-news.html', host: 'zwgk.example.gov.cn', government: true, csp: null, pageType: 'news', committed: true,
      title: '区政府召开第十四次常务会议', source: 'hand-made news article (facts from corpus 002)', html: govNewsPage(),
    },
    {
      file: 'not-gov.html', host: 'blog.example.com', government: false, csp: null, pageType: 'blog', committed: true,
      title: '第3号食谱｜外婆的红烧肉，零失败版', source: 'hand-made cooking blog post', html: notGovPage(),
    },
    {
      file: 'strict-csp.html', host: GOV, government: true, csp: STRICT_CSP, pageType: 'policy', committed: true,
      title: medical.title, source: `corpus ${c.names['002']}: ${medical.number}`, html: govPolicyPage(medical, STRICT_CSP),
    },
    {
      file: 'frame-article.html', host: GOV, government: true, csp: null, pageType: 'policy', committed: true, deep: 'frame',
      title: `${policy.title}_政务公开`, source: `corpus ${c.names['002']}: ${policy.number}, the article in a same-origin <iframe>`, html: frame.shell,
    },
    {
      file: 'frame-article-body.html', host: GOV, government: true, csp: null, pageType: 'policy', committed: true,
      title: policy.title, source: 'the article frame-article.html shows in its <iframe>', html: frame.body,
    },
    {
      file: 'shadow-article.html', host: GOV, government: true, csp: null, pageType: 'policy', committed: true, deep: 'shadow',
      title: `${policy.title}_政务公开`, source: `corpus ${c.names['002']}: ${policy.number}, in a web component's open shadow root (shadow-article.js)`, html: shadowArticle(deepParts),
    },
    {
      file: 'hostile-payloads.html', host: GOV, government: true, csp: null, pageType: 'policy', committed: true,
      title: PAYLOAD_TITLE, source: 'hand-made: markup and script as page text (scripts/fixtures/hostile-payloads.ts)', html: hostilePayloadsPage(deepParts.page),
    },
    {
      file: 'big.html', host: GOV, government: true, csp: null, pageType: 'benchmark', committed: false,
      title: '威海市政府公报全文合订本（2019—2022）', source: `all of corpus 000, 001, 002, repeated`, html: bigPage(c),
    },
  ];

  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  if (writeIfChanged(join(outDir, 'shadow-article.js'), SHADOW_ARTICLE_JS)) written.push('shadow-article.js');
  const pages: FixturePage[] = drafts.map(({ html, ...page }) => {
    if (writeIfChanged(join(outDir, page.file), html)) written.push(page.file);
    const s = pageStats(html);
    const { expectedHighlights, notHighlighted, ...rest } = page;
    return {
      ...rest,
      visibleChars: s.visibleChars,
      textNodes: s.textNodes,
      ...(expectedHighlights ? { expectedHighlights } : {}),
      ...(notHighlighted ? { notHighlighted } : {}),
    };
  });
  const manifest: FixtureManifest = {
    generator: 'scripts/build-fixtures.ts (npx tsx scripts/build-fixtures.ts)',
    corpus: '../shared/corpus',
    pages,
  };
  if (writeIfChanged(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)) written.push(MANIFEST_FILE);
  return { outDir, manifest, written };
}

/** Reads outDir/manifest.json, or null when it is missing or unreadable. */
export function readManifest(outDir: string = DEFAULT_OUT_DIR): FixtureManifest | null {
  try {
    return JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as FixtureManifest;
  } catch {
    return null;
  }
}

/** (Re)generates the fixtures when the manifest or any page it lists (big.html included) is missing. */
export function ensureFixtures(opts: BuildOptions = {}): { built: boolean; outDir: string; manifest: FixtureManifest } {
  const outDir = resolve(opts.outDir ?? DEFAULT_OUT_DIR);
  const manifest = readManifest(outDir);
  if (manifest && manifest.pages.length > 0 && manifest.pages.every((p) => existsSync(join(outDir, p.file)))) {
    return { built: false, outDir, manifest };
  }
  const result = buildFixtures({ ...opts, outDir });
  return { built: true, outDir, manifest: result.manifest };
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const ensureOnly = process.argv.includes('--ensure');
  const started = Date.now();
  const { outDir, manifest, written, built } = ensureOnly
    ? { ...ensureFixtures(), written: [] as string[] }
    : { ...buildFixtures(), built: true };
  const rel = outDir.startsWith(REPO_ROOT) ? outDir.slice(REPO_ROOT.length + 1) : outDir;
  console.log(`${built ? 'built' : 'up to date'}: ${rel} (${Date.now() - started} ms)${written.length ? `; changed: ${written.join(', ')}` : ''}`);
  for (const p of manifest.pages) {
    console.log(
      `  ${p.file.padEnd(20)} ${String(p.visibleChars).padStart(7)} chars ${String(p.textNodes).padStart(6)} text nodes  ${p.host}${p.csp ? '  [CSP]' : ''}${p.government ? '' : '  [not government]'}`,
    );
  }
}
