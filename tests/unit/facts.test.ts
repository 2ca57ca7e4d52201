import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../lib/extract/index.ts';
import { validity } from '../../lib/extract/facts.ts';

const notice = [
  '威海市人民政府关于严禁在林区野外用火的通告',
  '威政发〔2022〕19号',
  '各区市人民政府，各有关部门：',
  '一、各地要于次年2月底前完成排查，自本通告印发之日起30日内报送方案。（市林业局牵头，市公安局配合）',
  '二、本通告自2022年11月1日起施行，有效期至2027年10月31日。',
  '威海市人民政府',
  '2022年10月30日',
].join('\n');

test('a document gets its own facts and a validity status against today', () => {
  const [doc, ...rest] = extract(notice, { today: '2026-11-22' }).documents;
  assert.equal(rest.length, 0);
  assert.deepEqual(
    { title: doc!.title, docnum: doc!.docnum, issuer: doc!.issuer, signed: doc!.signedDate, eff: doc!.effectiveDate, exp: doc!.expiryDate, status: doc!.status },
    { title: '威海市人民政府关于严禁在林区野外用火的通告', docnum: '威政发〔2022〕19号', issuer: '威海市人民政府', signed: '2022-10-30', eff: '2022-11-01', exp: '2027-10-31', status: '现行有效' },
  );
  assert.equal(extract(notice, { today: '2027-09-01' }).documents[0]!.status, '即将到期');
  assert.equal(extract(notice, { today: '2027-11-01' }).documents[0]!.status, '已失效');
  assert.equal(extract(notice, { today: '2022-10-31' }).documents[0]!.status, '尚未生效');
});

test('relative deadlines are resolved against the date of signature, date keeps what was written', () => {
  const r = extract(notice, { today: '2026-11-22' });
  const find = (t: string) => r.annotations.find((a) => a.text === t);
  assert.deepEqual(find('次年2月底前'), { ...find('次年2月底前'), type: 'deadline', date: null, resolvedDate: '2023-02-28' });
  assert.deepEqual(find('自本通告印发之日起30日内'), { ...find('自本通告印发之日起30日内'), type: 'duration', date: null, resolvedDate: '2022-11-29' });
});

test('validity without dates is unknown, and says why', () => {
  assert.deepEqual(validity(null, null, '2026-11-22').status, '未知');
  assert.match(validity(null, '2026', '2026-11-22').reason, /2026-12-31/);
});

test('a gazette issue is split into its documents', () => {
  const issue = `${notice}\n\n威海市人民政府办公室关于成立协调机制的通知\n威政办字〔2022〕27号\n各区市人民政府：\n请于2022年12月底前报送名单。\n威海市人民政府办公室\n2022年11月23日`;
  const r = extract(issue, { today: '2026-11-22' });
  assert.deepEqual(r.documents.map((d) => d.docnum), ['威政发〔2022〕19号', '威政办字〔2022〕27号']);
  const late = r.annotations.find((a) => a.text === '2022年12月底前');
  assert.equal(late?.kind === 'deadline' ? late.document : undefined, 1);
});

test('a relative point tied to another event is not placed on the calendar', () => {
  const text = '威海市人民政府关于考核的通知\n威政发〔2020〕1号\n各区市人民政府：\n各镇街应于规划期结束后次年的2月底前报送总结，次年2月底前报送方案。\n威海市人民政府\n2020年9月30日';
  const r = extract(text, { today: '2026-11-22' });
  const dl = r.annotations.filter((a) => a.kind === 'deadline').map((a) => [a.text, a.kind === 'deadline' ? (a.resolvedDate ?? null) : null]);
  assert.deepEqual(dl, [['次年的2月底前', null], ['次年2月底前', '2021-02-28']]);
});

test('validity comes only from the document\'s own clause: a measure\'s extension or a transfer of duties is not it', () => {
  const text = [
    '国务院关于进一步做好稳就业工作的意见',
    '国发〔2019〕28号',
    '各省、自治区、直辖市人民政府：',
    '一、阶段性降低失业保险费率的政策，实施期限延长至2021年4月30日。',
    '二、2020年9月底前完成调整；10月份起，所有划转事项由区行政审批服务局承接并实施。',
    '国务院',
    '2019年12月13日',
  ].join('\n');
  const [doc] = extract(text, { today: '2026-12-01' }).documents;
  assert.deepEqual([doc!.effectiveDate, doc!.expiryDate, doc!.status], [null, null, '未知']);
});

test('有效期N年 counts from the effective date, and a joint document names all its issuers', () => {
  const text = '成都市衛生健康委員會　成都市財政局\n關於印發《考核辦法》的通知\n成衛健發〔2024〕15號\n各區（市）縣衛生健康局、財政局：\n第十二條　本辦法自2024年5月1日起施行，有效期5年。《暫行辦法》（成衛發〔2019〕36號）自本辦法施行之日起廢止。\n成都市衛生健康委員會　　成都市財政局\n2024年3月28日';
  const [doc] = extract(text, { today: '2026-12-01' }).documents;
  assert.deepEqual(
    { docnum: doc!.docnum, issuer: doc!.issuer, eff: doc!.effectiveDate, exp: doc!.expiryDate, repeals: doc!.repeals },
    { docnum: '成卫健发〔2024〕15号', issuer: '成都市衛生健康委員會、成都市財政局', eff: '2024-05-01', exp: '2029-04-30', repeals: [{ docnum: '成卫发〔2019〕36号', title: null }] },
  );
});

test('a huge input (200,000 attributions) is read whole, without a stack overflow', () => {
  const text = '一、推进平安医院建设（区财政局负责）。\n'.repeat(200_000);
  const r = extract(text, { today: '2026-12-01' });
  assert.equal(r.errors.length, 0, JSON.stringify(r.errors));
  assert.equal(r.annotations.filter((a) => a.kind === 'unit').length, 200_000);
});
