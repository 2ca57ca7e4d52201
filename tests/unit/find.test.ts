import { test } from 'node:test';
import assert from 'node:assert/strict';
import { finderOf } from '../../lib/text/find.ts';

const slice = (text: string, m: { start: number; end: number }): string => text.slice(m.start, m.end);

test('a phrase broken over a PDF line is found whole, with the offsets of the text as given', () => {
  const text = '根据《国务院办\n公厅关于印发……》（国办发〔2022〕37号），国务院办公厅要求';
  const found = finderOf(text).find('国务院办公厅');
  assert.equal(found.length, 2);
  assert.equal(slice(text, found[0]!), '国务院办\n公厅');
  assert.equal(slice(text, found[1]!), '国务院办公厅');
});

test('widths, traditional forms and Latin case are one; spaces typed in the phrase do not matter', () => {
  const text = '國辦發［２０２２］37號 and PDF files';
  assert.equal(slice(text, finderOf(text).find('国办发[2022]37号')[0]!), '國辦發［２０２２］37號');
  assert.equal(slice(text, finderOf(text).find('pdf')[0]!), 'PDF');
  assert.equal(finderOf(text).find('国办 发').length, 1);
});

test('matches do not overlap, stop at the limit, and a blank or absent phrase finds nothing', () => {
  const f = finderOf('啊啊啊啊啊');
  assert.deepEqual(f.find('啊啊').map((m) => m.start), [0, 2]);
  assert.equal(f.find('啊', 3).length, 3);
  assert.deepEqual(f.find('  \n'), []);
  assert.deepEqual(f.find('卫生'), []);
});
