#!/usr/bin/env node
// Checks the hand-labelled gold files: offsets point at their text, fields follow the spec.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `--dir DIR`: labels and their texts side by side (tests/fixtures/heldout); default: the corpus gold.
const dirAt = process.argv.indexOf('--dir');
const goldDir = dirAt > 0 ? join(root, process.argv[dirAt + 1]) : join(root, 'tests/fixtures/gold');
const corpusDir = dirAt > 0 ? goldDir : join(root, '../shared/corpus');
const TYPES = new Set(['effective', 'expiry', 'deadline', 'duration']);
const ROLES = new Set(['lead', 'responsible', 'support']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
let problems = 0;
const only = process.argv.slice(2).filter((a, i, all) => a !== '--dir' && all[i - 1] !== '--dir');

for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json') && !f.endsWith('.docs.json'))) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const text = readFileSync(join(corpusDir, gold.source), 'utf8');
  const bad = (a, why) => {
    problems++;
    console.log(`${file}: ${why}: ${JSON.stringify(a)}`);
  };
  let prev = -1;
  const seen = new Set();
  for (const a of gold.annotations) {
    if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start < a.end)) bad(a, 'bad offsets');
    if (text.slice(a.start, a.end) !== a.text) bad(a, `text differs from source (source has ${JSON.stringify(text.slice(a.start, a.end))})`);
    if (a.start < prev) bad(a, 'not sorted by start');
    prev = a.start;
    const key = `${a.kind}:${a.start}:${a.end}`;
    if (seen.has(key)) bad(a, 'duplicate');
    seen.add(key);
    if (a.text !== a.text.trim()) bad(a, 'span starts or ends with whitespace');
    if (a.kind === 'docnum') {
      if (typeof a.issuer !== 'string' || !a.issuer) bad(a, 'docnum without issuer');
      if (!(a.year === null || Number.isInteger(a.year))) bad(a, 'docnum year must be integer or null');
      if (!Number.isInteger(a.serial)) bad(a, 'docnum serial must be integer');
      // Decrees with the year inside (交通运输部令2019年第40号) keep it in their canonical form.
      const want = a.year === null ? `${a.issuer}第${a.serial}号` : /年第/.test(a.text) ? `${a.issuer}${a.year}年第${a.serial}号` : `${a.issuer}〔${a.year}〕${a.serial}号`;
      if (a.canonical !== want) bad(a, `canonical should be ${want}`);
    } else if (a.kind === 'deadline') {
      if (!TYPES.has(a.type)) bad(a, 'deadline type');
      if (!(a.date === null || DATE.test(a.date))) bad(a, 'deadline date must be null or ISO at the written precision');
    } else if (a.kind === 'unit') {
      if (!ROLES.has(a.role)) bad(a, 'unit role');
      if (/^[、，,；;：:]|[、，,；;：:]$/.test(a.text)) bad(a, 'unit span includes a separator');
    } else bad(a, 'unknown kind');
  }
  const counts = {};
  for (const a of gold.annotations) counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  console.log(`${file}: ${gold.annotations.length} annotations ${JSON.stringify(counts)}`);
}
// Document-level gold (<name>.docs.json, tests/fixtures/gold/GUIDE.md): offsets, fields and the status rule.
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const STATUSES = new Set(['尚未生效', '现行有效', '即将到期', '已失效', '未知']);
const CANONICAL = /^[^\s〔〕]+〔\d{4}〕\d+号$|^[^\s]+令(?:\d{4}年)?第\d+号$/;
const firstDay = (p) => [p.slice(0, 4), p.slice(5, 7) || '01', p.slice(8, 10) || '01'].join('-');
const lastDay = (p) => {
  const [y, m, d] = p.split('-').map(Number);
  if (d) return p;
  if (m) return `${p}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  return `${y}-12-31`;
};
const days = (a, b) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
function expectedStatus(d, today) {
  if (d.effective && days(today, firstDay(d.effective)) > 0) return '尚未生效';
  if (d.expiry) {
    const left = days(today, lastDay(d.expiry));
    return left < 0 ? '已失效' : left <= 90 ? '即将到期' : '现行有效';
  }
  return d.effective ? '现行有效' : '未知';
}
for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.docs.json'))) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8'));
  const text = readFileSync(join(corpusDir, gold.source), 'utf8');
  const bad = (d, why) => {
    problems++;
    console.log(`${file}: ${why}: ${JSON.stringify({ start: d.start, title: d.title })}`);
  };
  if (!DAY.test(gold.today ?? '')) bad({}, 'today must be an ISO day');
  let prev = -1;
  for (const d of gold.documents) {
    if (!Number.isInteger(d.start) || !Number.isInteger(d.titleStart) || d.titleStart < d.start) bad(d, 'start/titleStart');
    if (d.start <= prev) bad(d, 'documents not sorted by start, or two at one start');
    prev = d.start;
    if (text.slice(d.start, d.start + 1).trim() === '') bad(d, 'start is on whitespace');
    if (d.title !== null) {
      let i = d.titleStart;
      let k = 0;
      while (i < text.length && k < d.title.length) {
        if (/\s/.test(text[i])) { i++; continue; }
        if (text[i] !== d.title[k]) break;
        i++; k++;
      }
      if (k < d.title.length) bad(d, `title differs from the text at titleStart (${JSON.stringify(text.slice(d.titleStart, d.titleStart + 20))})`);
    }
    if (d.docnum !== null && !CANONICAL.test(d.docnum)) bad(d, 'docnum is not canonical (issuer〔year〕serial号 or series第N号)');
    if (d.docnum !== null && /[號辦發國務廳區縣衛]/.test(d.docnum)) bad(d, 'docnum must be folded to simplified');
    if (!(d.signed === null || DAY.test(d.signed))) bad(d, 'signed must be an ISO day or null');
    for (const f of ['effective', 'expiry']) if (!(d[f] === null || DATE.test(d[f]))) bad(d, `${f} must be ISO at the precision written, or null`);
    if (!STATUSES.has(d.status)) bad(d, 'status');
    else if (d.status !== expectedStatus(d, gold.today)) bad(d, `status should be ${expectedStatus(d, gold.today)} for effective ${d.effective}, expiry ${d.expiry}, today ${gold.today}`);
    if (!Array.isArray(d.repeals) || d.repeals.some((r) => !r || (r.docnum === null && r.title === null) || (r.docnum !== null && !CANONICAL.test(r.docnum)) || (r.title !== null && /[《》\s]/.test(r.title)))) bad(d, 'repeals: each entry {docnum, title}, canonical number or title without 《》');
  }
  console.log(`${file}: ${gold.documents.length} documents`);
}
if (problems) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
