// lib/input: bytes → the text the engine reads. Encodings seen on government sites, binary
// and empty files, and HTML reduced to what a reader sees.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, declaredCharset } from '../../lib/input/decode.ts';
import { htmlToText } from '../../lib/input/html-text.ts';
import { documentText, InputError } from '../../lib/input/index.ts';
import { encodeGbk } from './helpers/gbk.ts';

const TEXT = '威环政办字〔2020〕20号\n本通知自2020年11月1日起施行，有效期至2025年8月17日。（区财政局负责）\n';
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function problem(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, `expected an InputError, got ${String(err)}`);
    return `${err.problem}: ${err.message}`;
  }
  assert.fail('expected an InputError');
}

test('UTF-8 with and without a BOM decodes to the same text (the BOM is not part of it)', () => {
  assert.deepEqual(decode(utf8(TEXT)), { text: TEXT, encoding: 'utf-8' });
  const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
  assert.deepEqual(decode(bom), { text: TEXT, encoding: 'utf-8' });
});

test('UTF-16 LE and BE with a BOM decode', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  const be = Buffer.from(TEXT, 'utf16le').swap16();
  assert.deepEqual(decode(le), { text: TEXT, encoding: 'utf-16le' });
  assert.deepEqual(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be])), { text: TEXT, encoding: 'utf-16be' });
});

test('GBK text is detected and decoded as GB18030', () => {
  const gbk = encodeGbk(TEXT);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk), 'the fixture must not be valid UTF-8');
  assert.deepEqual(decode(gbk), { text: TEXT, encoding: 'gb18030' });
});

test('an HTML page declaring gbk is decoded as GB18030; the BOM still wins over a declaration', () => {
  const page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>区财政局</p></body></html>';
  assert.equal(declaredCharset(utf8(page)), 'gb2312');
  assert.equal(declaredCharset(utf8('<meta charset="GBK">')), 'GBK');
  assert.equal(decode(encodeGbk(page), { declared: 'gb2312' }).encoding, 'gb18030');
  assert.equal(decode(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(page)]), { declared: 'gbk' }).encoding, 'utf-8');
});

test('binary content, PDFs and bytes that are neither UTF-8 nor Chinese GBK are refused with a reason', () => {
  assert.match(problem(() => decode(Uint8Array.from([0x41, 0x00, 0x42]))), /^binary: .*NUL/);
  assert.match(problem(() => decode(utf8('%PDF-1.7\n...'))), /^binary: is a PDF/);
  assert.match(problem(() => decode(Uint8Array.from({ length: 400 }, (_, i) => (i % 31) + 1))), /^binary: /);
  // Latin-1 "Café crème" is invalid UTF-8 and invalid GB18030.
  const latin1 = Uint8Array.from(Buffer.from('Café crème brûlée', 'latin1'));
  assert.match(problem(() => decode(latin1)), /^encoding: .*neither UTF-8 nor GBK/);
});

test('empty and whitespace-only files, and pages with nothing visible, are refused', () => {
  assert.equal(problem(() => documentText(new Uint8Array(), 'a.txt')), 'empty: is empty');
  assert.equal(problem(() => documentText(utf8(' \n\t\r\n'), 'a.txt')), 'empty: contains only whitespace');
  assert.match(problem(() => documentText(utf8('<html><script>x()</script><p hidden>隐藏</p></html>'), 'a.html')), /^no-text: /);
});

test('HTML: scripts, styles, head and hidden elements are not text; entities are decoded', () => {
  const html = `<!doctype html><html><head><title>标题栏</title><style>p{}</style></head><body>
    <script>var n = "国办发〔2099〕1号";</script><noscript>请启用脚本</noscript><template><p>模板</p></template>
    <p>第一段&nbsp;A&amp;B&lt;C&gt;</p><p hidden>隐藏一</p><div style="color:red; DISPLAY: none">隐藏二</div>
    <span style="visibility:hidden">隐藏三</span><p>第二段</p></body></html>`;
  assert.equal(htmlToText(html), '第一段 A&B<C>\n第二段');
});

test('HTML: blocks and <br> end lines, whitespace collapses, table cells are tab-separated rows', () => {
  const html = `<div><h1>关于
      印发方案的通知</h1><p>一行<br>二行</p><ul><li>甲</li><li>乙</li></ul>
    <table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>
    <tr><td>1</td><td><p>修订办法</p></td><td>区卫生健康局<br>区民政局</td></tr></table>尾</div>`;
  assert.equal(htmlToText(html), '关于 印发方案的通知\n一行\n二行\n甲\n乙\n序号\t任务\t责任单位\n1\t修订办法\t区卫生健康局 区民政局\n尾');
});

test('a file with a .txt name that is an HTML page is read as HTML', () => {
  const doc = documentText(utf8('<!DOCTYPE html><html><body><p>区财政局负责</p><script>x</script></body></html>'), 'saved.txt');
  assert.deepEqual(doc, { text: '区财政局负责', kind: 'html', encoding: 'utf-8' });
});
