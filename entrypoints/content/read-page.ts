/**
 * One reading of a page: DOM → text model → the engine in steps → highlights painted → the
 * view the cards and outline are built from. The browser gets its turn between the steps, so no
 * step blocks input for long; how long each took is kept for `npm run bench`.
 */
import { buildDomText, type DomTextModel } from '@/lib/text/dom.ts';
import { extractSteps } from '@/lib/extract/index.ts';
import type { AnnotationKind, ExtractionResult } from '@/lib/schema.ts';
import { buildPageView, itemId, type PageView } from '@/lib/view/page-view.ts';
import { yieldToMain } from '@/lib/reader/yield-to-main.ts';
import type { Highlighter } from '@/lib/highlight/types.ts';
import { KIND_ORDER } from '@/lib/kinds.ts';

export interface Reading {
  model: DomTextModel;
  view: PageView;
  /** How long each phase took (ms), and when reading started and painting ended. */
  phases: Record<string, number>;
  /** When the painted highlights were on screen (performance.now()). */
  paintedAt: number;
}

export async function readPage(
  doc: Document,
  options: { highlighter: Highlighter; uiHost: Element; today: string; visible: Record<AnnotationKind, boolean> },
): Promise<Reading> {
  const { highlighter, uiHost } = options;
  const phases: Record<string, number> = { 'read starts at': performance.now() };
  let t = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    phases[name] = now - t;
    t = now;
  };
  highlighter.clear();
  const model = buildDomText(doc.body, { exclude: (el) => el === uiHost });
  lap('text model');
  await yieldToMain();
  t = performance.now();
  const steps = extractSteps(model.text, { today: options.today });
  let result: ExtractionResult;
  for (;;) {
    const next = steps.next();
    if (next.done) {
      result = next.value;
      break;
    }
    phases[`extract: ${next.value}`] = performance.now() - t;
    await yieldToMain();
    t = performance.now();
  }
  lap('extract: documents');
  await yieldToMain();
  t = performance.now();
  // Paint first (ids as buildPageView gives them), then build what the cards and outline need.
  highlighter.apply(model, result.annotations.map((a, i) => ({ id: itemId(i), kind: a.kind, start: a.start, end: a.end })));
  for (const k of KIND_ORDER) highlighter.setKindVisible(k, options.visible[k]);
  lap('highlight');
  phases['highlight done at'] = performance.now();
  const paintedAt = await new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
  t = performance.now();
  const view = buildPageView(model.text, result);
  lap('view');
  return { model, view, phases, paintedAt };
}
