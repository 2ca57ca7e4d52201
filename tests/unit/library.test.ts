// The personal library's pure parts in Node: document identity (canonical numbers,
// normalised URLs), search grams, the calendar of watches (the `ics` package is CommonJS,
// which the browser test server does not convert, so the calendar is tested here), Markdown,
// and the import file's messages. The database itself is tested in Chromium
// (tests/browser/library*.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalDocnum, normaliseUrl } from '../../lib/library/ids.ts';
import { matches, parseQuery } from '../../lib/library/text.ts';
import { foldOctets, watchesToIcs } from '../../lib/library/ics.ts';
import { renderMarkdown } from '../../lib/library/markdown.ts';
import { localDateTime, localDay, localIso } from '../../lib/local-time.ts';
import { parseLibraryFile } from '../../lib/library/json.ts';
import type { DocumentRecord, NoteRecord, WatchRecord } from '../../lib/library/types.ts';

test('canonical document numbers: one spelling per number', () => {
  const cases: Array<[string, string]> = [
    ['国办发〔2022〕37号', '国办发〔2022〕37号'],
    ['国办发［2022］037 號', '国办发〔2022〕37号'],
    ['國辦發〔2022〕37號', '国办发〔2022〕37号'],
    ['鲁政办字(2020)85号', '鲁政办字〔2020〕85号'],
    ['威政发【２０２２】１９号', '威政发〔2022〕19号'],
    ['国务院令471号', '国务院令第471号'],
    ['济南市人民政府令第266号', '济南市人民政府令第266号'],
  ];
  for (const [raw, want] of cases) assert.equal(canonicalDocnum(raw), want, raw);
});

test('normalised URLs: no fragment, no tracking, lower-case host, other parameters kept', () => {
  assert.equal(
    normaliseUrl('HTTPS://WWW.Gov.CN:443/zhengce/content/2022.htm?utm_source=wx&id=3&from=timeline&isappinstalled=0#p3'),
    'https://www.gov.cn/zhengce/content/2022.htm?id=3',
  );
  assert.equal(normaliseUrl('http://www.example.gov.cn/a.jsp?from=portal'), 'http://www.example.gov.cn/a.jsp?from=portal');
  assert.equal(normaliseUrl('http://www.example.gov.cn/a.html?utm_medium=x'), 'http://www.example.gov.cn/a.html');
  assert.throws(() => normaliseUrl('javascript:alert(1)'), /not a web page URL/);
  assert.throws(() => normaliseUrl('www.gov.cn'), /not a URL/);
});

test('the normal form: traditional folds to simplified, full width to ASCII, a line break inside Chinese is layout', () => {
  const q = parseQuery('卫生');
  assert.equal(matches(q, ['國家衛生健康委']), true);
  assert.equal(matches(q, ['卫\n生']), true);
  assert.equal(matches(parseQuery('gb'), ['ＧＢ／Ｔ 9704']), true);
  assert.equal(matches(parseQuery('9704'), ['GB/T 97045']), true, 'a word matches the start of a word');
  assert.equal(matches(parseQuery('704'), ['GB/T 9704']), false, 'not its middle');
  assert.equal(parseQuery('，。！').searchable, false);
});

test('matching is in sequence and within one field', () => {
  const q = parseQuery('卫生');
  assert.equal(matches(q, ['公共卫生']), true);
  assert.equal(matches(q, ['卫星发射与生态']), false);
  assert.equal(matches(q, ['保卫', '生态']), false, 'never across two fields');
  assert.equal(matches(parseQuery('卫生健康'), ['卫生工作和学生健康']), false);
  assert.equal(matches(parseQuery('gb 卫生'), ['GB/T 9704', '公共衛生']), true);
});

const watch = (over: Partial<WatchRecord>): WatchRecord => ({
  id: 'w1', kind: 'deadline', text: '2026年3月31日前报送年度工作总结', due: '2026-03-31', documentId: null,
  docnum: '国办发〔2022〕37号', title: '国务院办公厅关于印发“十四五”国民健康规划的通知',
  url: 'https://www.gov.cn/zhengce/content/2022-05/20/content_5691424.htm', created: '2026-01-01T00:00:00.000Z', reminded: [],
  ...over,
});

test('calendar: one all-day event per watch, soonest first, lines folded at 75 octets', () => {
  const ics = watchesToIcs([watch({ id: 'w2', kind: 'expiry', due: '2026-12-31', text: '有效期' }), watch({})]);
  assert.equal(ics.match(/BEGIN:VEVENT/g)?.length, 2);
  const unfolded = ics.replace(/\r\n /g, '');
  assert.match(unfolded, /DTSTART;VALUE=DATE:20260331\r\nDTEND;VALUE=DATE:20260401/);
  assert.match(unfolded, /DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101/);
  assert.ok(unfolded.indexOf('20260331') < unfolded.indexOf('20261231'), 'soonest first');
  assert.match(unfolded, /UID:w1@gazette-lens/);
  assert.match(unfolded, /SUMMARY:期限：2026年3月31日前报送年度工作总结 — 国务院办公厅关于印发“十四五”国民健康规划的通知/);
  assert.match(unfolded, /SUMMARY:到期：国务院办公厅关于印发“十四五”国民健康规划的通知/);
  for (const line of ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `line over 75 octets: ${line}`);
  assert.ok(ics.startsWith('BEGIN:VCALENDAR') && ics.trimEnd().endsWith('END:VCALENDAR'));
});

test('calendar: each watch reminds at the reader\'s reminder days, at 09:00, on the day and before it', () => {
  const unfolded = watchesToIcs([watch({})], [7, 0, 1]).replace(/\r\n /g, '');
  const alarms = unfolded.match(/BEGIN:VALARM[\s\S]*?END:VALARM/g) ?? [];
  assert.equal(alarms.length, 3);
  assert.ok(alarms.every((a) => /ACTION:DISPLAY/.test(a)));
  // Relative to the all-day event's midnight: 7 days before 09:00 = 6 days 15 hours before.
  assert.ok(alarms.some((a) => /TRIGGER:-P6DT15H/.test(a) && /还有 7 天/.test(a)), alarms.join('\n'));
  assert.ok(alarms.some((a) => /TRIGGER:-PT15H/.test(a) && /还有 1 天/.test(a)), alarms.join('\n'));
  assert.ok(alarms.some((a) => /TRIGGER:PT9H/.test(a) && /今天到期/.test(a)), alarms.join('\n'));
});

test('calendar: no watches gives a valid empty calendar', () => {
  const ics = watchesToIcs([]);
  assert.match(ics, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
  assert.match(ics, /END:VCALENDAR\r\n$/);
  assert.doesNotMatch(ics, /VEVENT/);
});

test('foldOctets never splits a character', () => {
  const line = `SUMMARY:${'卫生'.repeat(60)}`;
  const folded = foldOctets(line);
  assert.equal(folded.replace(/\r\n /g, ''), line);
  for (const part of folded.split('\r\n')) assert.ok(Buffer.byteLength(part) <= 75);
});

test('Markdown: per document its number, validity and notes; page text cannot become markup', () => {
  const at = '2026-01-15T09:30:00.000Z';
  const doc: DocumentRecord = {
    id: 'doc:国办发〔2022〕37号', docnum: '国办发〔2022〕37号', urls: ['https://www.gov.cn/a.htm'], title: '关于<b>加强</b>管理的通知',
    issuer: '国务院办公厅', signedDate: '2022-04-27', effectiveDate: null, expiryDate: '2027', status: '现行有效', cites: [], firstSeen: at, lastSeen: at,
  };
  const note: NoteRecord = {
    id: 'n1', documentId: doc.id, url: doc.urls[0]!, quote: { exact: '第一行\n第二行', prefix: '', suffix: '' }, position: { start: 1, end: 2 },
    body: '*注意* [链接](javascript:x)\n# 不是标题\n- 不是列表\n1. 不是编号', colour: 'pink', tags: ['重点'], created: at, updated: at,
  };
  const md = renderMarkdown([doc], [note], new Date(at));
  assert.match(md, /^## 关于\\<b\\>加强\\<\/b\\>管理的通知$/m);
  assert.match(md, /^- 文号：国办发〔2022〕37号$/m);
  assert.match(md, /^- 效力：现行有效（有效期至 2027）$/m);
  assert.match(md, /^> 第一行\n> 第二行$/m);
  assert.ok(md.includes('\\*注意\\* \\[链接\\](javascript:x)\n\\# 不是标题\n\\- 不是列表\n1\\. 不是编号\n'), md);
  assert.match(md, /粉色 · 标签：#重点/);
});

test('Markdown: the watched deadlines come first, soonest first, with their documents', () => {
  const md = renderMarkdown([], [], new Date('2026-01-15T09:30:00.000Z'), [watch({ id: 'w2', kind: 'expiry', due: '2026-12-31', text: '有效期至2026年12月31日' }), watch({})]);
  assert.match(md, /^## 关注的期限（2）$/m);
  const first = md.indexOf('**2026-03-31** 期限：2026年3月31日前报送年度工作总结 — 国务院办公厅关于印发“十四五”国民健康规划的通知（国办发〔2022〕37号）');
  const second = md.indexOf('**2026-12-31** 到期：有效期至2026年12月31日');
  assert.ok(first > 0 && second > first, md);
  assert.match(md, /0 份文件，0 条笔记，2 项关注/);
});

test('times are the reader\'s local time: the library, the note card, the Markdown export; the JSON stamp keeps its offset', () => {
  const tz = process.env.TZ;
  try {
    process.env.TZ = 'Asia/Shanghai';
    // 21:43 UTC on 12-01 is 05:43 on 12-02 in Beijing.
    assert.equal(localDateTime('2026-12-01T21:43:10.000Z'), '2026-12-02 05:43');
    assert.equal(localDay('2026-12-01T21:43:10.000Z'), '2026-12-02');
    assert.equal(localIso(new Date('2026-12-01T21:34:20.572Z')), '2026-12-02T05:34:20+08:00');
    const doc: DocumentRecord = {
      id: 'doc:国办发〔2022〕37号', docnum: '国办发〔2022〕37号', urls: ['https://www.gov.cn/a.htm'], title: '通知', issuer: null, signedDate: null,
      effectiveDate: null, expiryDate: null, status: '未知', cites: [], firstSeen: '2026-12-01T21:43:10.000Z', lastSeen: '2026-12-01T21:43:10.000Z',
    };
    const note: NoteRecord = {
      id: 'n1', documentId: doc.id, url: doc.urls[0]!, quote: { exact: '通知', prefix: '', suffix: '' }, position: { start: 0, end: 2 },
      body: '', colour: 'yellow', tags: [], created: '2026-12-01T21:43:10.000Z', updated: '2026-12-01T21:43:10.000Z',
    };
    const md = renderMarkdown([doc], [note], new Date('2026-12-01T21:34:20.572Z'));
    assert.match(md, /^导出时间：2026-12-02 05:34；/m);
    assert.match(md, /黄色 · 2026-12-02\*$/m);
    process.env.TZ = 'America/New_York';
    assert.equal(localDateTime('2026-12-01T21:43:10.000Z'), '2026-12-01 16:43');
    assert.equal(localIso(new Date('2026-07-01T12:00:00.000Z')), '2026-07-01T08:00:00-04:00');
    assert.equal(localDateTime('not a time'), 'not a time');
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
});

test('import messages name the field and what is wrong', async () => {
  const bad = await parseLibraryFile({ format: 'gazette-lens-library', version: 1, exportedAt: '2026-01-15T09:30:00.000Z', documents: [], notes: [{}], watches: [], citations: [] });
  assert.equal(bad.ok, false);
  assert.match(!bad.ok ? bad.error : '', /^notes\[0\]\.id: missing \(expected string\) \(and \d+ more problems\)$/);
  const foreign = await parseLibraryFile('{"annotations": []}');
  assert.equal(!foreign.ok && foreign.error, 'format: expected "gazette-lens-library", got no format (not a Gazette Lens library file)');
  const newer = await parseLibraryFile({ format: 'gazette-lens-library', version: 3 });
  assert.match(!newer.ok ? newer.error : '', /version 3, made by a newer Gazette Lens/);
});
