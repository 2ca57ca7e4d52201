/**
 * info-table: the information table above a gov.cn policy text — 索引号, 主题分类,
 * 发文机关, 成文日期, 标题, 发文字号, 发布日期 (signals.ts reads it from cells, definition
 * lists or "label：value" lines). Three labels or more: one point per label, plus one.
 */
import { INFO_LABELS, type Detector } from './types.ts';

const MIN_LABELS = 3;

export const infoTable: Detector = {
  id: 'info-table',
  describe: {
    zh: '页面有政策文件信息表（索引号、发文机关、发文字号等，至少三项）',
    en: 'The page has a policy information table (index number, issuer, document number …; three or more)',
  },
  examples: {
    positive: [
      {
        infoTable: {
          '索　引　号：': '000014349/2022-00100',
          '主题分类：': '综合政务\\其他',
          '发文机关:': '国务院办公厅',
          ' 成文日期 ： ': '2022年10月30日',
          '标　　题：': '国务院办公厅关于印发分工方案的通知',
          '发文字号：': '国办发〔2022〕37号',
          '发布日期：': '2022年11月01日',
        },
      },
      { infoTable: { '索 引 號：': '000014349/2022-00101', '發文機關：': '國務院辦公廳', '發文字號：': '國辦發〔2022〕37號' } },
      { infoTable: { 索引号: '11370000MB28', 成文日期: '2023-05-06', 發佈日期: '2023-05-08' } },
    ],
    negative: [
      { infoTable: { '标题：': '关于开展检查的通知', '发布日期：': '2024-01-02' } },
      { infoTable: { '作者：': '张三', '来源：': '本站', '日期：': '2024-01-02' } },
      { infoTable: { '索引号：': '', '發文機關：': ' ', '成文日期：': '' } },
    ],
  },
  detect(signals) {
    const labels = INFO_LABELS.filter((l) => signals.infoTable[l]);
    if (labels.length < MIN_LABELS) return null;
    const docnum = signals.infoTable['发文字号'];
    return {
      score: labels.length + 1,
      reason: {
        zh: `政策文件信息表：${labels.join('、')}${docnum ? `（发文字号 ${docnum}）` : ''}`,
        en: `Policy information table with ${labels.length} of ${INFO_LABELS.length} labels${docnum ? ` (document number ${docnum})` : ''}`,
      },
    };
  },
};
