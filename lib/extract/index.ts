/**
 * The engine: text → annotations and document facts. A registry of extractors, each run
 * in isolation (one that throws is reported in `errors`, the others still count), then
 * document boundaries, facts and the resolution of relative deadlines.
 */
import type { Annotation, DeadlineAnnotation, DocnumAnnotation, ExtractionResult, ExtractorError } from '../schema.ts';
import { normalise } from '../text/normalise.ts';
import type { TextModel } from '../text/model.ts';
import { deadline } from './deadline.ts';
import { docnum } from './docnum.ts';
import { unit } from './unit.ts';
import { unitTable } from './unit-table.ts';
import { documentFacts, documentSpans, refreshValidity } from './facts.ts';
import { isPastAtSigning, resolveDeadline } from './resolve.ts';
import { firstDay } from './dates.ts';
import { lastAtOrBefore, lastAtOrBeforeIn } from '../text/bisect.ts';
import type { Extractor } from './types.ts';

/** Every extractor the engine runs, in the order their annotations are listed at a tie. */
export const extractors: readonly Extractor[] = [docnum, deadline, unit, unitTable];

export interface ExtractOptions {
  /** YYYY-MM-DD the validity status is judged against; default: the local date. */
  today?: string;
  /** Run only these extractors (by id). */
  only?: readonly string[];
  /** For tests: replace the registry. */
  registry?: readonly Extractor[];
}

export function localToday(now = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Runs one extractor; a failure is recorded, never thrown. */
function runOne(ex: Extractor, model: TextModel, annotations: Annotation[], errors: ExtractorError[]): void {
  try {
    // One by one: spreading an unbounded array into push() overflows the stack (~130k items).
    for (const a of ex.extract(model)) annotations.push(a);
  } catch (e) {
    errors.push({ extractor: ex.id, message: e instanceof Error ? e.message : String(e) });
  }
}

function sortAnnotations(annotations: Annotation[], registry: readonly Extractor[]): void {
  const order = new Map(registry.map((e, i) => [e.kind, i]));
  annotations.sort((a, b) => a.start - b.start || a.end - b.end || order.get(a.kind)! - order.get(b.kind)!);
}

/** Runs the registry over a text model; failures are collected, not thrown. */
export function runExtractors(model: TextModel, registry: readonly Extractor[], only?: readonly string[]): { annotations: Annotation[]; errors: ExtractorError[] } {
  const annotations: Annotation[] = [];
  const errors: ExtractorError[] = [];
  for (const ex of registry) if (!only || only.includes(ex.id)) runOne(ex, model, annotations, errors);
  sortAnnotations(annotations, registry);
  return { annotations, errors };
}

/**
 * The engine in steps: it yields after the text model, after each extractor and before the
 * documents' facts, so a page can give the browser its turn between steps (no long task).
 * The generator's return value is the result; `extract()` runs it to the end at once.
 */
export function* extractSteps(text: string, options: ExtractOptions = {}): Generator<string, ExtractionResult, void> {
  const today = options.today ?? localToday();
  const registry = options.registry ?? extractors;
  const model = normalise(text);
  yield 'text model';
  // The document boundaries on their own step (the unit extractor and the facts ask for them;
  // they are kept with the model): one step less for the unit extractor's long task.
  documentSpans(text, model);
  yield 'boundaries';
  const annotations: Annotation[] = [];
  const errors: ExtractorError[] = [];
  for (const ex of registry) {
    if (options.only && !options.only.includes(ex.id)) continue;
    runOne(ex, model, annotations, errors);
    yield ex.id;
  }
  sortAnnotations(annotations, registry);
  return documentsOf(model, today, annotations, errors);
}

export function extract(text: string, options: ExtractOptions = {}): ExtractionResult {
  const steps = extractSteps(text, options);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Removes in place the items that match (one pass). */
function removeWhere<T>(items: T[], drop: (item: T) => boolean): void {
  let k = 0;
  for (const item of items) if (!drop(item)) items[k++] = item;
  items.length = k;
}

/** Document boundaries and facts, each annotation's document, relative dates resolved. */
function documentsOf(model: TextModel, today: string, annotations: Annotation[], errors: ExtractorError[]): ExtractionResult {
  const text = model.original;
  const spans = documentSpans(text, model);
  const docnums = annotations.filter((a): a is DocnumAnnotation => a.kind === 'docnum');
  const deadlines = annotations.filter((a): a is DeadlineAnnotation => a.kind === 'deadline');
  // A document's text runs from its textStart (before its heading when the PDF displaced it) to its end.
  const docOf = (start: number): number => {
    const i = lastAtOrBefore(spans.length, (k) => spans[k]!.textStart, start);
    return i >= 0 && start < spans[i]!.end ? i : -1;
  };
  for (const a of annotations) {
    if (a.kind === 'docnum') continue;
    const d = docOf(a.start);
    if (d >= 0) a.document = d;
  }
  // Facts first without relative dates, then resolve against each document's date.
  let documents = documentFacts(spans, { text, today, docnums, deadlines });
  const past = (a: Annotation): boolean => a.kind === 'deadline' && a.document !== undefined && isPastAtSigning(a, documents[a.document]!.signedDate);
  if (deadlines.some(past)) {
    removeWhere(annotations, past);
    removeWhere(deadlines, past);
  }
  try {
    const { norm, srcStart } = model;
    const firstAt = (offset: number): number => lastAtOrBeforeIn(srcStart, offset - 1) + 1;
    const resolve = (dl: DeadlineAnnotation): void => {
      const doc = dl.document !== undefined ? documents[dl.document] : undefined;
      const eff = doc?.effectiveDate ?? null;
      const dates = { signedDate: doc?.signedDate ?? null, effectiveDay: eff ? firstDay(eff) : null };
      // A written date resolves to itself; only a relative limit reads its normalised text.
      if (dl.date) {
        Object.assign(dl, resolveDeadline(dl, dates));
        return;
      }
      const p = firstAt(dl.start);
      const q = firstAt(dl.end);
      Object.assign(dl, resolveDeadline(dl, dates, '', { text: norm.slice(p, q), before: norm.slice(Math.max(0, p - 12), p) }));
    };
    for (const dl of deadlines) resolve(dl);
    documents = refreshValidity(documents, spans, { text, today, docnums, deadlines });
    // 本通知自印发之日起施行，有效期2年: the effective day is known only now (the date of
    // signature), so the relative expiry counts from it in a second pass.
    const waiting = deadlines.filter((dl) => dl.type === 'expiry' && !dl.resolvedDate && dl.document !== undefined && documents[dl.document]!.effectiveDate);
    if (waiting.length) {
      for (const dl of waiting) resolve(dl);
      documents = refreshValidity(documents, spans, { text, today, docnums, deadlines });
    }
  } catch (e) {
    errors.push({ extractor: 'resolve', message: e instanceof Error ? e.message : String(e) });
  }
  return { annotations, documents, errors, today };
}
