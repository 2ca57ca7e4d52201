// Anchoring notes (lib/anchor): a note made on one version of a page's text finds its place
// again in the next version, or becomes an orphan; it never lands on the wrong sentence.
// The pages are real gazette texts from ../shared/corpus (PDF text: lines break mid-phrase).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { anchor, describe, type Anchored, type Selectors } from '../../lib/anchor/index.ts';
import { fold } from '../../lib/anchor/fold.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = (name: string): string => readFileSync(join(root, '../shared/corpus', name), 'utf8');
/** 环翠区 2020·3: the medical supervision plan, each item ending with a responsibility attribution. */
const HUANCUI = corpus('000_66e9cbfad7f9a670.txt');
/** 文登区 2022·4: a task-division plan where the same attribution closes a dozen items. */
const WENDENG = corpus('002_27591ad848274691.txt');

/** Selectors for the first occurrence of `quote` in `text` (which must contain it once). */
function note(text: string, quote: string): { sel: Selectors; start: number; end: number } {
  const start = text.indexOf(quote);
  assert.ok(start >= 0 && text.indexOf(quote, start + 1) === -1, `fixture: "${quote}" occurs once`);
  return { sel: describe(text, start, start + quote.length), start, end: start + quote.length };
}

/** Every offset where `quote` occurs in `text`. */
function allOffsets(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

const insertAt = (text: string, at: number, what: string): string => text.slice(0, at) + what + text.slice(at);
const replaceOnce = (text: string, from: string, to: string): string => {
  assert.equal(allOffsets(text, from).length, 1, `fixture: "${from}" occurs once`);
  return text.replace(from, to);
};
const squeeze = (s: string): string => s.replace(/\s+/g, '');

function assertAnchored(a: Anchored, start: number, end: number, method: string): void {
  assert.equal(a.status, 'anchored', JSON.stringify(a));
  if (a.status !== 'anchored') return;
  assert.deepEqual({ start: a.start, end: a.end, method: a.method }, { start, end, method });
  assert.ok(a.score >= 0.75 && a.score <= 1, `score ${a.score}`);
}

const NEW_ITEM = '（一）新增条款。各镇政府、街道办事处要于2021年6月底前完成自查。\n\n';
const SENTENCE = '健全质控工作体系，2020年前建立相应医疗质量控制机制，充分发挥质控中心专业优势';

test('describe: the selected text, up to 32 characters either side, and the offsets', () => {
  const { sel, start, end } = note(HUANCUI, SENTENCE);
  assert.equal(sel.quote.exact, SENTENCE);
  assert.equal(sel.quote.prefix, HUANCUI.slice(start - 32, start));
  assert.equal(sel.quote.suffix, HUANCUI.slice(end, end + 32));
  assert.deepEqual(sel.position, { type: 'TextPositionSelector', start, end });
  assert.equal(sel.quote.type, 'TextQuoteSelector');
  // Shorter at the ends of the text, and never half a surrogate pair.
  const d = describe('区卫生健康局', 1, 3, 4);
  assert.deepEqual([d.quote.prefix, d.quote.exact, d.quote.suffix], ['区', '卫生', '健康局']);
  assert.equal(describe('😀区卫生', 2, 3, 1).quote.prefix, '');
  assert.equal(describe('区卫😀', 0, 2, 1).quote.suffix, '');
  assert.throws(() => describe('区卫生', 2, 2), RangeError);
  assert.throws(() => describe('区卫生', 1, 9), RangeError);
});

test('unchanged text: the same span, exact-position, score 1', () => {
  const { sel, start, end } = note(HUANCUI, SENTENCE);
  const a = anchor(HUANCUI, sel);
  assertAnchored(a, start, end, 'exact-position');
  assert.equal(a.status === 'anchored' && a.score, 1);
});

test('text inserted before the note: the same words at their new offsets (exact-context)', () => {
  const { sel, start, end } = note(HUANCUI, SENTENCE);
  const at = HUANCUI.indexOf('（十）加强医疗服务质量和安全监管');
  assertAnchored(anchor(insertAt(HUANCUI, at, NEW_ITEM), sel), start + NEW_ITEM.length, end + NEW_ITEM.length, 'exact-context');
  // Text removed before it works the same way.
  const cut = HUANCUI.indexOf('（八）鼓励和支持社会力量积极参与监督');
  const shorter = HUANCUI.slice(0, cut) + HUANCUI.slice(cut + 60);
  assertAnchored(anchor(shorter, sel), start - 60, end - 60, 'exact-context');
});

test('a few characters edited inside the quote: still the right sentence (fuzzy, score ≥ 0.75)', () => {
  const { sel, start, end } = note(HUANCUI, SENTENCE);
  const moved = insertAt(HUANCUI, HUANCUI.indexOf('（九）优化医疗卫生服务要素准入'), NEW_ITEM);
  const shift = NEW_ITEM.length;

  // 2020年 → 2021年 (and the offsets moved too).
  const year = replaceOnce(moved, SENTENCE, SENTENCE.replace('2020年', '2021年'));
  assertAnchored(anchor(year, sel), start + shift, end + shift, 'fuzzy');

  // One word replaced by a longer one: the span grows with it.
  const edited = SENTENCE.replace('充分发挥', '进一步有效发挥');
  const word = replaceOnce(moved, SENTENCE, edited);
  const a = anchor(word, sel);
  assertAnchored(a, start + shift, start + shift + edited.length, 'fuzzy');
  assert.equal(a.status === 'anchored' && word.slice(a.start, a.end), edited);

  // A short note (5 characters, and 2020年前 occurs elsewhere too) leans on its context.
  assert.ok(allOffsets(HUANCUI, '2020年前').length > 1, 'fixture: 2020年前 is not unique');
  const at = start + SENTENCE.indexOf('2020年前');
  const short = describe(HUANCUI, at, at + 5);
  assertAnchored(anchor(year, short), at + shift, at + shift + 5, 'fuzzy');
});

test('heavily rewritten paragraph: orphan, "text changed too much"', () => {
  const { sel } = note(HUANCUI, SENTENCE);
  const rewritten = replaceOnce(
    HUANCUI,
    '岗位、关键环节、高风险人员的监管。健全质控工作体系，2020年前建立相应医疗质量控制机制，充分发挥质控中心专业优势，强化日常质控、室间质控。',
    '岗位的监管。各医疗机构要在2021年底前完成质控评价，由区卫生健康局统一组织抽查并通报结果。',
  );
  const a = anchor(rewritten, sel);
  assert.equal(a.status, 'orphan', JSON.stringify(a));
  assert.match(a.status === 'orphan' ? a.reason : '', /^text changed too much/);

  // Half the words of a short quote replaced: also too much, even with its context intact.
  const half = replaceOnce(HUANCUI, SENTENCE, SENTENCE.replace('2020年前建立相应医疗质量控制机制', '年内健全质量管理工作制度'));
  const b = anchor(half, sel);
  assert.equal(b.status, 'orphan', JSON.stringify(b));
  assert.match(b.status === 'orphan' ? b.reason : '', /^text changed too much/);
});

// 文登区: "(牵头部门:区政务服务管理办公室;责任部门:区直有关部门、镇街)" closes 12 items.
const ATTRIBUTION = '(牵头部门:区政务服务管理办公室;责任部门:区直有关部门、镇街)';
const OCCURRENCES = allOffsets(WENDENG, ATTRIBUTION);

test('one of many identical attributions: after text is inserted, its context still picks the right one', () => {
  assert.equal(OCCURRENCES.length, 12, 'fixture: the attribution closes 12 items');
  for (const k of [0, 4, 11]) {
    const start = OCCURRENCES[k]!;
    const sel = describe(WENDENG, start, start + ATTRIBUTION.length);
    assertAnchored(anchor(WENDENG, sel), start, start + ATTRIBUTION.length, 'exact-position');
    // Inserted at the top of the document, and right before the note's own item.
    const top = insertAt(WENDENG, 0, NEW_ITEM);
    assertAnchored(anchor(top, sel), start + NEW_ITEM.length, start + NEW_ITEM.length + ATTRIBUTION.length, 'exact-context');
    const itemStart = WENDENG.lastIndexOf('\n\n', start - 40);
    const near = insertAt(WENDENG, itemStart, '\n\n' + NEW_ITEM);
    const shift = NEW_ITEM.length + 2;
    assertAnchored(anchor(near, sel), start + shift, start + shift + ATTRIBUTION.length, 'exact-context');
  }
});

test('one of many identical attributions, edited: the note follows its own item, not an unedited copy', () => {
  const start = OCCURRENCES[4]!;
  const sel = describe(WENDENG, start, start + ATTRIBUTION.length);
  const edited = '(牵头部门:区政务服务管理办公室;责任部门:区直有关部门、各镇街道)';
  const changed = insertAt(WENDENG.slice(0, start) + edited + WENDENG.slice(start + ATTRIBUTION.length), 0, NEW_ITEM);
  assertAnchored(anchor(changed, sel), start + NEW_ITEM.length, start + NEW_ITEM.length + edited.length, 'fuzzy');
});

test('an attribution whose context is identical to another: exactly where it was, or an orphan, never the other one', () => {
  // The item is printed twice (as in a reprinted notice): both copies have the same 200
  // characters before the attribution and the same 60 after it.
  const at = OCCURRENCES[4]!;
  const blockEnd = at + ATTRIBUTION.length + 60;
  const block = WENDENG.slice(at - 200, blockEnd);
  const twice = insertAt(WENDENG, blockEnd, block);
  const first = at;
  const second = blockEnd + 200;
  assert.equal(twice.slice(second, second + ATTRIBUTION.length), ATTRIBUTION);
  const onFirst = describe(twice, first, first + ATTRIBUTION.length);
  const onSecond = describe(twice, second, second + ATTRIBUTION.length);
  assert.deepEqual(onFirst.quote, onSecond.quote, 'fixture: identical quote and context');

  // Unchanged: each note is exactly at its recorded offsets.
  assertAnchored(anchor(twice, onSecond), second, second + ATTRIBUTION.length, 'exact-position');
  assertAnchored(anchor(twice, onFirst), first, first + ATTRIBUTION.length, 'exact-position');

  // Text inserted before both: neither copy is where the note was, and they tie: orphan.
  const moved = insertAt(twice, 0, NEW_ITEM);
  for (const sel of [onFirst, onSecond]) {
    const a = anchor(moved, sel);
    assert.equal(a.status, 'orphan', JSON.stringify(a));
    assert.match(a.status === 'orphan' ? a.reason : '', /^several equally good places/);
  }

  // Text inserted between the copies: the first copy has not moved and keeps its note; the
  // second copy moved, and its note does not fall back on the first one.
  const between = insertAt(twice, blockEnd, NEW_ITEM);
  assertAnchored(anchor(between, onFirst), first, first + ATTRIBUTION.length, 'exact-position');
  const b = anchor(between, onSecond);
  assert.equal(b.status, 'orphan', JSON.stringify(b));
  assert.match(b.status === 'orphan' ? b.reason : '', /^several equally good places/);

  // The words after the first copy rewritten: the first copy is still at its offsets, the
  // second now fits the recorded context better. Offsets and context disagree: orphan.
  const after = first + ATTRIBUTION.length;
  const rewritten = twice.slice(0, after) + '\n\n（新增）各镇街要建立台账，按月报送进展情况。' + twice.slice(after + 30);
  const c = anchor(rewritten, onFirst);
  assert.equal(c.status, 'orphan', JSON.stringify(c));
  assert.match(c.status === 'orphan' ? c.reason : '', /^several equally good places: the quote is still at its recorded position/);
});

// Decision: whitespace and line breaks do not count. PDF text breaks lines mid-phrase and a
// page re-rendered (or a PDF re-extracted) breaks them elsewhere; the words are the same.
// Quote and context are compared in the project's normalised form (lib/text/normalise.ts),
// so full-width and half-width punctuation do not count either. The result is an exact
// match (exact-context, or exact-position when the offsets did not move), not a fuzzy one.
test('whitespace: lines re-flowed around and inside the quote still anchor, as an exact match', () => {
  const quote = '加强对医疗卫生机构重点部门、重点专业、重要\n\n岗位、关键环节、高风险人员的监管';
  const { sel, start } = note(HUANCUI, quote);
  const para = HUANCUI.indexOf('（十）加强医疗服务质量和安全监管');
  const paraEnd = HUANCUI.indexOf('（十一）', para);
  const paragraph = HUANCUI.slice(para, paraEnd);

  // Lines joined: the break inside the quote is gone, the span is 2 characters shorter.
  const joined = HUANCUI.slice(0, para) + paragraph.replace(/\n\n/g, '') + HUANCUI.slice(paraEnd);
  const a = anchor(joined, sel);
  assertAnchored(a, start, start + quote.length - 2, 'exact-context');
  assert.equal(a.status === 'anchored' && joined.slice(a.start, a.end), squeeze(quote));

  // Re-flowed at other places (a break every 20 characters, a space after each comma).
  const reflowed = paragraph.replace(/\n\n/g, '').replace(/(.{20})/gsu, '$1\n').replace(/，/g, '， ');
  const other = HUANCUI.slice(0, para) + reflowed + HUANCUI.slice(paraEnd);
  const b = anchor(other, sel);
  assert.equal(b.status, 'anchored', JSON.stringify(b));
  assert.equal(b.status === 'anchored' && b.method, 'exact-context');
  assert.equal(b.status === 'anchored' && squeeze(other.slice(b.start, b.end)), squeeze(quote));

  // Ideographic and no-break spaces, as some pages indent and justify.
  const spaced = HUANCUI.replace('重点部门、重点专业', '重点部门、\u3000重点专业').replace('高风险人员', '高风险\u00a0人员');
  const c = anchor(spaced, sel);
  assert.equal(c.status === 'anchored' && squeeze(spaced.slice(c.start, c.end)), squeeze(quote));
});

test('punctuation width: (，) and （，） are the same text', () => {
  const quote = '(区卫生健康局牵头, 区民政局、区教育体育局、区人力资源社会保障局参与)';
  const { sel, start } = note(HUANCUI, quote);
  const wide = '（区卫生健康局牵头，区民政局、区教育体育局、区人力资源社会保障局参与）';
  const changed = insertAt(replaceOnce(HUANCUI, quote, wide), 0, NEW_ITEM);
  assertAnchored(anchor(changed, sel), start + NEW_ITEM.length, start + NEW_ITEM.length + wide.length, 'exact-context');
});

test('a quote longer than 256 characters, edited in three places, is found by its head and tail', () => {
  const from = HUANCUI.indexOf('（十一）加强对医疗机构采购和使用药品');
  const to = HUANCUI.indexOf('（区卫生健康局、区市场监管局、区医保局负责）', from);
  const quote = HUANCUI.slice(from, to);
  assert.ok(quote.length > 300, 'fixture: a long quote');
  const { sel, start } = note(HUANCUI, quote);
  const edited = quote.replace('无缝衔接', '有效衔接').replace('处方点评制度', '处方点评和公示制度').replace('动态监测', '实时监测');
  const changed = insertAt(replaceOnce(HUANCUI, quote, edited), 0, NEW_ITEM);
  const a = anchor(changed, sel);
  assertAnchored(a, start + NEW_ITEM.length, start + NEW_ITEM.length + edited.length, 'fuzzy');
});

test('orphans say why, and minScore is an option', () => {
  const { sel } = note(HUANCUI, SENTENCE);
  const year = replaceOnce(HUANCUI, SENTENCE, SENTENCE.replace('2020年', '2021年'));
  const strict = anchor(year, sel, { minScore: 0.999 });
  assert.equal(strict.status, 'orphan');
  if (strict.status === 'orphan') {
    assert.match(strict.reason, /^text changed too much/);
    assert.ok(strict.best && year.slice(strict.best.start, strict.best.end).startsWith('健全质控'), 'the best place is reported');
  }
  const gone = anchor(HUANCUI, describe('与此文件无关的一句话，不在公报里出现。', 3, 15));
  assert.equal(gone.status, 'orphan');
  assert.match(gone.status === 'orphan' ? gone.reason : '', /^text changed too much/);
  const empty = anchor(HUANCUI, { quote: { type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 0 } });
  assert.equal(empty.status, 'orphan');
  const blank = anchor('甲 乙', { quote: { type: 'TextQuoteSelector', exact: ' \n ', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 3 } });
  assert.equal(blank.status, 'orphan');
  // Offsets from a damaged record: the quote is still looked for.
  const { sel: s2, start, end } = note(HUANCUI, SENTENCE);
  assertAnchored(anchor(HUANCUI, { ...s2, position: { type: 'TextPositionSelector', start: -5, end: Number.NaN } }), start, end, 'exact-context');
});

// Property tests. Small alphabets make many repeats, so "the right place or an orphan" is
// tested where it is hardest; random CJK text (which does not repeat) must always anchor.
const REPEATING = [...'区卫生健康局牵头负责参与，、。（）()年月日底前2020一二〇 \n\t\u3000'].concat([
  '（区卫生健康局牵头，各相关部门参与）',
  '(牵头部门:区政务服务管理办公室;责任部门:区直有关部门、镇街)',
  '2022年12月底前',
  '\n\n',
]);
const repeatingText = fc.array(fc.constantFrom(...REPEATING), { minLength: 1, maxLength: 120 }).map((p) => p.join(''));
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const cjkText = (min: number, max: number) => fc.array(cjk, { minLength: min, maxLength: max }).map((p) => p.join(''));
const spanOf = (text: string) =>
  fc.tuple(fc.nat({ max: text.length - 1 }), fc.nat({ max: text.length - 1 })).map(([a, b]) => [Math.min(a, b), Math.max(a, b) + 1] as const);

test('property: describe → anchor on the same text returns the same span', () => {
  fc.assert(
    fc.property(
      repeatingText.chain((t) => fc.tuple(fc.constant(t), spanOf(t))),
      ([text, [s, e]]) => {
        assertAnchored(anchor(text, describe(text, s, e)), s, e, 'exact-position');
      },
    ),
    { numRuns: 500 },
  );
});

test('property: after text is inserted before a note, it is at its shifted place or an orphan, never elsewhere', () => {
  fc.assert(
    fc.property(
      repeatingText.chain((t) => fc.tuple(fc.constant(t), spanOf(t), fc.array(fc.constantFrom(...REPEATING), { minLength: 1, maxLength: 8 }))),
      ([text, [s, e], parts]) => {
        const before = parts.join('');
        const changed = before + text;
        const a = anchor(changed, describe(text, s, e));
        if (a.status === 'anchored') {
          // The same place: it overlaps the shifted span (the span itself, less any spaces at
          // its ends, which do not count). Or the documented tie rule: the inserted text put
          // the same words with the same context exactly at the recorded offsets.
          const shifted = a.start < e + before.length && s + before.length < a.end;
          const atRecorded = a.start < e && s < a.end;
          assert.ok(shifted || atRecorded, `${a.start}-${a.end} is neither ${s + before.length}-${e + before.length} nor ${s}-${e}`);
          assert.equal(fold(changed.slice(a.start, a.end)).norm, fold(text.slice(s, e)).norm);
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('property: in text that does not repeat, an inserted text or a one-character edit never loses the note', () => {
  fc.assert(
    fc.property(
      cjkText(60, 400).chain((t) =>
        fc.tuple(fc.constant(t), fc.nat({ max: t.length - 20 }), fc.integer({ min: 10, max: 60 }), cjkText(1, 50), cjk, fc.nat()),
      ),
      ([text, s, len, before, replacement, k]) => {
        const e = Math.min(text.length, s + len);
        const sel = describe(text, s, e);
        assertAnchored(anchor(before + text, sel), s + before.length, e + before.length, 'exact-context');
        const at = s + 1 + (k % (e - s - 2));
        if (text[at] === replacement) return;
        const edited = before + text.slice(0, at) + replacement + text.slice(at + 1);
        assertAnchored(anchor(edited, sel), s + before.length, e + before.length, 'fuzzy');
      },
    ),
    { numRuns: 300 },
  );
});
