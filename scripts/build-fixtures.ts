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
import { existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser } from 'htmlparser2';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT_DIR = join(REPO_ROOT, 'tests/fixtures/pages');
export const DEFAULT_CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');
export const MANIFEST_FILE = 'manifest.json';
/** The policy strict-csp.html carries in a <meta> and the server sends as a header. */
export const STRICT_CSP = "require-trusted-types-for 'script'; trusted-types 'none'";

/** Minimum size of big.html, the benchmark page. */
export const BIG_MIN_VISIBLE_CHARS = 250_000;
export const BIG_MIN_TEXT_NODES = 3_000;

export type HighlightKind = 'docnum' | 'deadline' | 'unit';

/** A highlight a careful reader would make (EXTRACTION_SPEC.md); text is visible text, no whitespace. */
export interface ExpectedHighlight {
  kind: HighlightKind;
  text: string;
}

export interface FixturePage {
  /** File name inside tests/fixtures/pages. */
  file: string;
  /** Host name to serve it under (map it to 127.0.0.1, e.g. Chromium --host-resolver-rules). */
  host: string;
  /** What page detection should conclude. */
  government: boolean;
  /** The Content-Security-Policy header the server sends, or null. */
  csp: string | null;
  /** What the page is. */
  pageType: 'policy' | 'gazette' | 'pdf' | 'cms' | 'news' | 'blog' | 'benchmark';
  title: string;
  /** Where its text comes from. */
  source: string;
  /** false: generated on demand and git-ignored (big.html). */
  committed: boolean;
  /** The article is in a same-origin frame or a component's open shadow root, not in the page's own text. */
  deep?: 'frame' | 'shadow';
  /** Non-whitespace characters of the visible text (script, style, head and hidden elements skipped). */
  visibleChars: number;
  /** Visible text nodes that hold something other than whitespace. */
  textNodes: number;
  /** split-spans.html: every highlight a careful reader would make, in document order. */
  expectedHighlights?: ExpectedHighlight[];
  /** split-spans.html: texts present in the page source (hidden element, script) that must not be highlighted. */
  notHighlighted?: string[];
}

export interface FixtureManifest {
  generator: string;
  corpus: string;
  pages: FixturePage[];
}

export interface BuildOptions {
  /** Where the pages go (default tests/fixtures/pages). */
  outDir?: string;
  /** The corpus folder (default ../shared/corpus relative to the repo root). */
  corpusDir?: string;
}

export interface BuildResult {
  outDir: string;
  manifest: FixtureManifest;
  /** Files whose content changed (or were created) in this run. */
  written: string[];
}

// ---------------------------------------------------------------------------------------------
// Visible text
// ---------------------------------------------------------------------------------------------

const NEVER_RENDERED = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'canvas', 'audio', 'video']);

function hiddenElement(name: string, attribs: Record<string, string>): boolean {
  if (NEVER_RENDERED.has(name) || 'hidden' in attribs) return true;
  const style = attribs['style'] ?? '';
  return /(?:^|;)\s*display\s*:\s*none\b/i.test(style) || /(?:^|;)\s*visibility\s*:\s*hidden\b/i.test(style);
}

/** Size of a page's visible text: non-whitespace characters and non-blank text nodes. */
export function pageStats(html: string): { visibleChars: number; textNodes: number; text: string } {
  const nodes = countTextNodes(html);
  return { visibleChars: nodes.text.replace(/\s+/g, '').length, textNodes: nodes.count, text: nodes.text };
}

/** Visible text and the number of visible, non-blank text nodes (one node between two tags). */
function countTextNodes(html: string): { count: number; text: string } {
  let hidden = 0;
  let count = 0;
  let inNode = false;
  const parts: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        inNode = false;
        if (hidden > 0 || hiddenElement(name, attribs)) hidden++;
      },
      onclosetag() {
        inNode = false;
        if (hidden > 0) hidden--;
      },
      ontext(text) {
        if (hidden > 0) return;
        parts.push(text);
        // A node reported in chunks counts once: chunks arrive with no tag event between them.
        if (!inNode && text.trim() !== '') {
          count++;
          inNode = true;
        }
      },
      oncomment() {
        inNode = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { count, text: parts.join('') };
}

// ---------------------------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------------------------

interface Corpus {
  dir: string;
  /** Non-blank lines of each file, as extracted (trailing whitespace removed), by prefix 000/001/002. */
  lines: Record<'000' | '001' | '002', string[]>;
  names: Record<'000' | '001' | '002', string>;
}

function readCorpus(dir: string): Corpus {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const pick = (prefix: '000' | '001' | '002'): string => {
    const name = files.find((f) => f.startsWith(`${prefix}_`));
    if (!name) throw new Error(`build-fixtures: no ${prefix}_*.txt in ${dir}`);
    return name;
  };
  const names = { '000': pick('000'), '001': pick('001'), '002': pick('002') };
  const load = (name: string): string[] =>
    readFileSync(join(dir, name), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+$/, ''))
      .filter((l) => l.trim() !== '');
  return { dir, names, lines: { '000': load(names['000']), '001': load(names['001']), '002': load(names['002']) } };
}

function indexOfLine(lines: string[], line: string, from = 0): number {
  const i = lines.findIndex((l, k) => k >= from && l.trim() === line);
  if (i < 0) throw new Error(`build-fixtures: corpus line not found: ${line}`);
  return i;
}

/** Replaces whole lines (exact match after trimming); every fix must apply once. */
function applyFixes(lines: string[], fixes: Array<[string, string[]]>): string[] {
  const out = lines.map((l) => l.trim());
  for (const [from, to] of fixes) {
    const i = out.indexOf(from);
    if (i < 0) throw new Error(`build-fixtures: fix does not apply, line not found: ${from}`);
    out.splice(i, 1, ...to);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lines → blocks (PDF lines joined into paragraphs)
// ---------------------------------------------------------------------------------------------

type Block =
  | { type: 'p'; text: string; cls?: string }
  | { type: 'h'; text: string }
  | { type: 'table'; rows: string[][] };

const CN_NUM = '一二三四五六七八九十百';
const HEADING_START = new RegExp(
  `^(?:[${CN_NUM}]+[、.．]|[（(]\\s*[${CN_NUM}\\d]+\\s*[）)]|第[${CN_NUM}]+[章节条]|\\d+[.．、](?!\\d)|附件|——)`,
);
const DOCNUM_LINE = /^[\u4e00-\u9fff]{1,12}\s*[〔[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*\d+\s*号$/;
const DATE_LINE = /^(?:\d{4}|[圆园\d]{4})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:印发)?$/;
const SIGNER = /(?:人民政府|办公室|办公厅|秘书局|委员会|局)$/;
const ATTRIBUTION_END = /(?:负责|牵头|配合|参与|下同|单位|部门)[^（(）)]*[）)]$/;

function isHeadingOnly(line: string): boolean {
  return HEADING_START.test(line) && !/[。；;]/.test(line) && line.length <= 40;
}

function endsParagraph(line: string): boolean {
  // Sentence end, an attribution's closing bracket, or a table-of-contents entry's page number.
  return /[。：:；;！!？?][”’"）)]*$/.test(line) || ATTRIBUTION_END.test(line) || /\.{3,}\s*[（(]?\d+[）)]?$/.test(line);
}

/** Cover and table-of-contents furniture: a line of its own. */
function isStandaloneLine(line: string): boolean {
  return /^【.*】$/.test(line) || /^[A-Z][A-Z\s]+$/.test(line) || /^目\s*录$/.test(line);
}

/** CJK text broken by a PDF line keeps a space where the line broke inside a title: drop it. */
function despace(s: string): string {
  return s.replace(/(?<=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef])/g, '');
}

interface BlockOptions {
  /** Lines that are titles inside a document (attachments, annexed plans): rendered as headings. */
  subtitles?: string[];
}

function linesToBlocks(rawLines: string[], opts: BlockOptions = {}): Block[] {
  const subtitles = new Set(opts.subtitles ?? []);
  const lines = rawLines.map((l) => l.trim().replace(/^- /, ''));
  const blocks: Block[] = [];
  let para: string | null = null;
  let paraCls: string | undefined;
  let table: string[][] | null = null;

  const flushPara = (): void => {
    if (para !== null) blocks.push(paraCls ? { type: 'p', text: para, cls: paraCls } : { type: 'p', text: para });
    para = null;
    paraCls = undefined;
  };
  const flushTable = (): void => {
    if (table) blocks.push({ type: 'table', rows: table });
    table = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (line.includes('\t')) {
      flushPara();
      const cells = line.split('\t').map((c) => c.trim());
      if (!table) table = [cells];
      // A table continued on the next PDF page repeats its header row: keep the first only.
      else if (cells.join('\t') !== table[0]!.join('\t')) table.push(cells);
      continue;
    }
    flushTable();
    if (subtitles.has(line)) {
      flushPara();
      blocks.push({ type: 'h', text: despace(line) });
      continue;
    }
    if (DOCNUM_LINE.test(line)) {
      flushPara();
      blocks.push({ type: 'p', text: line, cls: 'docnum' });
      continue;
    }
    if (DATE_LINE.test(line)) {
      flushPara();
      blocks.push({ type: 'p', text: line, cls: 'date' });
      continue;
    }
    if (DATE_LINE.test(next) && SIGNER.test(line) && line.length <= 24) {
      flushPara();
      blocks.push({ type: 'p', text: line, cls: 'signature' });
      continue;
    }
    if (/^[（(][^（()）]{1,18}[）)]$/.test(line) || line === '附件') {
      flushPara();
      blocks.push({ type: 'p', text: line, cls: line === '附件' ? 'attachment' : 'note' });
      continue;
    }
    // 附件：… names the attachments; a numbered line right after it continues the list.
    const last = blocks[blocks.length - 1];
    const inAttachments = para !== null ? paraCls === 'attachment-ref' : last?.type === 'p' && last.cls === 'attachment-ref';
    const attachmentItem = inAttachments && /^\d+[.．]/.test(line) && line.length <= 40;
    if (/^附件[：:]/.test(line) || attachmentItem) {
      flushPara();
      para = line;
      paraCls = 'attachment-ref';
      if (endsParagraph(line)) flushPara();
      continue;
    }
    if (isStandaloneLine(line)) {
      flushPara();
      blocks.push({ type: 'p', text: line, cls: 'note' });
      continue;
    }
    if (isHeadingOnly(line)) {
      flushPara();
      blocks.push({ type: 'p', text: line, cls: 'heading' });
      continue;
    }
    if (HEADING_START.test(line)) flushPara();
    para = para === null ? line : para + line;
    if (endsParagraph(line)) flushPara();
  }
  flushPara();
  flushTable();
  return blocks;
}

// ---------------------------------------------------------------------------------------------
// HTML helpers
// ---------------------------------------------------------------------------------------------

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface RenderOptions {
  /** Wrap the first clause of every nth paragraph in a <span> (CMS-style inline markup). */
  spanEvery?: number;
}

function renderBlocks(blocks: Block[], opts: RenderOptions = {}, indent = '    '): string {
  let n = 0;
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'h') {
      out.push(`${indent}<h3 class="sub-title">${esc(b.text)}</h3>`);
    } else if (b.type === 'p') {
      n++;
      let inner = esc(b.text);
      const comma = b.text.indexOf('，');
      if (opts.spanEvery && !b.cls && n % opts.spanEvery === 0 && comma > 0 && comma < 40) {
        inner = `<span class="s">${esc(b.text.slice(0, comma + 1))}</span>${esc(b.text.slice(comma + 1))}`;
      }
      out.push(`${indent}<p${b.cls ? ` class="${b.cls}"` : ''}>${inner}</p>`);
    } else {
      out.push(renderTable(b.rows, indent));
    }
  }
  return out.join('\n');
}

function renderTable(rows: string[][], indent: string): string {
  const width = Math.max(...rows.map((r) => r.length));
  const pad = (r: string[]): string[] => [...r, ...Array<string>(width - r.length).fill('')];
  const head = rows[0]?.[0] === '序号' ? rows[0] : null;
  const body = head ? rows.slice(1) : rows;
  const lines = [`${indent}<table class="data" border="1" cellspacing="0" cellpadding="4">`];
  if (head) lines.push(`${indent}  <thead><tr>${pad(head).map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>`);
  lines.push(`${indent}  <tbody>`);
  for (const r of body) lines.push(`${indent}    <tr>${pad(r).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`);
  lines.push(`${indent}  </tbody>`, `${indent}</table>`);
  return lines.join('\n');
}

interface PageParts {
  title: string;
  /** Extra <head> content (meta tags), already HTML. */
  head?: string;
  css: string;
  body: string;
  bodyAttrs?: string;
}

function htmlPage(p: PageParts): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(p.title)}</title>`,
    ...(p.head ? [p.head] : []),
    '<style>',
    p.css.trim(),
    '</style>',
    '</head>',
    `<body${p.bodyAttrs ? ` ${p.bodyAttrs}` : ''}>`,
    p.body.replace(/\s+$/, ''),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function metaTags(pairs: Array<[string, string]>): string {
  return pairs.map(([name, content]) => `<meta name="${esc(name)}" content="${esc(content)}">`).join('\n');
}

/** The ideographic space (U+3000) Chinese pages use between items; a constant because lint bans it raw in templates. */
const IDSP = '\u3000';
const FONT_STACK = '"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei","Noto Sans CJK SC",SimSun,sans-serif';
const SERIF_STACK = 'FangSong,"仿宋","STFangsong","WenQuanYi Zen Hei","Noto Serif CJK SC",serif';

// ---------------------------------------------------------------------------------------------
// 1 & 7. www.gov.cn-style policy page (gov-policy.html, strict-csp.html)
// ---------------------------------------------------------------------------------------------

const GOV_CN_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#f3f3f3;color:#333;font:16px/1.8 ${FONT_STACK}}
a{color:#333;text-decoration:none}
.header{background:#fff;border-top:4px solid #c4161c}
.header .inner{width:1000px;margin:0 auto;display:flex;align-items:center;justify-content:space-between;height:92px}
.logo{color:#c4161c;font-size:34px;font-weight:bold;letter-spacing:3px;line-height:1.2}
.logo small{display:block;font-size:13px;color:#999;letter-spacing:1px;font-weight:normal}
.top-links{font-size:13px;color:#666}
.top-links a{margin-left:14px;color:#666}
.nav{background:#c4161c}
.nav ul{width:1000px;margin:0 auto;padding:0;list-style:none;display:flex}
.nav li a{display:block;color:#fff;padding:0 24px;line-height:46px;font-size:17px}
.nav li.on a{background:#a10f14}
.crumb{width:1000px;margin:14px auto 0;font-size:14px;color:#666}
.crumb a{color:#666}
.main{width:1000px;margin:10px auto 30px;background:#fff;padding:30px 56px 40px;border:1px solid #e3e3e3}
table.policy-info{width:100%;border-collapse:collapse;font-size:14px;background:#f8fafd;margin-bottom:30px}
table.policy-info td{border:1px solid #d7dde6;padding:8px 12px;vertical-align:top;line-height:1.7}
table.policy-info td.label{width:104px;font-weight:bold;white-space:pre;color:#444;background:#eef2f7}
h1.article-title{font-size:24px;text-align:center;color:#222;margin:6px 0 10px;line-height:1.5}
.article-meta{text-align:center;font-size:13px;color:#888;border-bottom:1px solid #e5e5e5;padding-bottom:12px;margin-bottom:26px}
.article-meta span{margin:0 10px}
.pages_content p{text-indent:2em;margin:0 0 .5em;font-size:17px;line-height:2.1;font-family:${SERIF_STACK}}
.pages_content p.docnum{text-align:center;text-indent:0}
.pages_content p.heading{font-family:SimHei,"黑体","WenQuanYi Zen Hei",sans-serif;font-weight:bold}
.pages_content p.signature,.pages_content p.date{text-align:right;text-indent:0;padding-right:2.5em;margin:0}
.pages_content p.signature{margin-top:1.5em}
.pages_content p.note{text-align:left}
.article-tools{margin-top:30px;font-size:13px;color:#888;text-align:right}
.article-tools a{margin-left:12px;color:#888}
.related{margin-top:26px;border-top:2px solid #c4161c;padding-top:10px;font-size:14px}
.related h3{font-size:16px;margin:0 0 6px;color:#c4161c}
.related ul{margin:0;padding-left:1.2em}
.footer{background:#e8e8e8;color:#666;font-size:13px;text-align:center;padding:22px 0;line-height:2}
`;

interface PolicyDoc {
  title: string;
  issuer: string;
  number: string;
  indexNo: string;
  topic: string;
  written: string;
  published: string;
  pubDateMeta: string;
  keywords: string;
  description: string;
  url: string;
  blocks: Block[];
  related: string[];
}

function govPolicyPage(doc: PolicyDoc, csp: string | null): string {
  const head = [
    ...(csp ? [`<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">`] : []),
    metaTags([
      ['SiteName', '中国政府网'],
      ['SiteDomain', 'www.gov.cn'],
      ['SiteIDCode', 'bm01000001'],
      ['ColumnName', '地方政策'],
      ['ColumnType', '政策文件'],
      ['ArticleTitle', doc.title],
      ['PubDate', doc.pubDateMeta],
      ['ContentSource', `${doc.issuer}网站`],
      ['Keywords', doc.keywords],
      ['Author', doc.issuer],
      ['Description', doc.description],
      ['Url', doc.url],
    ]),
  ].join('\n');
  const label = (s: string): string => `<td class="label"><b>${esc(s)}</b></td>`;
  const value = (s: string, colspan?: number): string => `<td${colspan ? ` colspan="${colspan}"` : ''}>${esc(s)}</td>`;
  const body = `<div class="header">
  <div class="inner">
    <div class="logo">中国政府网<small>www.gov.cn</small></div>
    <div class="top-links"><a href="#">简</a><a href="#">繁</a><a href="#">EN</a><a href="#">登录</a><a href="#">个人中心</a><a href="#">邮箱</a><a href="#">无障碍</a></div>
  </div>
</div>
<div class="nav">
  <ul>
    <li><a href="#">首页</a></li><li><a href="#">国务院</a></li><li><a href="#">总理</a></li><li><a href="#">新闻</a></li>
    <li class="on"><a href="#">政策</a></li><li><a href="#">互动</a></li><li><a href="#">服务</a></li><li><a href="#">数据</a></li><li><a href="#">国情</a></li>
  </ul>
</div>
<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政策</a> &gt; <a href="#">地方政策</a></div>
<div class="main">
  <table class="policy-info">
    <tbody>
      <tr>${label('索 引 号：')}${value(doc.indexNo)}${label('主题分类：')}${value(doc.topic)}</tr>
      <tr>${label('发文机关：')}${value(doc.issuer)}${label('成文日期：')}${value(doc.written)}</tr>
      <tr>${label('标　　题：')}${value(doc.title, 3)}</tr>
      <tr>${label('发文字号：')}${value(doc.number)}${label('发布日期：')}${value(doc.published)}</tr>
    </tbody>
  </table>
  <h1 class="article-title">${esc(doc.title)}</h1>
  <div class="article-meta"><span>来源：${esc(doc.issuer)}网站</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span><a href="#">打印</a></span></div>
  <div class="pages_content" id="UCAP-CONTENT">
${renderBlocks(doc.blocks)}
  </div>
  <div class="article-tools"><a href="#">【我要纠错】</a><a href="#">【打印本页】</a><a href="#">【关闭窗口】</a></div>
  <div class="related">
    <h3>相关稿件</h3>
    <ul>
${doc.related.map((r) => `      <li><a href="#">${esc(r)}</a></li>`).join('\n')}
    </ul>
  </div>
</div>
<div class="footer">
  <div>主办单位：国务院办公厅${IDSP}运行维护单位：中国政府网运行中心</div>
  <div>版权所有：中国政府网${IDSP}中文域名：中国政府网.政务${IDSP}网站标识码bm01000001</div>
  <div>京ICP备05070218号${IDSP}京公网安备11010202000001号</div>
</div>`;
  return htmlPage({ title: `${doc.title}_地方政策_中国政府网`, head, css: GOV_CN_CSS, body });
}

/** The lines of one corpus-002 document: from its number line to its signature date (inclusive). */
function corpus002Doc(lines: string[], number: string, lastLine: string): string[] {
  const start = indexOfLine(lines, number, 40);
  const end = indexOfLine(lines, lastLine, start);
  return lines.slice(start, end + 1);
}

function forestFireDoc(c: Corpus): PolicyDoc {
  const lines = corpus002Doc(c.lines['002'], '威政发〔2022〕19号', '2022年10月30日');
  return {
    title: '威海市人民政府关于严禁在林区野外用火的通告',
    issuer: '威海市人民政府',
    number: '威政发〔2022〕19号',
    indexNo: '113710000043860103/2022-00153',
    topic: '农业、林业、水利\\林业',
    written: '2022年10月30日',
    published: '2022年11月01日',
    pubDateMeta: '2022-11-01 16:30',
    keywords: '森林防火;野外用火;禁火区域;通告',
    description: '威海市人民政府发布通告，每年11月1日至次年5月31日严禁在全市林区野外用火。',
    url: 'https://www.gov.cn/zhengce/difang/202211/content_weihai_forest_fire.htm',
    blocks: linesToBlocks(lines),
    related: ['国务院办公厅关于加强森林草原防灭火工作的意见', '山东省人民政府关于做好秋冬季森林防灭火工作的通知', '威海市人民政府办公室关于完善重特大疾病医疗保险和救助制度的意见'],
  };
}

function medicalInsuranceDoc(c: Corpus): PolicyDoc {
  const lines = corpus002Doc(c.lines['002'], '威政办发[2022]15号', '(此件公开发布)');
  return {
    title: '威海市人民政府办公室关于完善重特大疾病医疗保险和救助制度的意见',
    issuer: '威海市人民政府办公室',
    number: '威政办发〔2022〕15号',
    indexNo: '113710000043860103/2022-00219',
    topic: '卫生、体育\\医药管理',
    written: '2022年12月2日',
    published: '2022年12月09日',
    pubDateMeta: '2022-12-09 10:00',
    keywords: '重特大疾病;医疗保险;医疗救助;三重制度',
    description: '威海市人民政府办公室就完善重特大疾病医疗保险和救助制度提出意见。',
    url: 'https://www.gov.cn/zhengce/difang/202212/content_weihai_medical_aid.htm',
    blocks: linesToBlocks(lines),
    related: ['国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见', '山东省人民政府办公厅关于健全重特大疾病医疗保险和救助制度的实施意见', '威海市人民政府关于严禁在林区野外用火的通告'],
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Gazette issue (gazette-issue.html) from corpus 000
// ---------------------------------------------------------------------------------------------

const GAZETTE_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#efe9e1;color:#2b2b2b;font:16px/1.8 ${FONT_STACK}}
a{color:#8b1a1a;text-decoration:none}
.site-head{background:#b3191f;color:#fff}
.site-head .inner{width:1040px;margin:0 auto;height:70px;display:flex;align-items:center;justify-content:space-between}
.site-head .name{font-size:26px;font-weight:bold;letter-spacing:2px}
.site-head nav a{color:#fff;margin-left:22px;font-size:15px}
.crumb{width:1040px;margin:12px auto 0;font-size:13px;color:#777}
.wrap{width:1040px;margin:10px auto 30px;background:#fff;padding:36px 64px 48px;border:1px solid #ddd}
.cover{border:3px double #b3191f;padding:28px 20px 22px;text-align:center;margin-bottom:28px;background:#fffaf5}
.cover h1{color:#b3191f;font-size:38px;letter-spacing:6px;margin:0;line-height:1.4;font-family:SimHei,"黑体","WenQuanYi Zen Hei",sans-serif}
.cover .pinyin{color:#b3191f;font-size:12px;letter-spacing:3px;margin:2px 0 12px}
.cover .motto{font-size:15px;letter-spacing:4px;color:#555}
.cover .issue{font-size:20px;margin-top:12px;font-weight:bold}
.cover .sponsor,.cover .freq{font-size:14px;color:#666}
.feature{border-left:4px solid #b3191f;background:#faf6f0;padding:12px 18px;margin:0 0 30px}
.feature h2{font-size:18px;margin:0 0 6px;color:#b3191f}
.feature p{text-indent:2em;margin:0 0 .4em;font-size:15px}
.toc{margin-bottom:36px}
.toc h2{text-align:center;font-size:24px;letter-spacing:12px;margin:0 0 10px}
.toc h3{font-size:16px;color:#b3191f;margin:14px 0 4px}
.toc ul{list-style:none;margin:0;padding:0}
.toc li{display:flex;align-items:baseline;font-size:15px;line-height:1.7;margin:4px 0}
.toc li a{color:#2b2b2b}
.toc .toc-num{color:#666;margin-left:4px;white-space:nowrap}
.toc .toc-dots{flex:1;border-bottom:1px dotted #999;margin:0 6px;min-width:20px}
.toc .toc-page{white-space:nowrap}
section.doc{border-top:2px solid #b3191f;padding-top:18px;margin-top:34px}
section.doc h2{text-align:center;font-size:22px;line-height:1.6;color:#b3191f;margin:0 40px 8px;font-family:SimHei,"黑体","WenQuanYi Zen Hei",sans-serif}
section.doc h3.sub-title{text-align:center;font-size:19px;margin:26px 0 10px}
section.doc p{text-indent:2em;margin:0 0 .4em;line-height:2;font-size:16px;font-family:${SERIF_STACK}}
section.doc p.docnum{text-align:center;text-indent:0;margin-bottom:1em}
section.doc p.heading{font-family:SimHei,"黑体","WenQuanYi Zen Hei",sans-serif;font-weight:bold}
section.doc p.signature,section.doc p.date{text-align:right;text-indent:0;padding-right:2em;margin:0}
section.doc p.signature{margin-top:1.2em}
section.doc p.attachment{text-indent:0;font-family:SimHei,"黑体","WenQuanYi Zen Hei",sans-serif;margin-top:1.5em}
section.doc p.note{text-align:center;text-indent:0}
section.doc p.attachment-ref{margin-top:1em}
section.doc p.attachment-ref+p.attachment-ref{margin-top:0;padding-left:3em}
table.data{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px;line-height:1.6}
table.data th,table.data td{border:1px solid #999;padding:4px 8px;text-align:left;vertical-align:top}
table.data th{background:#f1e6da}
.site-foot{text-align:center;color:#777;font-size:13px;padding:18px 0 28px;line-height:2}
`;

interface GazetteDocSpec {
  number: string;
  /** How many title lines sit above the number line in the corpus. */
  titleLines: number;
  subtitles?: string[];
  /** Two-column PDF text came out interleaved: whole-line repairs (text moved, not invented). */
  fixes?: Array<[string, string[]]>;
}

const GAZETTE_DOCS: GazetteDocSpec[] = [
  {
    number: '威环政字〔2020〕10号',
    titleLines: 1,
    subtitles: ['环翠区第六批区级非物质文化遗产 代表性项目名录', '环翠区区级非物质文化遗产代表性项目名录 扩展项目名录'],
  },
  { number: '威环政字〔2020〕12号', titleLines: 2, subtitles: ['环翠区区级行政许可等事项划转清单'] },
  {
    number: '威环政办字〔2020〕19号',
    titleLines: 1,
    subtitles: ['关于改革完善医疗卫生行业综合监管制度 的实施方案', '医疗卫生行业综合监管部门职责分工'],
    fixes: [
      ['各镇政府、街道办事处，区直有关部门、单位： 印发给你们，请认真组织实施。', ['各镇政府、街道办事处，区直有关部门、单位：']],
      [
        '《关于改革完善医疗卫生行业综合监管制度的实施方案》已经区政府研究同意，现',
        ['《关于改革完善医疗卫生行业综合监管制度的实施方案》已经区政府研究同意，现印发给你们，请认真组织实施。'],
      ],
    ],
  },
  {
    number: '威环政办字〔2020〕20号',
    titleLines: 1,
    subtitles: ['威海市环翠区基层政务公开标准化规范化 工作实施方案', '基层政务公开事项标准目录编制牵头部门'],
    fixes: [
      ['各镇政府、街道办事处，区政府各部门、现印发给你们，请认真贯彻执行。', ['各镇政府、街道办事处，区政府各部门、单位：']],
      ['单位：', []],
      ['规范化工作实施方案》已经区政府同意，', ['规范化工作实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。']],
    ],
  },
  {
    number: '威环政办字〔2020〕24号',
    titleLines: 1,
    subtitles: ['威海市环翠区耕地保护责任目标考核办法'],
    fixes: [
      ['各镇政府、街道办事处，区政府有关部门：你们，请认真贯彻执行。', ['各镇政府、街道办事处，区政府有关部门：']],
      [
        '《威海市环翠区耕地保护责任目标考核办法》已经区政府研究同意，现印发给',
        ['《威海市环翠区耕地保护责任目标考核办法》已经区政府研究同意，现印发给你们，请认真贯彻执行。'],
      ],
    ],
  },
  { number: '威环政任〔2020〕2号', titleLines: 1 },
  { number: '威环政任〔2020〕3号', titleLines: 0 },
];

interface TocEntry {
  category: string;
  title: string;
  number: string;
  page: string;
}

function parseToc(lines: string[]): { entries: TocEntry[]; end: number } {
  const start = indexOfLine(lines, '目 录');
  const entries: TocEntry[] = [];
  let category = '';
  let i = start + 1;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (/^【.*】$/.test(line)) {
      category = line;
      continue;
    }
    const m = /^（(.+?)）\.+（(\d+)）$/.exec(lines[i + 1]?.trim() ?? '');
    if (line.startsWith('- ') && m) {
      entries.push({ category, title: line.slice(2), number: m[1]!, page: m[2]! });
      i++;
      continue;
    }
    break;
  }
  if (entries.length !== GAZETTE_DOCS.length) throw new Error(`build-fixtures: expected ${GAZETTE_DOCS.length} TOC entries in corpus 000, found ${entries.length}`);
  return { entries, end: i };
}

function gazetteIssuePage(c: Corpus): string {
  const lines = c.lines['000'];
  const { entries, end: tocEnd } = parseToc(lines);
  // Number lines of the documents, in order, after the table of contents.
  const numberAt: number[] = [];
  let from = tocEnd;
  for (const spec of GAZETTE_DOCS) {
    const i = indexOfLine(lines, spec.number, from);
    numberAt.push(i);
    from = i + 1;
  }
  const sections: string[] = [];
  GAZETTE_DOCS.forEach((spec, k) => {
    const entry = entries[k]!;
    if (entry.number !== spec.number) throw new Error(`build-fixtures: TOC entry ${k} is ${entry.number}, expected ${spec.number}`);
    const nextTitle = k + 1 < GAZETTE_DOCS.length ? numberAt[k + 1]! - GAZETTE_DOCS[k + 1]!.titleLines : lines.length;
    let body = lines.slice(numberAt[k]! + 1, nextTitle);
    if (spec.fixes) body = applyFixes(body, spec.fixes);
    const blocks = linesToBlocks(body, { subtitles: spec.subtitles });
    sections.push(`  <section class="doc" id="doc-${k + 1}">
    <h2>${esc(entry.title)}</h2>
    <p class="docnum">${esc(spec.number)}</p>
${renderBlocks(blocks, {}, '    ')}
  </section>`);
  });

  // Cover and the department feature (封二) that precede the table of contents.
  const featureAt = indexOfLine(lines, '威海市环翠区司法局');
  const featureParas = lines.slice(featureAt + 1, indexOfLine(lines, '威海市环翠区人民政府公报', featureAt));
  const toc: string[] = [];
  let category = '';
  entries.forEach((e, k) => {
    if (e.category !== category) {
      if (category) toc.push('    </ul>');
      toc.push(`    <h3>${esc(despace(e.category))}</h3>`, '    <ul>');
      category = e.category;
    }
    toc.push(
      `      <li><a href="#doc-${k + 1}">${esc(e.title)}</a><span class="toc-num">（${esc(e.number)}）</span><span class="toc-dots"></span><span class="toc-page">（${esc(e.page)}）</span></li>`,
    );
  });
  toc.push('    </ul>');

  const head = metaTags([
    ['SiteName', '威海市环翠区人民政府'],
    ['SiteDomain', 'www.huancui.gov.cn'],
    ['SiteIDCode', '3710020001'],
    ['ColumnName', '政府公报'],
    ['ColumnType', '政府公报'],
    ['ArticleTitle', '威海市环翠区人民政府公报 2020年第3期（总第39期）'],
    ['PubDate', '2020-10-20 09:00'],
    ['ContentSource', '威海市环翠区人民政府办公室'],
  ]);
  const body = `<div class="site-head">
  <div class="inner">
    <div class="name">威海市环翠区人民政府</div>
    <nav><a href="#">首页</a><a href="#">政务公开</a><a href="#">政务服务</a><a href="#">互动交流</a><a href="#">政府公报</a></nav>
  </div>
</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 政府公报 &gt; 2020年</div>
<div class="wrap">
  <div class="cover">
    <h1>${esc(lines[0]!.trim())}</h1>
    <div class="pinyin">${esc(lines[1]!.trim())}</div>
    <div class="motto">${esc(lines[2]!.trim())}</div>
    <div class="issue">${esc(lines[3]!.trim())}</div>
    <div class="sponsor">${esc(lines[4]!.trim())}</div>
    <div class="freq">季刊</div>
  </div>
  <div class="feature">
    <h2>${esc(lines[featureAt]!.trim())}</h2>
${featureParas.map((p) => `    <p>${esc(p.trim())}</p>`).join('\n')}
  </div>
  <nav class="toc" id="toc">
    <h2>目录</h2>
${toc.join('\n')}
  </nav>
${sections.join('\n')}
</div>
<div class="site-foot">
  <div>主办：威海市环翠区人民政府办公室${IDSP}承办：威海市环翠区大数据中心</div>
  <div>网站标识码：3710020001${IDSP}鲁ICP备05030921号</div>
</div>`;
  return htmlPage({ title: '威海市环翠区人民政府公报 2020年第3期（总第39期）', head, css: GAZETTE_CSS, body });
}

// ---------------------------------------------------------------------------------------------
// 3. PDF → HTML conversion (pdf-lines.html) from corpus 001
// ---------------------------------------------------------------------------------------------

const PDF_TARGET_CHARS = 8000;
const PDF_LINES_PER_PAGE = 57;

const PDF_CSS = `
body{margin:0;background:#8f8f8f;font:15px/1.55 "WenQuanYi Zen Hei","Noto Serif CJK SC",SimSun,serif;color:#000}
.page{width:520px;margin:18px auto;background:#fff;padding:26px 40px 34px;box-shadow:0 1px 4px rgba(0,0,0,.45)}
.page-header{font-size:11px;color:#444;border-bottom:1px solid #444;padding-bottom:2px;margin-bottom:14px;white-space:pre}
.page-header.even{text-align:left}
.page-header.odd{text-align:right}
hr{display:none}
`;

function pdfLinesPage(c: Corpus): string {
  const all = c.lines['001'];
  // Lines from the start until ≈ 8,000 characters, ending at the end of a sentence.
  const taken: string[] = [];
  let chars = 0;
  for (const line of all) {
    taken.push(line);
    chars += line.trim().length;
    if (chars >= PDF_TARGET_CHARS && /[。]$/.test(line.trim())) break;
  }
  const header = '威海市文登区人民政府公报　2019·4';
  const pages: string[][] = [[]];
  let sinceBreak = 0;
  // The document number printed in the page margin comes out as the page's last line, and the
  // next page's first line starts with a space.
  const marginNumber = (i: number): boolean => DOCNUM_LINE.test((taken[i] ?? '').trim()) && (taken[i + 1] ?? '').startsWith(' ');
  taken.forEach((line, i) => {
    pages[pages.length - 1]!.push(line);
    sinceBreak++;
    const full = sinceBreak >= PDF_LINES_PER_PAGE && !marginNumber(i + 1);
    if ((marginNumber(i) || full) && i < taken.length - 1) {
      pages.push([]);
      sinceBreak = 0;
    }
  });
  const body = pages
    .map((pageLines, k) => {
      const n = k + 1;
      const odd = n % 2 === 1;
      const head = odd ? `${header}${IDSP}${IDSP}${n}` : `${n}${IDSP}${IDSP}${header}`;
      return [
        `<a name="${n}"></a>`,
        `<div class="page" id="page${n}">`,
        `<div class="page-header ${odd ? 'odd' : 'even'}">${esc(head)}</div>`,
        ...pageLines.map((l) => `${esc(l.replace(/^ +/, (s) => '\u00a0'.repeat(s.length)))}<br>`),
        '</div>',
        '<hr>',
      ].join('\n');
    })
    .join('\n');
  const head = [
    '<meta name="generator" content="pdftohtml 0.86.1">',
    '<meta name="author" content="威海市文登区人民政府办公室">',
    '<meta name="keywords" content="政府公报,2019年第4期">',
  ].join('\n');
  return htmlPage({ title: '威海市文登区人民政府公报 2019年第4期', head, css: PDF_CSS, body, bodyAttrs: 'bgcolor="#A0A0A0" vlink="blue" link="blue"' });
}

// ---------------------------------------------------------------------------------------------
// District government site template (split-spans.html, gov-news.html)
// ---------------------------------------------------------------------------------------------

const DISTRICT_CSS = `
*{box-sizing:border-box}
body{margin:0;background:#eef3f8;color:#333;font:16px/1.8 ${FONT_STACK}}
a{color:#1f4e8c;text-decoration:none}
.banner{background:linear-gradient(#1a5fb4,#0d4a97);color:#fff}
.banner .inner{width:1000px;margin:0 auto;height:96px;display:flex;align-items:center;justify-content:space-between}
.banner .site{font-size:32px;font-weight:bold;letter-spacing:4px;font-family:SimHei,"黑体","WenQuanYi Zen Hei",sans-serif}
.banner .site small{display:block;font-size:12px;letter-spacing:2px;font-weight:normal;opacity:.85}
.banner .search{background:#fff;color:#999;font-size:13px;padding:4px 60px 4px 10px;border-radius:2px}
.menu{background:#0b3d7c}
.menu ul{width:1000px;margin:0 auto;padding:0;list-style:none;display:flex}
.menu li a{display:block;color:#fff;padding:0 26px;line-height:44px;font-size:16px}
.menu li.on a{background:#f2a000}
.crumb{width:1000px;margin:12px auto 0;font-size:13px;color:#666}
.layout{width:1000px;margin:10px auto 28px;display:flex;gap:18px}
.article{flex:1;background:#fff;border:1px solid #dbe3ec;padding:28px 44px 36px}
.article h1{font-size:24px;text-align:center;line-height:1.5;color:#0d3f7d;margin:4px 0 10px}
.article .info{text-align:center;font-size:13px;color:#888;border-bottom:1px dashed #ccd;padding-bottom:10px;margin-bottom:20px}
.article .info span{margin:0 10px}
.article .content p{text-indent:2em;margin:0 0 .6em;line-height:2}
.article .content p.wh,.article .content p.center{text-align:center;text-indent:0}
.article .content p.right{text-align:right;text-indent:0;padding-right:2em;margin:0}
.article .content h2{font-size:19px;text-align:center;margin:24px 0 12px}
.article .content table{border-collapse:collapse;width:100%;font-size:14px;margin:10px 0 18px}
.article .content th,.article .content td{border:1px solid #9fb3c8;padding:6px 8px;vertical-align:top;line-height:1.6}
.article .content th{background:#e3edf7}
.article figure{margin:0 0 18px;text-align:center}
.article figcaption{font-size:14px;color:#555;margin-top:6px}
.side{width:250px}
.side .box{background:#fff;border:1px solid #dbe3ec;margin-bottom:14px}
.side h3{margin:0;font-size:15px;background:#1a5fb4;color:#fff;padding:6px 12px}
.side ul{margin:0;padding:8px 12px 10px 28px;font-size:14px;line-height:1.9}
.side li span{color:#999;font-size:12px;margin-left:4px}
.footer{background:#0b3d7c;color:#d5e2f2;text-align:center;font-size:13px;line-height:2;padding:18px 0}
`;

function districtPage(opts: {
  title: string;
  column: string;
  crumb: string;
  pubDate: string;
  source: string;
  keywords: string;
  description: string;
  article: string;
  side: string;
  extraBody?: string;
  siteDomain: string;
}): string {
  const head = metaTags([
    ['SiteName', '威海市文登区人民政府'],
    ['SiteDomain', opts.siteDomain],
    ['SiteIDCode', '3710810001'],
    ['ColumnName', opts.column],
    ['ColumnType', opts.column],
    ['ArticleTitle', opts.title],
    ['PubDate', opts.pubDate],
    ['ContentSource', opts.source],
    ['Keywords', opts.keywords],
    ['Description', opts.description],
  ]);
  const body = `<div class="banner">
  <div class="inner">
    <div class="site">威海市文登区人民政府<small>WEIHAI WENDENG DISTRICT PEOPLE'S GOVERNMENT</small></div>
    <div class="search">请输入关键词</div>
  </div>
</div>
<div class="menu">
  <ul>
    <li><a href="#">首页</a></li><li><a href="#">走进文登</a></li><li${opts.column === '文登要闻' ? ' class="on"' : ''}><a href="#">新闻中心</a></li>
    <li${opts.column !== '文登要闻' ? ' class="on"' : ''}><a href="#">政务公开</a></li><li><a href="#">政务服务</a></li><li><a href="#">互动交流</a></li>
  </ul>
</div>
<div class="crumb">当前位置：${opts.crumb}</div>
<div class="layout">
  <div class="article">
${opts.article}
  </div>
  <div class="side">
${opts.side}
  </div>
</div>
<div class="footer">
  <div>主办：威海市文登区人民政府办公室${IDSP}承办：威海市文登区大数据中心</div>
  <div>网站标识码：3710810001${IDSP}鲁ICP备05012345号${IDSP}鲁公网安备 37108102000101号</div>
  <div>地址：威海市文登区龙山路36号${IDSP}联系电话：0631-8451234</div>
</div>${opts.extraBody ? `\n${opts.extraBody}` : ''}`;
  return htmlPage({ title: `${opts.title}_${opts.column}_威海市文登区人民政府`, head, css: DISTRICT_CSS, body });
}

// ---------------------------------------------------------------------------------------------
// 4. split-spans.html: text split across inline elements and table cells
// ---------------------------------------------------------------------------------------------

/** Visible text of an HTML fragment with no whitespace (for the expected highlight list). */
function fragmentText(html: string): string {
  return pageStats(`<body>${html}</body>`).text.replace(/\s+/g, '');
}

function splitSpansPage(): { html: string; expected: ExpectedHighlight[]; notHighlighted: string[] } {
  const expected: ExpectedHighlight[] = [];
  /** Marks a span a careful reader would highlight; returns the HTML unchanged. */
  const hl = (kind: HighlightKind, html: string): string => {
    expected.push({ kind, text: fragmentText(html) });
    return html;
  };
  const unit = (html: string): string => hl('unit', html);

  // Texts in the page source that are not visible text (display:none, <script>).
  const HIDDEN_DOCNUM = '威文政办字〔2022〕88号';
  const HIDDEN_DEADLINE = '2023年3月底前';
  const SCRIPT_DOCNUM = '威文政办字〔2022〕99号';
  const SCRIPT_DEADLINE = '2023年6月30日前';

  // Built in document order, so `expected` follows the page.
  const docnum = hl('docnum', '国办<span>发〔2022〕</span><b>37</b>号');
  const para7 = `（七）继续深化通关便利化改革，推进通关业务全流程网上办理，提升港口集疏运水平，畅通外贸产业链供应链。（${unit(
    '<font color="#333333">海关总署</font>',
  )}、${unit('<font face="仿宋_GB2312"><font color="#333333">交通</font>运输部</font>')}、${unit('<font color="#333333">商务部</font>')}、${unit(
    '国家铁路局',
  )}、${unit('中国国家<font color="#333333">铁路集团</font>有限公司')}等${unit('相关部门和单位')}及${unit('各地区')}按职责分工负责）`;
  const item1 = `1. ${hl('deadline', '<span lang="EN-US" style="font-family:仿宋_GB2312">2022</span>年底前')}，依托国际贸易“单一窗口”平台，加强部门间信息共享和业务联动，开展进口关税配额联网核查及相应货物无纸化通关试点。在有条件的港口推进进口货物“船边直提”和出口货物“抵港直装”。（${unit(
    '<font color="#c00000">海关总署</font>',
  )}牵头，${unit('国务院相关部门')}及${unit('各地区')}按职责分工负责）`;
  const item2 = `2. 加快推动大宗货物和集装箱中长距离运输“公转铁”、“公转水”等多式联运改革，推进铁路专用线建设，降低综合货运成本。${hl(
    'deadline',
    '<span>2022</span>年<span>11</span>月底前',
  )}，开展不少于 100 个多式联运示范工程建设。（<font face="仿宋_GB2312">${unit('交通运输部')}、${unit('国家发展改革委')}</font>、${unit(
    '国家<span>铁路局</span>',
  )}、${unit('中国国家铁路集团有限公司')}等${unit('相关部门和单位')}及${unit('各地区')}按职责分工负责）`;
  // Rows of the task table: 重点任务 / 牵头单位 / 责任单位 / 完成时限 (from 国办发〔2022〕37号, corpus 002).
  const rows: Array<[string, string, string, string]> = [
    [
      '再增设一批跨境电子商务综合试验区，加快出台更多支持海外仓发展的政策措施',
      unit('商务部'),
      `${unit('<font color="#333333">中国贸促会</font>')}等${unit('相关部门和单位')}及${unit('各地区')}`,
      hl('deadline', '<span>2022</span>年底前'),
    ],
    [
      '依托国际贸易“单一窗口”平台，开展进口关税配额联网核查及相应货物无纸化通关试点',
      unit('<span style="font-family:仿宋_GB2312">海关</span><span style="font-family:仿宋_GB2312">总署</span>'),
      `${unit('国务院相关部门')}及${unit('各地区')}`,
      hl('deadline', '2022年<br>底前'),
    ],
    [
      '省、市、县级人民政府按照统一的清单编制要求，编制并公布本级行政许可事项清单',
      unit('国务院办公厅'),
      unit('各地区'),
      hl('deadline', '<span lang="EN-US">2022</span>年底'),
    ],
    [
      '制定出台关于深入推进跨部门综合监管的指导意见',
      unit('国务院办公厅'),
      `${unit('国务院<b>相关部门</b>')}及${unit('各地区')}`,
      hl('deadline', '2022年底前'),
    ],
    [
      '实现企业开办、涉企不动产登记、员工录用、企业简易注销等“一件事一次办”',
      unit('国务院<span>办公厅</span>'),
      `${unit('国务院相关部门')}<br>及${unit('各地区')}`,
      hl('deadline', '<span>2022年</span><span>底前</span>'),
    ],
    [
      '制定出台关于进一步做好最低生活保障等社会救助兜底保障工作的政策文件',
      unit('民政部'),
      `${unit('国务院相关部门')}及${unit('各地区')}`,
      hl('deadline', '<font face="宋体">2022</font>年底前'),
    ],
  ];

  const table = [
    '      <table border="1" cellspacing="0" cellpadding="0" width="100%">',
    '        <tbody>',
    '          <tr><th width="6%">序号</th><th width="44%">重点任务</th><th width="14%">牵头单位</th><th width="22%">责任单位</th><th width="14%">完成时限</th></tr>',
    ...rows.map(
      ([task, lead, resp, when], k) =>
        `          <tr><td><p class="center">${k + 1}</p></td><td>${task}</td><td><p class="center">${lead}</p></td><td>${resp}</td><td><p class="center">${when}</p></td></tr>`,
    ),
    '        </tbody>',
    '      </table>',
  ].join('\n');

  const article = `    <h1>国务院办公厅关于印发第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知</h1>
    <div class="info"><span>发布时间：2022-10-25 17:05</span><span>信息来源：中国政府网</span><span>浏览次数：<span id="hits">1268</span></span><span>【<a href="#">打印</a>】【<a href="#">关闭</a>】</span></div>
    <div class="print-meta" style="display:none">文档编号：${esc(HIDDEN_DOCNUM)}${IDSP}请于${esc(HIDDEN_DEADLINE)}报送落实情况（区政务服务管理办公室牵头）</div>
    <div class="content">
      <p class="wh MsoNormal">${docnum}<o:p></o:p></p>
      <p class="MsoNormal" style="text-indent:0">各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
      <p class="MsoNormal">《第十次全国深化“放管服”改革电视电话会议重点任务分工方案》已经国务院同意，现印发给你们，请结合实际认真贯彻落实。</p>
      <p class="right">中华人民共和国国务院办公厅</p>
      <p class="right"><span>2022</span>年<span>10</span>月<span>15</span>日</p>
      <p class="MsoNormal">（此件公开发布）</p>
      <h2>第十次全国深化“放管服”改革电视电话会议重点任务分工方案（节选）</h2>
      <p class="MsoNormal">${para7}</p>
      <p class="MsoNormal">具体举措：</p>
      <p class="MsoNormal">${item1}</p>
      <p class="MsoNormal">${item2}</p>
      <p class="MsoNormal" style="text-indent:0"><b>附表：重点任务分工表（节选）</b></p>
${table}
    </div>`;
  const side = `    <div class="box"><h3>上级文件</h3><ul>
      <li><a href="#">国务院关于进一步加快推进政务服务标准化规范化便利化的指导意见</a></li>
      <li><a href="#">国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见</a></li>
    </ul></div>`;
  const script = `<script>
  // 站点统计与文档元数据（不显示）
  var _docMeta = { wh: "${SCRIPT_DOCNUM}", deadline: "${SCRIPT_DEADLINE}", column: "上级文件" };
  if (window.console) { console.log("docMeta", _docMeta.wh); }
</script>`;
  const html = districtPage({
    title: '国务院办公厅关于印发第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知',
    column: '上级文件',
    crumb: '<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a> &gt; <a href="#">上级文件</a>',
    pubDate: '2022-10-25 17:05',
    source: '中国政府网',
    keywords: '放管服;重点任务;分工方案',
    description: '国务院办公厅印发第十次全国深化“放管服”改革电视电话会议重点任务分工方案。',
    article,
    side,
    extraBody: script,
    siteDomain: 'www.wendeng.gov.cn',
  });
  return { html, expected, notHighlighted: [HIDDEN_DOCNUM, HIDDEN_DEADLINE, SCRIPT_DOCNUM, SCRIPT_DEADLINE] };
}

// ---------------------------------------------------------------------------------------------
// 5. gov-news.html: a news article on a government site (few signals)
// ---------------------------------------------------------------------------------------------

function govNewsPage(): string {
  const photo = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360" role="img" aria-label="会议现场">
        <rect width="640" height="360" fill="#c9d3de"/>
        <rect x="70" y="60" width="500" height="40" fill="#8a1c1c"/>
        <rect x="40" y="210" width="560" height="70" rx="6" fill="#6b4a2f"/>
        <g fill="#2d3a4a"><circle cx="110" cy="190" r="20"/><circle cx="200" cy="190" r="20"/><circle cx="290" cy="190" r="20"/><circle cx="380" cy="190" r="20"/><circle cx="470" cy="190" r="20"/><circle cx="550" cy="190" r="20"/></g>
      </svg>`;
  const article = `    <h1>区政府召开第十四次常务会议</h1>
    <div class="info"><span>发布时间：2022-11-09 10:25</span><span>信息来源：区融媒体中心</span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
    <div class="content">
      <figure>
      ${photo}
        <figcaption>图为会议现场。（区融媒体中心 供图）</figcaption>
      </figure>
      <p>11月8日，区政府召开第十四次常务会议，传达学习上级有关会议精神，研究政务服务体系建设、迎峰度冬能源电力保供等工作。区政府领导班子成员出席会议，区直有关部门主要负责同志列席会议。</p>
      <p>会议传达学习了《国务院办公厅关于印发第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知》（国办发〔2022〕37号）精神。会议指出，深化“放管服”改革是优化营商环境、激发市场主体活力的重要举措，全区各级各部门要进一步提高站位，持续在简政放权、放管结合、优化服务上下功夫，推动各项改革举措落地见效。</p>
      <p>会议审议并原则通过了《威海市文登区贯彻落实〈山东省人民政府关于塑强“爱山东”政务服务品牌全面推进政务服务体系建设的实施意见〉工作方案》。会议强调，要以企业和群众眼中的“一件事”为导向，深入推进政务服务标准化、规范化、便利化，让企业和群众到政府办事像“网购”一样方便。</p>
      <p>会议研究了迎峰度冬能源电力保供工作。会议要求，各有关部门、单位要密切协作配合，加强煤炭、天然气供应保障，确保电力安全稳定运行，保障人民群众温暖过冬。</p>
      <p>会议还研究了其他事项。</p>
      <p class="right">（编辑：区政府办公室）</p>
    </div>`;
  const side = `    <div class="box"><h3>文登要闻</h3><ul>
      <li><a href="#">我区召开迎峰度冬能源电力保供工作推进会</a><span>2022-11-24</span></li>
      <li><a href="#">区政务服务中心“办不成事”反映窗口启用</a><span>2022-11-15</span></li>
      <li><a href="#">区政府召开第十三次常务会议</a><span>2022-10-21</span></li>
      <li><a href="#">全区秋冬季森林防灭火工作会议召开</a><span>2022-10-28</span></li>
    </ul></div>
    <div class="box"><h3>专题专栏</h3><ul>
      <li><a href="#">优化营商环境</a></li>
      <li><a href="#">政务公开标准化规范化</a></li>
    </ul></div>`;
  return districtPage({
    title: '区政府召开第十四次常务会议',
    column: '文登要闻',
    crumb: '<a href="#">首页</a> &gt; <a href="#">新闻中心</a> &gt; <a href="#">文登要闻</a>',
    pubDate: '2022-11-09 10:25',
    source: '区融媒体中心',
    keywords: '常务会议;政务服务;迎峰度冬',
    description: '11月8日，区政府召开第十四次常务会议。',
    article,
    side,
    siteDomain: 'www.wendeng.gov.cn',
  });
}

// ---------------------------------------------------------------------------------------------
// 6. not-gov.html: a cooking blog
// ---------------------------------------------------------------------------------------------

const BLOG_CSS = `
body{margin:0;background:#fdf8f2;color:#3b3025;font:16px/1.9 ${FONT_STACK}}
a{color:#c0602a;text-decoration:none}
.top{background:#fff;border-bottom:1px solid #eadfd3}
.top .inner{max-width:760px;margin:0 auto;display:flex;justify-content:space-between;align-items:center;height:64px}
.brand{font-size:22px;font-weight:bold;color:#c0602a}
.top nav a{margin-left:18px;color:#7a6a5a;font-size:15px}
article{max-width:760px;margin:28px auto;background:#fff;border-radius:10px;padding:30px 40px;box-shadow:0 1px 6px rgba(120,80,40,.12)}
article h1{font-size:28px;line-height:1.4;margin:0 0 6px}
.meta{color:#a08f7e;font-size:14px;margin-bottom:18px}
.tag{display:inline-block;background:#fbe9dc;color:#c0602a;border-radius:12px;padding:0 10px;font-size:13px;margin-right:6px}
.dish{height:220px;border-radius:8px;background:linear-gradient(135deg,#8e3b1b,#c9692f 55%,#f0b36b);margin:14px 0 6px}
.dish-caption{font-size:13px;color:#a08f7e;text-align:center;margin-bottom:16px}
h2{font-size:20px;border-left:4px solid #c0602a;padding-left:10px;margin-top:28px}
.comments{max-width:760px;margin:0 auto 40px;padding:0 40px}
.comment{border-bottom:1px dashed #eadfd3;padding:10px 0;font-size:15px}
.comment .who{color:#c0602a;margin-right:8px}
.comment .when{color:#b9a996;font-size:13px;margin-left:8px}
footer{text-align:center;color:#b9a996;font-size:13px;padding:20px 0 30px}
`;

function notGovPage(): string {
  const head = [
    '<meta name="description" content="阿芳的小厨房：家常菜谱、烘焙笔记和厨房小技巧。第3号食谱：外婆的红烧肉。">',
    '<meta name="keywords" content="红烧肉,家常菜,菜谱,美食博客">',
    '<meta property="og:type" content="article">',
    '<meta property="og:site_name" content="阿芳的小厨房">',
    '<meta property="og:title" content="第3号食谱｜外婆的红烧肉，零失败版">',
  ].join('\n');
  const body = `<div class="top">
  <div class="inner">
    <div class="brand">阿芳的小厨房</div>
    <nav><a href="#">首页</a><a href="#">家常菜</a><a href="#">烘焙</a><a href="#">厨房小技巧</a><a href="#">关于我</a></nav>
  </div>
</div>
<article>
  <h1>第3号食谱｜外婆的红烧肉，零失败版</h1>
  <div class="meta">阿芳 · 2022年3月12日 · 阅读 2316 · <span class="tag">家常菜</span><span class="tag">猪肉</span></div>
  <div class="dish" role="img" aria-label="红烧肉成品图"></div>
  <div class="dish-caption">出锅前最后收汁的样子，每一块都亮晶晶的</div>
  <p>2022年3月前，我还是一个连鸡蛋都会煎糊的厨房新手。那年春节回老家，外婆手把手教我做了这道红烧肉，从此它就成了我的“第3号食谱”——前两号分别是番茄炒蛋和葱油拌面。</p>
  <p>外婆说，红烧肉好不好吃，一半看肉，一半看火候。肉要选肥瘦相间的带皮五花肉，最好是早上菜市场刚到的；火候则要有耐心，急不得。</p>
  <h2>准备材料（4人份）</h2>
  <ul>
    <li>带皮五花肉 800克</li>
    <li>冰糖 30克</li>
    <li>生抽 2勺、老抽 1勺</li>
    <li>料酒、姜片、葱段、八角 2颗、桂皮 1小块</li>
  </ul>
  <h2>做法</h2>
  <ol>
    <li>五花肉切成3厘米见方的块，冷水下锅，加姜片和料酒焯水，水开后撇去浮沫，捞出沥干。</li>
    <li>锅里不放油，小火把肉块煸到微微出油、表面金黄，大约需要10分钟。</li>
    <li>把多余的油盛出，留一勺底油，放入冰糖小火炒出糖色，颜色变成枣红色就马上倒入肉块翻炒上色。</li>
    <li>加入生抽、老抽、八角、桂皮，倒入没过肉的开水，大火烧开后转小火炖1小时。</li>
    <li>最后开大火收汁，汤汁浓稠、每块肉都裹上亮晶晶的酱色就可以出锅了。</li>
  </ol>
  <h2>小贴士</h2>
  <p>糖色一定要小火慢炒，30秒内就可能从焦糖变成焦苦，宁可浅一点也不要炒过头。炖肉的水必须一次加足，中途加冷水肉会发柴。</p>
  <p>剩下的红烧肉放冰箱冷藏，3天内吃完口感最好。我一般会在周末前多炖一锅，工作日晚上热一热就是一顿饭。</p>
  <p>（本期试吃由我家先生负责，洗碗由儿子配合完成）下一期是第4号食谱：可乐鸡翅，记得在4月底前来看哦！</p>
</article>
<div class="comments">
  <h2>评论（3）</h2>
  <div class="comment"><span class="who">小林</span>照着做了，第一次就成功！糖色那一步果然要小火。<span class="when">2022-03-15</span></div>
  <div class="comment"><span class="who">吃货老王</span>外婆的方子就是靠谱，我加了两个鹌鹑蛋。<span class="when">2022-03-18</span></div>
  <div class="comment"><span class="who">Momo</span>请问没有冰糖可以用白砂糖吗？<span class="when">2022-04-02</span></div>
</div>
<footer>© 2022 阿芳的小厨房 · 本站内容仅供个人学习交流，转载请注明出处</footer>`;
  return htmlPage({ title: '第3号食谱｜外婆的红烧肉，零失败版 - 阿芳的小厨房', head, css: BLOG_CSS, body });
}

// ---------------------------------------------------------------------------------------------
// 8. big.html: every corpus document, repeated
// ---------------------------------------------------------------------------------------------

const BIG_CSS = `
body{margin:0;background:#f4f1ec;color:#222;font:15px/1.8 ${FONT_STACK}}
.head{background:#8c1515;color:#fff;padding:16px 0;text-align:center;font-size:24px;font-weight:bold;letter-spacing:3px}
.head small{display:block;font-size:13px;font-weight:normal;letter-spacing:1px;opacity:.85}
.wrap{width:1000px;margin:16px auto 30px;background:#fff;padding:24px 50px;border:1px solid #ddd}
.part{border-top:3px double #8c1515;margin-top:26px;padding-top:8px}
.part>h2{font-size:18px;color:#8c1515;margin:0 0 4px}
.issue>h3{font-size:17px;margin:18px 0 8px;text-align:center}
.issue p{text-indent:2em;margin:0 0 .35em}
.issue p.docnum,.issue p.note{text-align:center;text-indent:0}
.issue p.heading{font-weight:bold}
.issue p.signature,.issue p.date{text-align:right;padding-right:2em;text-indent:0;margin:0}
.issue h3.sub-title{text-align:center;font-size:16px}
.issue span.s{color:inherit}
table.data{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0 12px}
table.data th,table.data td{border:1px solid #aaa;padding:2px 6px;vertical-align:top}
table.data th{background:#eee}
`;

const ISSUE_TITLES: Record<'000' | '001' | '002', string> = {
  '000': '威海市环翠区人民政府公报 2020年第3期（总第39期）',
  '001': '威海市文登区人民政府公报 2019·4（含国务院文件）',
  '002': '威海市文登区人民政府公报 2022年第4期（总第57期）',
};

function bigPage(c: Corpus): string {
  const keys = ['000', '001', '002'] as const;
  const issues = keys.map((k) => ({
    key: k,
    html: renderBlocks(linesToBlocks(c.lines[k]), { spanEvery: 4 }, '      '),
  }));
  const parts: string[] = [];
  const render = (): string =>
    htmlPage({
      title: '威海市政府公报全文合订本（2019—2022）',
      head: metaTags([
        ['SiteName', '威海市人民政府'],
        ['SiteDomain', 'www.weihai.gov.cn'],
        ['SiteIDCode', '3710000001'],
        ['ColumnName', '政府公报'],
        ['ArticleTitle', '威海市政府公报全文合订本（2019—2022）'],
      ]),
      css: BIG_CSS,
      body: `<div class="head">威海市政府公报全文合订本<small>2019—2022 · 全文浏览</small></div>
<div class="wrap">
${parts.join('\n')}
</div>`,
    });
  for (let n = 1; n <= 20; n++) {
    parts.push(`  <div class="part" id="part-${n}">
    <h2>第${'一二三四五六七八九十'[n - 1] ?? n}编</h2>
${issues
  .map(
    (it) => `    <div class="issue" id="part-${n}-${it.key}">
      <h3>${esc(ISSUE_TITLES[it.key])}</h3>
${it.html}
    </div>`,
  )
  .join('\n')}
  </div>`);
    const html = render();
    const s = pageStats(html);
    if (s.visibleChars >= BIG_MIN_VISIBLE_CHARS && s.textNodes >= BIG_MIN_TEXT_NODES) return html;
  }
  throw new Error('build-fixtures: big.html did not reach its size after 20 repetitions');
}

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
