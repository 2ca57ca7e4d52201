/**
 * The engine's JSON contract (../shared/EXTRACTION_SPEC.md, "The engine's contract"),
 * as zod schemas. Every result the engine returns parses with `extractionResultSchema`;
 * the command line's JSON output is exactly `ExtractionResult`.
 */
import { z } from 'zod';

/** True for a real calendar date ("2022", "2022-02", "2022-02-28"; not "2022-13" or "2022-02-30"). */
function realDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO date at the precision written: "2022", "2022-09" or "2022-09-30". */
export const isoPartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).refine(realDate, 'not a real date');
/** A full ISO day. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine(realDate, 'not a real date');

const span = {
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
};

export const docnumAnnotationSchema = z.object({
  kind: z.literal('docnum'),
  ...span,
  issuer: z.string().min(1),
  year: z.number().int().nullable(),
  serial: z.number().int().nonnegative(),
  canonical: z.string().min(1),
  /** "decree" for 国务院令第588号 and the like, else "document". */
  form: z.enum(['document', 'decree']),
});

export const deadlineTypeSchema = z.enum(['effective', 'expiry', 'deadline', 'duration']);

export const deadlineAnnotationSchema = z.object({
  kind: z.literal('deadline'),
  ...span,
  type: deadlineTypeSchema,
  /** As written, at the precision written; null for relative and recurring limits. */
  date: isoPartialDate.nullable(),
  /**
   * The last day the limit allows, resolved against the document's own date where the
   * text alone does not say it (次年2月底前, 自印发之日起30日内); absent when it cannot be.
   */
  resolvedDate: isoDay.optional(),
  /** How resolvedDate was reached, in words a reader understands. */
  resolvedFrom: z.string().optional(),
  /** Index into `documents` of the document this deadline belongs to. */
  document: z.number().int().nonnegative().optional(),
});

export const unitRoleSchema = z.enum(['lead', 'responsible', 'support']);

export const unitAnnotationSchema = z.object({
  kind: z.literal('unit'),
  ...span,
  role: unitRoleSchema,
  /** The attribution (parenthetical, labelled list or table cell) the unit was named in: its original start. */
  group: z.number().int().nonnegative(),
  /** Start/end of the task text the attribution closes (original offsets). */
  taskStart: z.number().int().nonnegative().optional(),
  taskEnd: z.number().int().nonnegative().optional(),
  document: z.number().int().nonnegative().optional(),
});

export const annotationSchema = z.discriminatedUnion('kind', [
  docnumAnnotationSchema,
  deadlineAnnotationSchema,
  unitAnnotationSchema,
]);

export const validityStatusSchema = z.enum(['尚未生效', '现行有效', '即将到期', '已失效', '未知']);

/** A document repealed or replaced by another: its canonical number where given, else its title (without 《》). */
export const repealSchema = z.object({
  docnum: z.string().min(1).nullable(),
  title: z.string().min(1).nullable(),
});

export const documentFactsSchema = z.object({
  /** First line of the heading block (a decree header, a number or registration code above the title, or the title). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Where the title starts; null when the title is lost. */
  titleStart: z.number().int().nonnegative().nullable().optional(),
  title: z.string().nullable(),
  /** Canonical form of the document's own number. */
  docnum: z.string().nullable(),
  issuer: z.string().nullable(),
  /** 成文日期 */
  signedDate: isoDay.nullable(),
  effectiveDate: isoPartialDate.nullable(),
  expiryDate: isoPartialDate.nullable(),
  status: validityStatusSchema,
  /** Why the status is what it is, in Chinese, for a reader. */
  statusReason: z.string(),
  /** Documents this one repeals or replaces (…同时废止 / 停止执行 / 不再执行). */
  repeals: z.array(repealSchema),
});

export const extractorErrorSchema = z.object({
  extractor: z.string(),
  message: z.string(),
});

export const extractionResultSchema = z.object({
  annotations: z.array(annotationSchema),
  documents: z.array(documentFactsSchema),
  /** Extractors that failed; the others' annotations are still there. */
  errors: z.array(extractorErrorSchema),
  /** The day validity and days-left were judged against (YYYY-MM-DD). */
  today: isoDay,
});

export type DocnumAnnotation = z.infer<typeof docnumAnnotationSchema>;
export type DeadlineAnnotation = z.infer<typeof deadlineAnnotationSchema>;
export type DeadlineType = z.infer<typeof deadlineTypeSchema>;
export type UnitAnnotation = z.infer<typeof unitAnnotationSchema>;
export type UnitRole = z.infer<typeof unitRoleSchema>;
export type Annotation = z.infer<typeof annotationSchema>;
export type AnnotationKind = Annotation['kind'];
export type ValidityStatus = z.infer<typeof validityStatusSchema>;
export type DocumentFacts = z.infer<typeof documentFactsSchema>;
export type Repeal = z.infer<typeof repealSchema>;
export type ExtractorError = z.infer<typeof extractorErrorSchema>;
export type ExtractionResult = z.infer<typeof extractionResultSchema>;
