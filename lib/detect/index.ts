/**
 * Page detection: is this a government page the extension should read? A registry of
 * detectors, each run in isolation (one that throws is reported in `errors`, the others
 * still count), whose scores add up.
 *
 * The rule: `government = score >= THRESHOLD` (10), with the scores chosen so that
 * - a government host (gov.cn and below, or a host the user listed) scores 10 by itself:
 *   every page of a government site is read, a news article that shows few signals too
 *   (the extension runs and finds little); its content score is still reported, so the UI
 *   can tell a policy page (host + template meta + info table …) from a thin one;
 * - off a government host, content has to make the case with more than one kind of
 *   evidence: no content detector reaches 10 alone, except template-meta with a valid
 *   SiteIDCode and two more template tags (a registered government site on another
 *   domain). A policy text pasted elsewhere — info table (4–8) + document numbers (1–5) +
 *   a title word (1–3), or articles (3–5) — passes; a blog with a stray 第3号, a date or a
 *   single cited number scores 0–3 and does not.
 *
 * | detector        | scores                                                       |
 * |-----------------|--------------------------------------------------------------|
 * | gov-host        | 10                                                           |
 * | template-meta   | valid SiteIDCode 8, +1 per other template tag (2 tags min.)  |
 * | info-table      | labels + 1, from 3 labels (4 … 8)                            |
 * | docnum-density  | ≥2 numbers, 1 per 10k → 1, +1 per doubling, max 5            |
 * | articles        | 第一条…第N条 in sequence: N ≥ 3 → 3, ≥ 5 → 4, ≥ 10 → 5        |
 * | title-words     | document-type ending 2, 关于…的 1, both 3                     |
 */
import { articles } from './articles.ts';
import { docnumDensity } from './docnum-density.ts';
import { govHost } from './gov-host.ts';
import { infoTable } from './info-table.ts';
import { completeSignals } from './normalise.ts';
import { templateMeta } from './template-meta.ts';
import { titleWords } from './title-words.ts';
import { THRESHOLD, type DetectContext, type Detector, type PageSignals } from './types.ts';

export { THRESHOLD };

/** Every detector, in the order their reasons are listed. */
export const detectors: readonly Detector[] = [govHost, templateMeta, infoTable, docnumDensity, articles, titleWords];

export interface PageReason {
  id: string;
  score: number;
  zh: string;
  en: string;
}

export interface DetectorError {
  id: string;
  message: string;
}

export interface PageVerdict {
  /** The sum of the detectors' scores. */
  score: number;
  /** score >= THRESHOLD. */
  government: boolean;
  /** What each detector that scored saw, in registry order. */
  reasons: PageReason[];
  /** Detectors that threw or returned a score that is not a finite number; they count 0. */
  errors: DetectorError[];
}

export interface DetectOptions {
  /** For tests: replace the registry. */
  registry?: readonly Detector[];
}

export function detectPage(
  signals: Partial<PageSignals>,
  context: Partial<DetectContext> = {},
  options: DetectOptions = {},
): PageVerdict {
  const page = completeSignals(signals);
  const ctx: DetectContext = { userHosts: context.userHosts ?? [] };
  const reasons: PageReason[] = [];
  const errors: DetectorError[] = [];
  let score = 0;
  for (const detector of options.registry ?? detectors) {
    try {
      const found = detector.detect(page, ctx);
      if (!found) continue;
      if (!Number.isFinite(found.score) || found.score < 0) {
        errors.push({ id: detector.id, message: `invalid score ${String(found.score)}` });
        continue;
      }
      if (found.score === 0) continue;
      score += found.score;
      reasons.push({ id: detector.id, score: found.score, zh: found.reason.zh, en: found.reason.en });
    } catch (e) {
      errors.push({ id: detector.id, message: e instanceof Error ? e.message : String(e) });
    }
  }
  return { score, government: score >= THRESHOLD, reasons, errors };
}

export type { Bilingual, DetectContext, Detection, Detector, PageSignals } from './types.ts';
export { completeSignals } from './normalise.ts';
export { hostMatches, matchingPattern, parseHostPattern, toMatchPattern } from './hosts.ts';
