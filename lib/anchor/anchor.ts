/**
 * Finds a note's place again in a page's text, or says it cannot: an uncertain match
 * becomes an orphan, never a note on the wrong sentence.
 *
 * 1. exact-position: the quote is at its recorded offsets with the same prefix and suffix
 *    (compared as written): score 1, nothing else is searched.
 * 2. exact-context: every occurrence of the folded quote is scored by its context and
 *    position (decide.ts). When the best has near-perfect evidence (≥ 1 − margin), no
 *    approximate match could beat it by the margin, but one could tie with it: only such
 *    near-copies are searched for (a few errors), and the verdict is taken over both.
 * 3. fuzzy: every approximate match of the quote, up to maxErrorRate × its length errors
 *    (approx-string-match; quotes over 256 characters by head and tail), is scored with the
 *    exact occurrences, and decided the same way.
 * 4. otherwise an orphan, with the reason in plain words and the best place found, if any.
 *
 * Whitespace and line breaks do not count anywhere after step 1, nor do character widths
 * (fold.ts): a quote whose lines were re-flowed anchors as an exact match.
 */
import { approximateSpans, exactSpans, TooManyPlaces } from './candidates.ts';
import { decide, evaluate, type Candidate, type Recorded, type Verdict } from './decide.ts';
import { bigramIndex, foldedText, preparePattern } from './pattern.ts';
import { refine } from './refine.ts';
import { prefixErrors, suffixErrors } from './similarity.ts';
import type { Folded } from './fold.ts';
import type { Pattern } from './pattern.ts';
import type { AnchorOptions, Anchored, Selectors } from './types.ts';

export const DEFAULT_MIN_SCORE = 0.75;
export const DEFAULT_MAX_ERROR_RATE = 0.2;
export const DEFAULT_MARGIN = 0.05;
/** More places than this (exact or approximate) and a quote is too common to place. */
export const MAX_PLACES = 1000;

const orphan = (reason: string, best?: Candidate): Anchored =>
  best === undefined ? { status: 'orphan', reason } : { status: 'orphan', reason, best: { start: best.start, end: best.end, score: best.score } };

function result(v: Verdict, minScore: number, margin: number): Anchored {
  switch (v.kind) {
    case 'anchored': {
      const c = v.candidate;
      const method = c.errors > 0 ? 'fuzzy' : c.atRecorded ? 'exact-position' : 'exact-context';
      return { status: 'anchored', start: c.start, end: c.end, score: c.score, method };
    }
    case 'none':
      return orphan('text changed too much: the quote is not in the text, not even approximately');
    case 'weak':
      return orphan(`text changed too much: the closest place scores ${v.best.score.toFixed(2)}, below ${minScore}`, v.best);
    case 'tie':
      return orphan(`several equally good places: ${v.count} places match within ${margin} of each other and none is at the recorded position`, v.best);
    case 'conflict':
      return orphan('several equally good places: the quote is still at its recorded position, but another place matches its context better', v.best);
  }
}

function isSpan(start: number, end: number): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end;
}

/** Step 1: the quote and its context, exactly as written, at the recorded offsets. */
function unchanged(text: string, selectors: Selectors): boolean {
  const { exact, prefix, suffix } = selectors.quote;
  const { start, end } = selectors.position;
  return (
    isSpan(start, end) && end <= text.length && start >= prefix.length &&
    text.slice(start, end) === exact &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end)
  );
}

/** One note against one text: the candidates found so far and how to score more. */
class Search {
  readonly maxErrors: number;
  exact: Candidate[] = [];

  constructor(
    readonly text: Folded,
    readonly pattern: Pattern,
    readonly recorded: Recorded,
    readonly minScore: number,
    readonly margin: number,
    maxErrorRate: number,
  ) {
    this.maxErrors = Math.floor(maxErrorRate * pattern.quote.length);
  }

  decide(candidates: readonly Candidate[]): Verdict {
    return decide(candidates, this.minScore, this.margin);
  }

  /** Step 2: every exact occurrence of the folded quote, scored. */
  findExact(): Candidate[] {
    this.exact = exactSpans(this.text.norm, this.pattern.quote, MAX_PLACES).map((s) => evaluate(this.text, this.pattern, this.recorded, s));
    return this.exact;
  }

  /** Step 3: places with 1 to `upTo` errors that do not overlap an exact occurrence, scored. */
  findApproximate(upTo: number): Candidate[] {
    if (upTo < 1) return [];
    return approximateSpans(bigramIndex(this.text), this.pattern.quote, upTo, MAX_PLACES)
      .filter((s) => s.errors > 0 && !this.exact.some((e) => e.from < s.to && s.from < e.to))
      .map((s) => evaluate(this.text, this.pattern, this.recorded, s));
  }

  /** An approximate winner with its ends placed by its context (refine.ts). */
  refined(v: Verdict): Verdict {
    if (v.kind !== 'anchored' || v.candidate.errors === 0) return v;
    const { norm } = this.text;
    const { prefix, suffix } = this.pattern;
    const contextErrors = (at: number, side: 'prefix' | 'suffix'): number =>
      side === 'prefix' ? prefixErrors(norm, at, prefix) : suffixErrors(norm, at, suffix);
    const moved = evaluate(this.text, this.pattern, this.recorded, refine(norm, this.pattern, v.candidate, this.maxErrors, contextErrors));
    return moved.evidence >= v.candidate.evidence ? { kind: 'anchored', candidate: moved } : v;
  }
}

export function anchor(text: string, selectors: Selectors, options: AnchorOptions = {}): Anchored {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const margin = options.margin ?? DEFAULT_MARGIN;
  if (selectors.quote.exact.length === 0) return orphan('the note quotes no text');

  // 1. Unchanged.
  if (unchanged(text, selectors)) {
    return { status: 'anchored', start: selectors.position.start, end: selectors.position.end, score: 1, method: 'exact-position' };
  }

  const pattern = preparePattern(selectors.quote);
  if (pattern.quote.length === 0) return orphan('the note quotes only spaces or line breaks');
  const { start, end } = selectors.position;
  const recorded: Recorded = { span: isSpan(start, end) ? { start: start + pattern.coreStart, end: start + pattern.coreEnd } : null };
  const search = new Search(foldedText(text), pattern, recorded, minScore, margin, options.maxErrorRate ?? DEFAULT_MAX_ERROR_RATE);

  try {
    // 2. The quote unchanged, anywhere.
    const exact = search.findExact();
    const verdict = search.decide(exact);
    if (verdict.kind === 'none') return result(search.refined(search.decide(search.findApproximate(search.maxErrors))), minScore, margin);
    if ((verdict.kind === 'anchored' && verdict.candidate.atRecorded) || verdict.kind === 'conflict') return result(verdict, minScore, margin);
    const best = verdict.kind === 'anchored' ? verdict.candidate : verdict.best;
    if (best.evidence >= 1 - margin) {
      // Near-perfect: no approximate place can beat it by the margin, but one within the
      // margin would tie with it, and such a place has at most total × (1 − evidence +
      // margin) errors: a cheap search, which finds the note's own sentence if it was edited
      // while an identical copy stayed elsewhere.
      const total = pattern.quote.length + pattern.prefix.length + pattern.suffix.length;
      const rivals = search.findApproximate(Math.min(search.maxErrors, Math.floor(total * (1 - best.evidence + margin))));
      return result(rivals.length === 0 ? verdict : search.refined(search.decide([...exact, ...rivals])), minScore, margin);
    }

    // 3. Approximate places, decided together with the exact ones.
    return result(search.refined(search.decide([...exact, ...search.findApproximate(search.maxErrors)])), minScore, margin);
  } catch (err) {
    if (err instanceof TooManyPlaces) return orphan(`several equally good places: the quote occurs in more than ${err.limit} places`);
    throw err;
  }
}
