/// <reference types="mocha" />
// The engine runs in the browser exactly as in Node: same annotations, offsets into the
// original text, schema-valid result.
import { expect } from 'chai';
import { extract } from '@/lib/extract/index.ts';
import { extractionResultSchema } from '@/lib/schema.ts';

const text = [
  '威海市人民政府关于严禁在林区野外用火的通告',
  '威政发〔2022〕19号',
  '各区市人民政府，各有关部门：',
  '根据《國辦發〔2022〕37號》要求，2022 年 11 月底前完成排查（市林业局牵头，市公安局配合）。',
  '本通告自2022年11月1日起施行，有效期至2027年10月31日。',
  '威海市人民政府',
  '2022年10月30日',
].join('\n');

describe('extract() in Chromium', () => {
  const result = extract(text, { today: '2026-11-22' });

  it('returns a result valid against the contract, with no failed extractor', () => {
    expect(() => extractionResultSchema.parse(result)).not.to.throw();
    expect(result.errors).to.deep.equal([]);
  });

  it('finds the numbers, deadlines and units with offsets into the original text', () => {
    const summary = result.annotations.map((a) => [a.kind, text.slice(a.start, a.end)]);
    expect(summary).to.deep.include.members([
      ['docnum', '威政发〔2022〕19号'],
      ['docnum', '國辦發〔2022〕37號'],
      ['deadline', '2022 年 11 月底前'],
      ['deadline', '自2022年11月1日起施行'],
      ['deadline', '有效期至2027年10月31日'],
      ['unit', '市林业局'],
      ['unit', '市公安局'],
    ]);
  });

  it('judges the document in force against today', () => {
    expect(result.documents.map((d) => [d.docnum, d.status])).to.deep.equal([['威政发〔2022〕19号', '现行有效']]);
  });
});
