/**
 * Scores annotations against hand-labelled gold, the way ACCURACY.md reports them:
 * docnum by exact span; deadline by overlap, then type and date on the matched pairs;
 * unit per character (of the names, spaces excluded), then role on overlapping pairs.
 */
import type { Annotation } from '../schema.ts';

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Scores {
  docnum: PRF;
  deadline: PRF & { typeAccuracy: number; dateAccuracy: number; matched: number };
  unit: PRF & { roleAccuracy: number; matched: number };
}

export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

type Span = { start: number; end: number };
const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** One-to-one pairs of overlapping spans, each gold taking the first free overlapping prediction. */
function pairByOverlap<T extends Span>(gold: T[], pred: T[]): Array<[T, T]> {
  const used = new Set<number>();
  const pairs: Array<[T, T]> = [];
  for (const g of gold) {
    const k = pred.findIndex((p, i) => !used.has(i) && overlaps(g, p));
    if (k >= 0) {
      used.add(k);
      pairs.push([g, pred[k]!]);
    }
  }
  return pairs;
}

function chars(text: string, spans: Span[]): Set<number> {
  const s = new Set<number>();
  for (const a of spans) for (let i = a.start; i < a.end; i++) if (!/\s/.test(text[i]!)) s.add(i);
  return s;
}

export function score(text: string, gold: Annotation[], pred: Annotation[]): Scores {
  const of = <K extends Annotation['kind']>(list: Annotation[], kind: K) =>
    list.filter((a): a is Extract<Annotation, { kind: K }> => a.kind === kind);

  const gd = of(gold, 'docnum');
  const pd = of(pred, 'docnum');
  const key = (a: Span): string => `${a.start}:${a.end}`;
  const pdKeys = new Set(pd.map(key));
  const gdKeys = new Set(gd.map(key));
  const dTp = gd.filter((g) => pdKeys.has(key(g))).length;
  const docnum = prf(dTp, pd.filter((p) => !gdKeys.has(key(p))).length, gd.length - dTp);

  const gl = of(gold, 'deadline');
  const pl = of(pred, 'deadline');
  const lp = pairByOverlap(gl, pl);
  const deadline = {
    ...prf(lp.length, pl.length - lp.length, gl.length - lp.length),
    matched: lp.length,
    typeAccuracy: lp.length ? lp.filter(([g, p]) => g.type === p.type).length / lp.length : 1,
    dateAccuracy: lp.length ? lp.filter(([g, p]) => g.date === p.date).length / lp.length : 1,
  };

  const gu = of(gold, 'unit');
  const pu = of(pred, 'unit');
  const gc = chars(text, gu);
  const pc = chars(text, pu);
  let ctp = 0;
  for (const i of pc) if (gc.has(i)) ctp++;
  const up = pairByOverlap(gu, pu);
  const unit = {
    ...prf(ctp, pc.size - ctp, gc.size - ctp),
    matched: up.length,
    roleAccuracy: up.length ? up.filter(([g, p]) => g.role === p.role).length / up.length : 1,
  };
  return { docnum, deadline, unit };
}

/** Adds up counts over several files (micro-average). */
export function sum(all: Scores[]): Scores {
  const add = (k: 'docnum' | 'deadline' | 'unit'): PRF =>
    prf(
      all.reduce((s, x) => s + x[k].tp, 0),
      all.reduce((s, x) => s + x[k].fp, 0),
      all.reduce((s, x) => s + x[k].fn, 0),
    );
  const weighted = (k: 'deadline' | 'unit', f: 'typeAccuracy' | 'dateAccuracy' | 'roleAccuracy'): number => {
    const n = all.reduce((s, x) => s + x[k].matched, 0);
    return n ? all.reduce((s, x) => s + ((x[k] as unknown as Record<string, number>)[f] ?? 0) * x[k].matched, 0) / n : 1;
  };
  return {
    docnum: add('docnum'),
    deadline: { ...add('deadline'), matched: all.reduce((s, x) => s + x.deadline.matched, 0), typeAccuracy: weighted('deadline', 'typeAccuracy'), dateAccuracy: weighted('deadline', 'dateAccuracy') },
    unit: { ...add('unit'), matched: all.reduce((s, x) => s + x.unit.matched, 0), roleAccuracy: weighted('unit', 'roleAccuracy') },
  };
}
