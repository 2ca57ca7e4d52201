/**
 * Scores candidate places and decides whether one of them is clearly the note's place.
 *
 * evidence = the share of the recorded characters found again beside the candidate:
 *            (quote length − quote errors + prefix length × prefix similarity
 *             + suffix length × suffix similarity) / (quote + prefix + suffix length)
 *            so a short quote leans on its context and a long one mostly on itself;
 * position = 1 − |candidate start − recorded start| / text length;
 * score    = 0.9 × evidence + 0.1 × position.
 *
 * The winner is the candidate with the most evidence. It is accepted when its score is at
 * least `minScore` and its evidence beats every other candidate's by `margin`. Position only
 * nudges the score: it never separates two candidates. When several are within the margin,
 * the one exactly at the recorded offsets wins (the text around it did not move); if none is,
 * the note is an orphan rather than a guess. And a clear winner elsewhere does not take the
 * note from an unchanged quote still at its recorded offsets with at least half the evidence
 * (say, its prefix intact and its suffix rewritten): the context says one place, the offsets
 * another, and the note becomes an orphan.
 */
import type { Span } from './candidates.ts';
import { toOriginal, type Folded } from './fold.ts';
import type { Pattern } from './pattern.ts';
import { prefixSimilarity, suffixSimilarity } from './similarity.ts';

export const EVIDENCE_WEIGHT = 0.9;
export const POSITION_WEIGHT = 0.1;
/** An unchanged quote at its recorded offsets with this much evidence is not passed over. */
export const HOLD_EVIDENCE = 0.5;

export interface Candidate extends Span {
  /** [start, end) in the original text. */
  start: number;
  end: number;
  evidence: number;
  score: number;
  /** At exactly the offsets the note recorded. */
  atRecorded: boolean;
}

export interface Recorded {
  /** The quote's recorded offsets (without leading and trailing spaces), or null when unknown. */
  span: { start: number; end: number } | null;
}

export function evaluate(model: Folded, pattern: Pattern, recorded: Recorded, s: Span): Candidate {
  const { quote, prefix, suffix } = pattern;
  const found =
    quote.length - s.errors +
    prefix.length * prefixSimilarity(model.norm, s.from, prefix) +
    suffix.length * suffixSimilarity(model.norm, s.to, suffix);
  const evidence = Math.max(0, found / (quote.length + prefix.length + suffix.length));
  const { start, end } = toOriginal(model, s.from, s.to);
  const r = recorded.span;
  const position = r === null ? 0 : Math.max(0, 1 - Math.abs(start - r.start) / Math.max(1, model.original.length));
  return {
    ...s,
    start,
    end,
    evidence,
    score: EVIDENCE_WEIGHT * evidence + POSITION_WEIGHT * position,
    atRecorded: r !== null && r.start === start && r.end === end,
  };
}

export type Verdict =
  | { kind: 'none' }
  | { kind: 'anchored'; candidate: Candidate }
  | { kind: 'weak'; best: Candidate }
  | { kind: 'tie'; best: Candidate; count: number }
  | { kind: 'conflict'; best: Candidate; here: Candidate };

export function decide(candidates: readonly Candidate[], minScore: number, margin: number): Verdict {
  if (candidates.length === 0) return { kind: 'none' };
  const sorted = [...candidates].sort((a, b) => b.evidence - a.evidence || b.score - a.score);
  const best = sorted[0]!;
  if (best.score < minScore) return { kind: 'weak', best };
  const close = sorted.filter((c) => c.evidence >= best.evidence - margin);
  if (close.length === 1) {
    const here = best.atRecorded ? undefined : sorted.find((c) => c.atRecorded && c.errors === 0 && c.evidence >= HOLD_EVIDENCE);
    return here === undefined ? { kind: 'anchored', candidate: best } : { kind: 'conflict', best, here };
  }
  const here = close.filter((c) => c.atRecorded);
  if (here.length === 1 && here[0]!.score >= minScore) return { kind: 'anchored', candidate: here[0]! };
  return { kind: 'tie', best, count: close.length };
}
