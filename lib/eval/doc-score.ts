/**
 * Scores the documents of an issue against document-level gold (tests/fixtures/gold/GUIDE.md):
 * segmentation by where each document starts — a predicted document matches a gold one when
 * its start lies in the gold heading block [start, end of the title], one to one — then the
 * facts of every matched pair, field by field, after whitespace removal and traditional →
 * simplified folding.
 */
import type { DocumentFacts } from '../schema.ts';
import { foldString } from '../text/variants.ts';
import { prf, type PRF } from './score.ts';

export interface GoldRepeal {
  docnum: string | null;
  title: string | null;
}

export interface GoldDocument {
  start: number;
  titleStart: number;
  title: string | null;
  docnum: string | null;
  issuer: string | null;
  signed: string | null;
  effective: string | null;
  expiry: string | null;
  status: string;
  repeals: GoldRepeal[];
  note?: string;
}

export interface DocGold {
  source: string;
  today: string;
  documents: GoldDocument[];
}

export const DOC_FIELDS = ['title', 'docnum', 'issuer', 'signed', 'effective', 'expiry', 'status', 'repeals'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

export interface FieldMiss {
  field: DocField;
  gold: string;
  got: string;
}

export interface DocScores {
  segmentation: PRF;
  /** Per field: how many matched pairs agree. */
  fields: Record<DocField, { right: number; of: number; accuracy: number }>;
  /** For --verbose. */
  missed: GoldDocument[];
  extra: DocumentFacts[];
  wrong: Array<{ gold: GoldDocument; pred: DocumentFacts; misses: FieldMiss[] }>;
}

/** Whitespace removed, traditional folded to simplified, full-width folded: the comparison key. */
export function key(s: string | null | undefined): string {
  if (s === null || s === undefined) return '∅';
  return foldString(s.replace(/\s+/g, ''));
}

function repealsKey(list: readonly GoldRepeal[]): string {
  return list.map((r) => `${key(r.docnum)}|${key(r.title ? r.title.replace(/[《》]/g, '') : null)}`).sort().join(' ; ') || '[]';
}

/** The end of the gold heading block: titleStart plus the title's length, counted in non-space characters. */
export function headingEnd(text: string, g: GoldDocument): number {
  if (!g.title) return g.titleStart;
  let n = 0;
  let i = g.titleStart;
  while (i < text.length && n < g.title.length) {
    if (!/\s/.test(text[i]!)) n++;
    i++;
  }
  return i;
}

function value(pred: DocumentFacts, field: DocField): string {
  switch (field) {
    case 'title': return key(pred.title);
    case 'docnum': return key(pred.docnum);
    case 'issuer': return key(pred.issuer);
    case 'signed': return key(pred.signedDate);
    case 'effective': return key(pred.effectiveDate);
    case 'expiry': return key(pred.expiryDate);
    case 'status': return key(pred.status);
    case 'repeals': return repealsKey(pred.repeals);
  }
}

function goldValue(g: GoldDocument, field: DocField): string {
  return field === 'repeals' ? repealsKey(g.repeals) : key(g[field]);
}

export function scoreDocuments(text: string, gold: readonly GoldDocument[], pred: readonly DocumentFacts[]): DocScores {
  const used = new Set<number>();
  const pairs: Array<[GoldDocument, DocumentFacts]> = [];
  const missed: GoldDocument[] = [];
  for (const g of gold) {
    const end = headingEnd(text, g);
    const k = pred.findIndex((p, i) => !used.has(i) && p.start >= g.start && p.start <= end);
    if (k < 0) {
      missed.push(g);
      continue;
    }
    used.add(k);
    pairs.push([g, pred[k]!]);
  }
  const fields = {} as DocScores['fields'];
  const wrong: DocScores['wrong'] = [];
  for (const f of DOC_FIELDS) fields[f] = { right: 0, of: pairs.length, accuracy: 1 };
  for (const [g, p] of pairs) {
    const misses: FieldMiss[] = [];
    for (const f of DOC_FIELDS) {
      const want = goldValue(g, f);
      const got = value(p, f);
      if (want === got) fields[f].right++;
      else misses.push({ field: f, gold: want, got });
    }
    if (misses.length) wrong.push({ gold: g, pred: p, misses });
  }
  for (const f of DOC_FIELDS) fields[f].accuracy = pairs.length ? fields[f].right / pairs.length : 1;
  return {
    segmentation: prf(pairs.length, pred.length - pairs.length, gold.length - pairs.length),
    fields,
    missed,
    extra: pred.filter((_, i) => !used.has(i)),
    wrong,
  };
}

/** Adds up counts over several files (micro-average). */
export function sumDocuments(all: readonly DocScores[]): DocScores {
  const tp = all.reduce((s, x) => s + x.segmentation.tp, 0);
  const fp = all.reduce((s, x) => s + x.segmentation.fp, 0);
  const fn = all.reduce((s, x) => s + x.segmentation.fn, 0);
  const fields = {} as DocScores['fields'];
  for (const f of DOC_FIELDS) {
    const right = all.reduce((s, x) => s + x.fields[f].right, 0);
    const of = all.reduce((s, x) => s + x.fields[f].of, 0);
    fields[f] = { right, of, accuracy: of ? right / of : 1 };
  }
  return { segmentation: prf(tp, fp, fn), fields, missed: all.flatMap((x) => x.missed), extra: all.flatMap((x) => x.extra), wrong: all.flatMap((x) => x.wrong) };
}
