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

for (const file of readdirSync(goldDir).filter((f) => f.endsWith('.json'))) {
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
      const want = a.year === null ? `${a.issuer}第${a.serial}号` : `${a.issuer}〔${a.year}〕${a.serial}号`;
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
if (problems) {
  console.log(`${problems} problem(s)`);
  process.exit(1);
}
