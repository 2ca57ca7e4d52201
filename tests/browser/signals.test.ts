/// <reference types="mocha" />
// Page signals from real DOM documents in Chromium: meta tags, the gov.cn info table with
// padded labels and full-width colons, the title, and the visible text without scripts,
// styles and hidden elements; then the page-level verdict on what was collected.
import { expect } from 'chai';
import { collectSignals } from '@/lib/detect/signals.ts';
import { detectPage } from '@/lib/detect/index.ts';
import { MAX_TEXT } from '@/lib/detect/normalise.ts';

const POLICY_URL = 'https://www.gov.cn/zhengce/content/2022-11/01/content_5723.htm';

// A gov.cn policy page as the site template writes it: labels padded with full-width and
// non-breaking spaces, full-width colons, two label/value pairs in a row.
const policyHtml = `<!doctype html>
<html><head>
  <title>国务院办公厅关于印发分工方案的通知_国务院文件_中国政府网</title>
  <meta name="SiteName" content="中国政府网">
  <meta name="SiteDomain" content="www.gov.cn">
  <meta name="siteidcode" content=" bm01000001 ">
  <meta name="ColumnName" content="国务院文件">
  <meta name="ArticleTitle" content="国务院办公厅关于印发分工方案的通知">
  <meta name="PubDate" content="2022-11-01 16:55">
  <meta name="ContentSource" content="">
  <meta property="og:title" content="not a name">
  <style>.x { color: red }</style>
</head><body>
  <script>window.__signalsTestRan = 'script text must not be collected';</script>
  <div class="policyLibraryOverview_content">
    <table>
      <tbody>
        <tr><td><b>索\u3000引\u3000号：</b></td><td>000014349/2022-00100</td>
            <td><b>主题分类：</b></td><td>综合政务\\其他</td></tr>
        <tr><td><b>发文机关：</b></td><td>国务院办公厅</td>
            <td><b>成文日期：</b></td><td>2022年10月30日</td></tr>
        <tr><td><b>标\u00a0\u00a0\u00a0\u00a0题：</b></td><td colspan="3">国务院办公厅关于印发分工方案的通知</td></tr>
        <tr><td><b>发文字号：</b></td><td>国办发〔2022〕37号</td>
            <td><b>发布日期：</b></td><td>2022年11月01日</td></tr>
      </tbody>
    </table>
  </div>
  <h1>国务院办公厅关于印发分工方案的通知</h1>
  <div id="UCAP-CONTENT">
    <p style="text-align:center">国办发〔2022〕37号</p>
    <p>各省、自治区、直辖市人民政府，国务院各部委、各直属机构：</p>
    <p>根据《国务院关于加强管理的意见》（国发〔2019〕28号），现将分工方案印发给你们。</p>
    <p hidden>隐藏的段落不应被读取</p>
    <div style="display: none">样式隐藏的内容</div>
    <noscript>请启用脚本</noscript>
    <template><p>模板内容</p></template>
  </div>
</body></html>`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('collectSignals', () => {
  it('reads the template meta tags, names in lower case, empty contents left out', () => {
    const s = collectSignals(parse(policyHtml), POLICY_URL);
    expect(s.url).to.equal(POLICY_URL);
    expect(s.host).to.equal('www.gov.cn');
    expect(s.metas).to.deep.equal({
      sitename: '中国政府网',
      sitedomain: 'www.gov.cn',
      siteidcode: 'bm01000001',
      columnname: '国务院文件',
      articletitle: '国务院办公厅关于印发分工方案的通知',
      pubdate: '2022-11-01 16:55',
    });
  });

  it('reads the info table: padded labels and full-width colons normalised, pairs in one row', () => {
    const s = collectSignals(parse(policyHtml), POLICY_URL);
    expect(s.infoTable).to.deep.equal({
      索引号: '000014349/2022-00100',
      主题分类: '综合政务\\其他',
      发文机关: '国务院办公厅',
      成文日期: '2022年10月30日',
      标题: '国务院办公厅关于印发分工方案的通知',
      发文字号: '国办发〔2022〕37号',
      发布日期: '2022年11月01日',
    });
  });

  it('takes the title and the main h1, each once', () => {
    const s = collectSignals(parse(policyHtml), POLICY_URL);
    expect(s.title).to.equal('国务院办公厅关于印发分工方案的通知_国务院文件_中国政府网\n国务院办公厅关于印发分工方案的通知');
  });

  it('keeps the visible text, blocks on lines and cells tab-separated, without script, style or hidden elements', () => {
    const s = collectSignals(parse(policyHtml), POLICY_URL);
    expect(s.text).to.include('根据《国务院关于加强管理的意见》（国发〔2019〕28号），现将分工方案印发给你们。');
    expect(s.text).to.include('\n国办发〔2022〕37号\n');
    expect(s.text).to.include('发文机关：\t国务院办公厅\t成文日期：\t2022年10月30日');
    for (const gone of ['__signalsTestRan', 'color: red', '隐藏的段落', '样式隐藏', '请启用脚本', '模板内容']) {
      expect(s.text).to.not.include(gone);
    }
  });

  it('reads info tables written as "label：value" lines and as definition lists', () => {
    const doc = parse(`<body>
      <p>發文機關：國務院辦公廳\u3000\u3000成文日期 : 2022年10月30日</p>
      <p>文章标题：这不是信息表</p>
      <dl><dt>索 引 号</dt><dd>000014349/2022-00100</dd><dt>作者</dt><dd>张三</dd><dt>发文字号：</dt><dd> 国办发〔2022〕37号 </dd></dl>
    </body>`);
    const s = collectSignals(doc, 'https://example.org/x');
    expect(s.infoTable).to.deep.equal({
      发文机关: '國務院辦公廳',
      成文日期: '2022年10月30日',
      索引号: '000014349/2022-00100',
      发文字号: '国办发〔2022〕37号',
    });
    expect(s.host).to.equal('example.org');
    expect(s.title).to.equal('');
  });

  it('in a rendered document, leaves out what a stylesheet hides and keeps display:contents', () => {
    const iframe = document.createElement('iframe');
    iframe.style.width = '600px';
    iframe.style.height = '400px';
    document.body.append(iframe);
    try {
      const live = iframe.contentDocument!;
      const source = parse(`<html><head><style>
          .gone { display: none } .ghost { visibility: hidden } .flat { display: contents }
        </style></head><body>
          <p>看得见的段落</p>
          <div class="gone"><p>样式表隐藏的段落</p></div>
          <p class="ghost">不可见的段落</p>
          <div class="flat"><p>平铺容器里的段落</p></div>
          <p>行内<span style="display:none">隐藏</span>文字</p>
        </body></html>`);
      live.replaceChild(live.importNode(source.documentElement, true), live.documentElement);
      const s = collectSignals(live, 'https://example.org/live');
      expect(s.text).to.include('看得见的段落');
      expect(s.text).to.include('平铺容器里的段落');
      expect(s.text).to.include('行内文字');
      expect(s.text).to.not.include('样式表隐藏');
      expect(s.text).to.not.include('不可见的段落');
    } finally {
      iframe.remove();
    }
  });

  it('caps the text', () => {
    const doc = document.implementation.createHTMLDocument('长页面');
    for (let i = 0; i < 2_000; i++) {
      const p = doc.createElement('p');
      p.textContent = `第${i}段：本市各有关部门应当认真贯彻执行。`;
      doc.body.append(p);
    }
    const s = collectSignals(doc, 'https://example.org/long');
    expect(s.text.length).to.equal(MAX_TEXT);
    expect(s.text.startsWith('第0段')).to.equal(true);
    expect(s.title).to.equal('长页面');
  });
});

describe('detectPage on collected signals', () => {
  it('finds the gov.cn policy page government, with the template, table and numbers as reasons', () => {
    const v = detectPage(collectSignals(parse(policyHtml), POLICY_URL), { userHosts: [] });
    expect(v.government).to.equal(true);
    expect(v.errors).to.deep.equal([]);
    expect(v.reasons.map((r) => r.id)).to.include.members(['gov-host', 'template-meta', 'info-table', 'docnum-density', 'title-words']);
  });

  it('finds a blog with a stray 第3号 not government', () => {
    const doc = parse(`<html><head><title>我的周末 | 个人博客</title><meta name="description" content="随笔"></head>
      <body><h1>我的周末</h1><p>今天去办事大厅排队，拿到第3号，2024年5月1日。</p></body></html>`);
    const v = detectPage(collectSignals(doc, 'https://someone.blog.example.com/2024/05/weekend.html'), { userHosts: [] });
    expect(v.government).to.equal(false);
    expect(v.score).to.equal(0);
  });
});
