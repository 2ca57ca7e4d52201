/**
 * Does a file look like a government document? The extension's page detection (lib/detect,
 * its rules unchanged) run on what a file offers: its text, the "label：value" lines of an
 * info table in it, and as title its first line and the titles of the documents the engine
 * found. A file has no host, so the page threshold (10, which a government host reaches by
 * itself) does not fit: gazette and policy texts score 5–16 on their content alone (the
 * corpus, dev and held-out texts), a blog with a stray number or date 0–3 (lib/detect/index.ts).
 */
import { detectPage } from '../lib/detect/index.ts';
import { labelledValues, MAX_TEXT } from '../lib/detect/normalise.ts';
import type { ExtractionResult } from '../lib/schema.ts';

/** Files scoring less are called "not a government document" (with a warning, never dropped). */
export const GOVERNMENT_SCORE = 4;

export interface Detection {
  /** The sum of the detectors' scores (lib/detect). */
  score: number;
  /** score >= GOVERNMENT_SCORE. */
  government: boolean;
  /** Each detector that scored: its id and its score. */
  reasons: Array<{ id: string; score: number }>;
}

export function detectText(text: string, result: ExtractionResult): Detection {
  const head = text.slice(0, MAX_TEXT);
  const firstLine = /\S[^\n]*/.exec(head)?.[0] ?? '';
  const titles = result.documents.slice(0, 3).map((d) => d.title).filter((t): t is string => !!t);
  const verdict = detectPage({ text: head, title: [firstLine, ...titles].join('\n'), infoTable: labelledValues(head) });
  return {
    score: verdict.score,
    government: verdict.score >= GOVERNMENT_SCORE,
    reasons: verdict.reasons.map((r) => ({ id: r.id, score: r.score })),
  };
}

/** The one-line warning for a file that does not look like a government document. */
export function notGovernmentWarning(file: string, d: Detection): string {
  return `warning: ${file}: does not look like a government document (detection score ${d.score}; government texts score ${GOVERNMENT_SCORE} or more): check that it is the file you meant; its results are still written`;
}
