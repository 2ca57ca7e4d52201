/// <reference types="mocha" />
// The engine's JSON contract works in the browser too (zod in Chromium), imported through
// WXT's `@/` alias as extension code does.
import { expect } from 'chai';
import { extractionResultSchema } from '@/lib/schema.ts';

const result = {
  annotations: [
    {
      kind: 'unit',
      start: 0,
      end: 6,
      text: '国家发展改革委',
      role: 'lead',
      group: 0,
    },
  ],
  documents: [],
  errors: [{ extractor: 'deadline', message: '无法解析日期' }],
  today: '2026-11-22',
};

describe('extractionResultSchema in the browser', () => {
  it('parses a well-formed result', () => {
    const parsed = extractionResultSchema.parse(result);
    expect(parsed.annotations).to.have.length(1);
    expect(parsed.annotations[0]).to.include({ kind: 'unit', role: 'lead' });
    expect(parsed.errors[0]?.message).to.equal('无法解析日期');
  });

  it('rejects a unit with an unknown role', () => {
    const bad = { ...result, annotations: [{ ...result.annotations[0], role: 'owner' }] };
    expect(extractionResultSchema.safeParse(bad).success).to.equal(false);
  });

  it('runs in a browser that has a CJK font', () => {
    // Without a CJK font every Chinese character is drawn as the same "tofu" box, so two
    // different characters give identical pixels; with one, they differ.
    const pixels = (char: string): string => {
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 48;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas context');
      ctx.font = '40px sans-serif';
      ctx.textBaseline = 'top';
      ctx.fillText(char, 4, 4);
      return canvas.toDataURL();
    };
    expect(pixels('国')).to.not.equal(pixels('火'), 'no CJK font: apt-get install fonts-wqy-zenhei');
  });
});
