/** A small library file, as an export of Gazette Lens would be: for the library page's tests. */
import type { LibraryExport } from '../../lib/library/json.ts';
import { localToday } from '../../lib/extract/index.ts';

function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** A small library: two documents (one citing the other), three notes, two watches. */
export function sampleLibrary(today = localToday()): LibraryExport {
  const D1 = 'doc:国办发〔2024〕12号';
  const D2 = 'doc:京政办发〔2023〕8号';
  const U1 = 'https://www.gov.cn/zhengce/content/202403/content_6940512.htm';
  const U2 = 'https://www.beijing.gov.cn/zhengce/zfwj/202305/t20230510_3100427.html';
  const at = (d: string) => `${d}T09:30:00.000Z`;
  return {
    format: 'gazette-lens-library',
    version: 1,
    exportedAt: at(today),
    documents: [
      {
        id: D1, docnum: '国办发〔2024〕12号', urls: [U1], title: '国务院办公厅关于进一步加强基层医疗卫生服务体系建设的意见',
        issuer: '国务院办公厅', signedDate: '2024-03-15', effectiveDate: '2024-03-15', expiryDate: null, status: '现行有效',
        cites: ['京政办发〔2023〕8号', '国发〔2016〕77号'], firstSeen: at('2026-10-02'), lastSeen: at('2026-11-20'),
      },
      {
        id: D2, docnum: '京政办发〔2023〕8号', urls: [U2, `${U2.replace('.html', '_1.html')}`], title: '北京市人民政府办公厅关于印发《北京市公共文化服务提升行动方案》的通知',
        issuer: '北京市人民政府办公厅', signedDate: '2023-05-08', effectiveDate: '2023-05-08', expiryDate: addDays(today, 20), status: '即将到期',
        cites: [], firstSeen: at('2026-09-12'), lastSeen: at('2026-11-18'),
      },
    ],
    notes: [
      {
        id: 'n-1', documentId: D1, url: U1,
        quote: { exact: '到2025年底前，每个乡镇卫生院至少配备一台数字化X光机，基层医疗卫生机构设备配置达到国家标准。', prefix: '（三）', suffix: '（四）' },
        position: { start: 1200, end: 1248 }, body: '设备配置的期限：报科室主任，年底前统计各乡镇进度。', colour: 'yellow', tags: ['卫生', '期限'],
        created: at('2026-11-20'), updated: at('2026-11-21'),
      },
      {
        id: 'n-2', documentId: D1, url: U1,
        quote: { exact: '各地区各部门要结合实际认真贯彻落实，重大问题及时向国务院报告。', prefix: '', suffix: '' },
        position: { start: 3000, end: 3030 }, body: '转发各区县，抄送办公室。', colour: 'green', tags: ['转发'],
        created: at('2026-11-20'), updated: at('2026-11-20'),
      },
      {
        id: 'n-3', documentId: D2, url: U2,
        quote: { exact: '公共文化服务设施全部免费开放，每周开放时间不少于56小时。', prefix: '', suffix: '' },
        position: { start: 800, end: 828 }, body: '与区文化馆核对周末开放时间。', colour: 'blue', tags: ['文化', '期限'],
        created: at('2026-11-18'), updated: at('2026-11-18'),
      },
    ],
    watches: [
      {
        id: 'w-1', kind: 'deadline', text: '本意见印发后3个月内完成设备配置', due: addDays(today, 5), documentId: D1,
        docnum: '国办发〔2024〕12号', title: '国务院办公厅关于进一步加强基层医疗卫生服务体系建设的意见', url: U1, created: at('2026-11-20'), reminded: [30, 7],
      },
      {
        id: 'w-2', kind: 'expiry', text: '北京市人民政府办公厅关于印发《北京市公共文化服务提升行动方案》的通知', due: addDays(today, 20), documentId: D2,
        docnum: '京政办发〔2023〕8号', title: '北京市人民政府办公厅关于印发《北京市公共文化服务提升行动方案》的通知', url: U2, created: at('2026-11-18'), reminded: [30],
      },
    ],
    citations: [
      { from: D1, to: '京政办发〔2023〕8号' },
      { from: D1, to: '国发〔2016〕77号' },
    ],
  };
}

