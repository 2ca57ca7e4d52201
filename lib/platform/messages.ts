/**
 * The one message map between content scripts / extension pages and the background, as zod
 * schemas. The background parses every message it receives with `requestSchema` and answers
 * only what parses; anything else gets `{ ok: false, error }`. Pure: no browser API here.
 */
import { z } from 'zod';
import { isoDay, validityStatusSchema } from '../schema.ts';

const docnum = z.string().min(1).max(80);
const url = z.string().url().max(2048);
const shortText = z.string().max(500);

export const detectionSchema = z.object({
  score: z.number(),
  government: z.boolean(),
  reasons: z.array(z.object({ id: z.string().max(40), score: z.number(), zh: shortText, en: shortText })).max(20),
});

export const pageSummarySchema = z.object({
  url,
  title: shortText,
  detection: detectionSchema,
  /** Highlight counts by kind, when the page was read. */
  counts: z.object({ docnum: z.number().int(), deadline: z.number().int(), unit: z.number().int() }).nullable(),
  documents: z.array(z.object({ title: shortText.nullable(), docnum: docnum.nullable(), status: validityStatusSchema })).max(200),
});

export const watchItemSchema = z.object({
  kind: z.enum(['deadline', 'expiry']),
  /** The deadline's words or the document title. */
  text: shortText,
  /** The day it falls due (resolved). */
  due: isoDay,
  docnum: docnum.nullable(),
  title: shortText.nullable(),
  url,
});

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page.read'), page: pageSummarySchema }),
  z.object({ type: z.literal('page.get'), tabId: z.number().int() }),
  z.object({ type: z.literal('documents.seen'), documents: z.array(z.object({ docnum, title: shortText.nullable(), url })).max(200) }),
  z.object({ type: z.literal('documents.lookup'), docnums: z.array(docnum).max(2000) }),
  z.object({ type: z.literal('watch.add'), item: watchItemSchema }),
  z.object({ type: z.literal('watch.list') }),
  z.object({ type: z.literal('styles.inject'), css: z.string().max(20_000) }),
  z.object({ type: z.literal('site.enable'), host: z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i), tabId: z.number().int().nullable() }),
]);

export type Request = z.infer<typeof requestSchema>;
export type Detection = z.infer<typeof detectionSchema>;
export type PageSummary = z.infer<typeof pageSummarySchema>;
export type WatchItem = z.infer<typeof watchItemSchema>;
export type KnownDocument = { docnum: string; title: string | null; url: string };

/** What each request answers. */
export interface Responses {
  'page.read': { ok: true };
  'page.get': { ok: true; page: PageSummary | null };
  'documents.seen': { ok: true };
  'documents.lookup': { ok: true; known: Record<string, KnownDocument> };
  'watch.add': { ok: true; added: boolean };
  'watch.list': { ok: true; items: WatchItem[] };
  'styles.inject': { ok: true };
  'site.enable': { ok: true };
}
export type Failure = { ok: false; error: string };
export type Response<T extends Request['type']> = Responses[T] | Failure;

/** Requests only extension pages may make (never a content script). */
export const PRIVILEGED: ReadonlySet<Request['type']> = new Set(['page.get', 'watch.list', 'site.enable']);
