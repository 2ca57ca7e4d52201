/**
 * template-meta: the meta tags of the government site template (政府网站统一模板):
 *   <meta name="SiteName" content="北京市人民政府门户网站">
 *   <meta name="SiteIDCode" content="1100000088">   政府网站标识码: 10 digits, or bm + 8
 *   <meta name="ColumnName" …> ArticleTitle, PubDate, ContentSource, SiteDomain
 * A well-formed SiteIDCode is issued to government websites only, so it is strong alone;
 * the other names are used by news CMSes too: 1 point each, and only from two of them.
 */
import { TEMPLATE_METAS, type Detector } from './types.ts';

const SITE_ID_CODE = /^(?:\d{10}|bm\d{8})$/i;
const SITE_ID_SCORE = 8;

export const templateMeta: Detector = {
  id: 'template-meta',
  describe: {
    zh: '页面带有政府网站模板标签（SiteIDCode 网站标识码、SiteName、ColumnName 等）',
    en: 'The page carries the government site template meta tags (SiteIDCode, SiteName, ColumnName …)',
  },
  examples: {
    positive: [
      { metas: { SiteIDCode: 'bm01000001' } },
      { metas: { siteidcode: '1100000088', SiteName: '北京市人民政府门户网站', ColumnName: '政策文件' } },
      { metas: { SiteName: '香港特別行政區政府', ColumnName: '新聞公報', ArticleTitle: '政府公報' } },
      { metas: { SiteName: '威海市人民政府', SiteDomain: 'www.weihai.gov.cn' } },
    ],
    negative: [
      { metas: { description: '关于印发分工方案的通知', keywords: '通知,方案' } },
      { metas: { PubDate: '2024-01-01 10:00' } },
      { metas: { SiteIDCode: 'abc' } },
      { metas: { SiteName: '', ColumnName: '  ' } },
      { metas: { 'og:site_name': '個人網誌' } },
    ],
  },
  detect(signals) {
    const found = TEMPLATE_METAS.filter((name) => signals.metas[name.toLowerCase()]);
    const id = signals.metas.siteidcode ?? '';
    const validId = SITE_ID_CODE.test(id);
    const others = found.filter((n) => n !== 'SiteIDCode' || !validId);
    if (!validId && others.length < 2) return null;
    const score = (validId ? SITE_ID_SCORE : 0) + others.length;
    const list = others.join('、');
    const zh = validId
      ? `网站标识码 SiteIDCode ${id}${others.length ? `，模板标签 ${list}` : ''}`
      : `政府网站模板标签 ${list}`;
    const en = validId
      ? `Site ID code ${id}${others.length ? `, template tags ${others.join(', ')}` : ''}`
      : `Government template tags ${others.join(', ')}`;
    return { score, reason: { zh, en } };
  },
};
