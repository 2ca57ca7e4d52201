import { test } from 'node:test';
import assert from 'node:assert/strict';
import { remapSpans } from '../../lib/eval/remap.ts';

test('spans move onto a text whose lines wrap elsewhere; a text that differs otherwise is refused', () => {
  const from = '根据国办发〔2022〕37号，\n2022年底前完成。';
  const to = '根据国办发〔20\n22〕37号，2022年\n底前完成。';
  const [a, b] = remapSpans(from, to, [
    { start: 2, end: 14, text: '国办发〔2022〕37号' },
    { start: 16, end: 23, text: '2022年底前' },
  ]);
  assert.equal(a!.text, '国办发〔20\n22〕37号');
  assert.equal(to.slice(a!.start, a!.end), a!.text);
  assert.equal(b!.text, '2022年\n底前');
  assert.throws(() => remapSpans(from, to.replace('37', '38'), []), /differ in more than whitespace/);
});
