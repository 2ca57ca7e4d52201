// Page detection: every detector is registered and carries examples that it gets right;
// the page-level rule treats government pages as government and blogs as not; one failing
// detector does not stop the others; host patterns match as the permission logic needs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPage, detectors, THRESHOLD } from '../../lib/detect/index.ts';
import { completeSignals, labelledValues, normaliseLabel } from '../../lib/detect/normalise.ts';
import { fromMatchPattern, hostMatches, matchingPattern, parseHostPattern, sitesAfterGrant, toMatchPattern } from '../../lib/detect/hosts.ts';
import { govHost } from '../../lib/detect/gov-host.ts';
import { titleWords } from '../../lib/detect/title-words.ts';
import type { Detector, PageSignals } from '../../lib/detect/types.ts';

const detectDir = join(import.meta.dirname, '../../lib/detect');
const TRADITIONAL = /[號條辦發關於機題類標國務廳會議見報決規復覆際為與產業區縣網誌週讀們風個書別開華灣]/;
const noUser = { userHosts: [] };

test('every file in lib/detect that exports a Detector is in the registry, id = file name', () => {
  const declared = readdirSync(detectDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) => /export const \w+: Detector\b/.test(readFileSync(join(detectDir, f), 'utf8')))
    .map((f) => f.replace(/\.ts$/, ''));
  assert.ok(declared.length >= 6, `found only ${declared.join(', ')}`);
  assert.deepEqual([...declared].sort(), detectors.map((d) => d.id).sort());
  assert.equal(new Set(detectors.map((d) => d.id)).size, detectors.length, 'ids are unique');
});

for (const d of detectors) {
  test(`${d.id}: has examples both ways and a description in both languages`, () => {
    assert.ok(d.examples.positive.length >= 1, 'at least one positive example');
    assert.ok(d.examples.negative.length >= 1, 'at least one negative example');
    assert.ok(d.describe.zh && d.describe.en);
    const texts = d.examples.positive.map((e) => [e.title, e.text, JSON.stringify(e.infoTable), JSON.stringify(e.metas)].join(''));
    if (d.id !== 'gov-host') {
      assert.ok(texts.some((t) => TRADITIONAL.test(t)), 'a traditional-script positive example');
      assert.ok(texts.some((t) => /\p{Script=Han}/u.test(t) && !TRADITIONAL.test(t)), 'a simplified-script positive example');
    }
  });

  for (const [i, example] of d.examples.positive.entries()) {
    test(`${d.id}: positive example ${i + 1} scores > 0 with a reason`, () => {
      const found = d.detect(completeSignals(example), noUser);
      assert.ok(found && found.score > 0, `expected a score for ${JSON.stringify(example).slice(0, 120)}`);
      assert.ok(found.reason.zh.length > 0 && found.reason.en.length > 0);
    });
  }
  for (const [i, example] of d.examples.negative.entries()) {
    test(`${d.id}: negative example ${i + 1} scores nothing`, () => {
      const found = d.detect(completeSignals(example), noUser);
      assert.ok(found === null || found.score === 0, `scored ${found?.score}: ${found?.reason.en}`);
    });
  }
}

// --- Pages -------------------------------------------------------------------------------

const policyText = [
  '索　引　号：\t000014349/2022-00100\t主题分类：\t综合政务\\其他',
  '发文机关：\t国务院办公厅\t成文日期：\t2022年10月30日',
  '标　　题：\t国务院办公厅关于印发第十次全国深化“放管服”改革电视电话会议重点任务分工方案的通知',
  '发文字号：\t国办发〔2022〕37号\t发布日期：\t2022年11月01日',
  '国务院办公厅关于印发分工方案的通知',
  '国办发〔2022〕37号',
  '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
  '根据《国务院关于加强管理的意见》（国发〔2019〕28号）和《国务院办公厅关于推进工作的通知》（国办发〔2021〕10号），现将分工方案印发给你们，请认真贯彻执行。',
  '国务院办公厅',
  '2022年10月30日',
].join('\n');

const policyPage: Partial<PageSignals> = {
  url: 'https://www.gov.cn/zhengce/content/2022-11/01/content_5723.htm',
  metas: { SiteName: '中国政府网', SiteDomain: 'www.gov.cn', SiteIDCode: 'bm01000001', ColumnName: '国务院文件' },
  infoTable: labelledValues(policyText),
  title: '国务院办公厅关于印发分工方案的通知_国务院文件_中国政府网',
  text: policyText,
};

test('page: a gov.cn policy page (host + meta + info table) is government, with every reason', () => {
  const v = detectPage(policyPage, noUser);
  assert.equal(v.government, true);
  assert.deepEqual(v.errors, []);
  assert.deepEqual(v.reasons.map((r) => r.id), ['gov-host', 'template-meta', 'info-table', 'docnum-density', 'title-words']);
  assert.equal(v.score, v.reasons.reduce((s, r) => s + r.score, 0));
  // Without the host, meta + info table still make the case.
  assert.equal(detectPage({ ...policyPage, url: 'https://mirror.example.com/a.htm' }, noUser).government, true);
});

test('page: a gazette issue page on a gov.cn host is government and shows its numbers', () => {
  const contents = [
    '国务院公报 2022年第31号',
    '目录',
    '国务院办公厅关于印发分工方案的通知（国办发〔2022〕37号）……3',
    '国务院关于同意设立国家级新区的批复（国函〔2022〕101号）……9',
    '国务院办公厅关于进一步优化营商环境的意见（国办发〔2022〕30号）……11',
    '国家发展改革委关于修改部分规章的决定（国家发展改革委令第55号）……20',
    '财政部关于印发管理办法的通知（财预〔2022〕120号）……25',
  ].join('\n');
  const v = detectPage({ url: 'http://www.gov.cn/gongbao/content/2022/content_5725.htm', title: '国务院公报2022年第31号_中国政府网', text: contents }, noUser);
  assert.equal(v.government, true);
  const density = v.reasons.find((r) => r.id === 'docnum-density');
  assert.ok(density && density.score >= 4, JSON.stringify(v.reasons));
});

test('page: a news article on a gov.cn host is government by its host alone; off it, it is not', () => {
  const article: Partial<PageSignals> = {
    url: 'https://www.gov.cn/yaowen/liebiao/202405/content_6950.htm',
    title: '国务院常务会议研究部署推动高质量发展有关工作_滚动新闻_中国政府网',
    text: '5月10日，国务院总理主持召开国务院常务会议，研究部署推动高质量发展有关工作。会议指出，要抓好各项政策落实。',
  };
  const v = detectPage(article, noUser);
  assert.equal(v.government, true);
  assert.equal(v.score, THRESHOLD, 'the host and nothing else: the score says the page is thin');
  assert.deepEqual(v.reasons.map((r) => r.id), ['gov-host']);
  const elsewhere = detectPage({ ...article, url: 'https://news.example.com/a/1.html' }, noUser);
  assert.equal(elsewhere.government, false);
  assert.equal(elsewhere.score, 0);
});

test('page: a blog with a stray 第3号, a date or one cited number is not government', () => {
  for (const text of [
    '今天去办事大厅排队，拿到第3号，2024年5月1日。后来又去了图书馆。',
    '去年讀了國發〔2019〕28號文件，2023年12月31日寫下這篇筆記。第3號颱風來了。',
  ]) {
    const v = detectPage({ url: 'https://someone.blog.example.com/2024/05/weekend.html', title: '我的周末 | 个人博客', text, metas: { description: '周末随笔', PubDate: '2024-05-01' } }, noUser);
    assert.equal(v.government, false, JSON.stringify(v));
    assert.ok(v.score < THRESHOLD / 2, `score ${v.score}`);
  }
});

test('page: a policy text pasted on another host is government by its content (info table + numbers + title)', () => {
  const v = detectPage({ url: 'https://forum.example.org/t/12345', title: '国务院办公厅关于印发分工方案的通知 - 论坛', text: policyText, infoTable: labelledValues(policyText) }, noUser);
  assert.equal(v.government, true, JSON.stringify(v.reasons));
  assert.deepEqual(v.reasons.map((r) => r.id), ['info-table', 'docnum-density', 'title-words']);
  for (const r of v.reasons) assert.ok(r.score < THRESHOLD, `${r.id} alone must not decide`);
  // Traditional script, articles instead of a table.
  const regulation = ['威海市林區野外用火管理辦法', '（威政發〔2022〕19號）', '第一條 為規範野外用火，依據國辦發〔2021〕10號文件，制定本辦法。', '第二條 本辦法適用於本市林區。', '第三條 市林業局負責組織實施。', '第四條 違反本辦法的，依法處理。', '第五條 本辦法自2022年11月1日起施行。'].join('\n');
  const w = detectPage({ url: 'https://docs.example.net/x', title: '威海市林區野外用火管理辦法', text: regulation }, noUser);
  assert.equal(w.government, true, JSON.stringify(w.reasons));
});

test('page: a host on the user list is government, the same page without the list is not', () => {
  const page = { url: 'https://www.info.gov.hk/gia/general/202401/02/P2024010200123.htm', title: '政府新聞公報' };
  assert.equal(detectPage(page, { userHosts: ['*.gov.hk'] }).government, true);
  assert.equal(detectPage(page, { userHosts: ['gov.hk.example.com', 'not a pattern'] }).government, false);
  assert.equal(detectPage(page).government, false);
});

test('a detector that throws is reported and skipped; the others still count', () => {
  const broken: Detector = {
    id: 'broken',
    describe: { zh: '坏的', en: 'broken' },
    examples: { positive: [{}], negative: [{}] },
    detect() {
      throw new Error('boom');
    },
  };
  const nan: Detector = { ...broken, id: 'nan', detect: () => ({ score: Number.NaN, reason: { zh: '', en: '' } }) };
  const v = detectPage(
    { url: 'https://www.gov.cn/zhengce/1.htm', title: '关于加强管理的通知' },
    noUser,
    { registry: [broken, govHost, nan, titleWords] },
  );
  assert.deepEqual(v.errors.map((e) => e.id), ['broken', 'nan']);
  assert.equal(v.errors[0]!.message, 'boom');
  assert.deepEqual(v.reasons.map((r) => r.id), ['gov-host', 'title-words']);
  assert.equal(v.score, THRESHOLD + 3);
  assert.equal(v.government, true);
});

// --- Signals in normal form ------------------------------------------------------------

test('info-table labels: padding, full- and half-width colons and traditional script are normalised', () => {
  assert.equal(normaliseLabel('索　引　号：'), '索引号');
  assert.equal(normaliseLabel(' 发文字号 : '), '发文字号');
  assert.equal(normaliseLabel('標\u00a0\u00a0題:'), '标题');
  assert.equal(normaliseLabel('發佈日期'), '发布日期');
  assert.equal(normaliseLabel('作者：'), null);
  assert.deepEqual(labelledValues('发文机关：国务院办公厅　　成文日期：2022年10月30日\n文章标题：不是信息表\n標　題： 關於加強管理的通知\t下一格'), {
    发文机关: '国务院办公厅',
    成文日期: '2022年10月30日',
    标题: '關於加強管理的通知',
  });
  const s = completeSignals({ url: 'https://WWW.Gov.CN:443/a', metas: { SiteIDCode: ' bm01000001 ' }, infoTable: { '索 引 号：': ' 0001 ' } });
  assert.deepEqual([s.host, s.metas, s.infoTable], ['www.gov.cn', { siteidcode: 'bm01000001' }, { 索引号: '0001' }]);
});

// --- Host patterns ---------------------------------------------------------------------

test('host patterns: *.x matches x and below it; exact hosts; invalid patterns match nothing', () => {
  const cases: Array<[string, string, boolean]> = [
    ['www.gov.cn', '*.gov.cn', true],
    ['gov.cn', '*.gov.cn', true],
    ['xxgk.mee.gov.cn', '*.gov.cn', true],
    ['WWW.GOV.CN.', '*.gov.cn', true],
    ['gov.cn.example.com', '*.gov.cn', false],
    ['mygov.cn', '*.gov.cn', false],
    ['www.gov.hk', '*.gov.hk', true],
    ['example.org', 'example.org', true],
    ['www.example.org', 'example.org', false],
    ['example.org', ' Example.ORG ', true],
    ['example.org', 'https://example.org/', false],
    ['example.org', 'example.org:8080', false],
    ['example.org', '*', false],
    ['example.org', '*.', false],
    ['example.org', 'ex*.org', false],
    ['example.org', '', false],
    ['a.example.org', 'a..example.org', false],
    ['xn--mxtq1m.cn', '*.政府.cn', true],
  ];
  for (const [host, pattern, want] of cases) assert.equal(hostMatches(host, pattern), want, `${host} ~ ${JSON.stringify(pattern)}`);
  assert.equal(parseHostPattern('bad pattern!'), null);
  assert.deepEqual(parseHostPattern('*.GOV.hk'), { pattern: '*.gov.hk', host: 'gov.hk', subdomains: true });
  assert.equal(matchingPattern('www.gov.hk', ['nope!', '*.gov.hk', 'gov.hk']), '*.gov.hk');
  assert.equal(toMatchPattern('*.gov.cn'), '*://*.gov.cn/*');
  assert.equal(toMatchPattern('http://x'), null);
});

test('a site the browser granted joins the reader\'s sites, whoever asked and whether or not that page is still open', () => {
  assert.equal(fromMatchPattern('*://*.gov.hk/*'), '*.gov.hk');
  assert.equal(fromMatchPattern('*://www.example.gov.hk/*'), 'www.example.gov.hk');
  assert.equal(fromMatchPattern('https://www.example.org/*'), 'www.example.org');
  assert.equal(fromMatchPattern('*://*/*'), null, 'all sites is not a site');
  assert.equal(fromMatchPattern('<all_urls>'), null);
  assert.deepEqual(sitesAfterGrant(['*.gov.mo'], ['*://*.gov.hk/*', '*://*/*']), ['*.gov.mo', '*.gov.hk']);
  assert.equal(sitesAfterGrant(['*.gov.hk'], ['*://*.gov.hk/*']), null, 'already there: nothing to store');
  assert.equal(sitesAfterGrant([], ['*://*.gov.cn/*'], ['*.gov.cn']), null, 'the sites read anyway are not listed');
});
