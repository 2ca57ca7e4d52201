// English reads as English: validity reasons said again from the facts, Western punctuation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colon, paren, statusReasonText } from '../../components/i18n.ts';
import { extract } from '../../lib/extract/index.ts';

const doc = (clause: string) => extract(`某市人民政府关于某事的通告\n某政〔2026〕1号\n各县（市、区）人民政府：\n${clause}\n某市人民政府\n2026年1月5日`, { today: '2026-12-02' }).documents[0]!;

test('validity reasons in English carry no Chinese; in Chinese they are the engine\'s own words', () => {
  for (const clause of ['本通告自2026年2月1日起施行，有效期至2027年1月31日。', '本通告自2027年2月1日起施行。', '本通告自2020年2月1日起施行，有效期至2021年1月31日。', '本通告自印发之日起施行。', '现将有关事项通告如下。']) {
    const f = doc(clause);
    const en = statusReasonText(f, '2026-12-02', 'en');
    assert.doesNotMatch(en, /[\u4e00-\u9fff]/, `${clause} → ${en}`);
    assert.equal(statusReasonText(f, '2026-12-02', 'zh'), f.statusReason);
  }
  assert.equal(statusReasonText(doc('本通告自2026年2月1日起施行，有效期至2027年1月31日。'), '2026-12-02', 'en'), 'valid until 2027-01-31, 60 days left');
});

test('punctuation follows the language', () => {
  assert.equal(`Role${colon('en')}Responsible`, 'Role: Responsible');
  assert.equal(`Read at${paren('en', 1)}`, 'Read at (1)');
  assert.equal(`阅读过的网址${paren('zh', 1)}`, '阅读过的网址（1）');
});
