/**
 * Does a file look like a government document? The extension's page detection (lib/detect,
 * its rules unchanged) run on what a file offers: its text; as the info table, the facts the
 * engine found for its first numbered document and any "label：value" lines; as title, its
 * first line and the titles of the documents found. A file has no host, so the page
 * threshold (10, which a government host reaches by itself) does not fit: gazette and policy
 * texts score 5 and more on their content alone (the corpus, dev and held-out texts, a short
 * notice with one number), a blog with a stray number or date 0–3 (lib/detect/index.ts).
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

/**
 * The facts an info table of a gov.cn page gives (标题, 发文字号, 发文机关, 成文日期), as the
 * engine found them for the first document that has its own number; "label：value" lines
 * written in the text come first.
 */
function infoTableOf(head: string, result: ExtractionResult): Record<string, string> {
  const table: Record<string, string> = {};
  const doc = result.documents.find((d) => d.docnum);
  if (doc) {
    table['发文字号'] = doc.docnum!;
    if (doc.title) table['标题'] = doc.title;
    if (doc.issuer) table['发文机关'] = doc.issuer;
    if (doc.signedDate) table['成文日期'] = doc.signedDate;
  }
  return { ...table, ...labelledValues(head) };
}

export function detectText(text: string, result: ExtractionResult): Detection {
  const head = text.slice(0, MAX_TEXT);
  const firstLine = /\S[^\n]*/.exec(head)?.[0] ?? '';
  const titles = result.documents.slice(0, 3).map((d) => d.title).filter((t): t is string => !!t);
  const verdict = detectPage({ text: head, title: [firstLine, ...titles].join('\n'), infoTable: infoTableOf(head, result) });
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
