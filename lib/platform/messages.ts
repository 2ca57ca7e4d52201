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

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
export const colourSchema = z.enum(['yellow', 'green', 'blue', 'pink', 'purple']);
const tag = z.string().trim().min(1).max(40);

export const seenDocumentSchema = z.object({
  docnum: docnum.nullable(),
  url,
  title: shortText.nullable(),
  issuer: shortText.nullable(),
  signedDate: isoDay.nullable(),
  effectiveDate: partialDate.nullable(),
  expiryDate: partialDate.nullable(),
  status: validityStatusSchema,
  cites: z.array(docnum).max(500),
});

export const newNoteSchema = z.object({
  /** The own number of the document the note is in, when the page shows one. */
  docnum: docnum.nullable(),
  url,
  quote: z.object({ exact: z.string().min(1).max(2000), prefix: z.string().max(64), suffix: z.string().max(64) }),
  position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  body: z.string().max(10_000),
  colour: colourSchema,
  tags: z.array(tag).max(20),
});

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('page.read'), page: pageSummarySchema }),
  z.object({ type: z.literal('page.get'), tabId: z.number().int() }),
  z.object({ type: z.literal('documents.seen'), documents: z.array(seenDocumentSchema).max(200) }),
  z.object({ type: z.literal('documents.lookup'), docnums: z.array(docnum).max(2000) }),
  z.object({ type: z.literal('watch.add'), item: watchItemSchema }),
  z.object({ type: z.literal('watch.list') }),
  z.object({ type: z.literal('watch.delete'), id: z.string().min(1).max(100) }),
  z.object({ type: z.literal('notes.forPage'), docnums: z.array(docnum).max(200), url }),
  z.object({ type: z.literal('note.add'), note: newNoteSchema }),
  z.object({ type: z.literal('note.update'), id: z.string().min(1).max(100), patch: z.object({ body: z.string().max(10_000).optional(), colour: colourSchema.optional(), tags: z.array(tag).max(20).optional() }) }),
  z.object({ type: z.literal('note.delete'), id: z.string().min(1).max(100) }),
  z.object({ type: z.literal('styles.inject'), css: z.string().max(20_000) }),
  z.object({ type: z.literal('site.enable'), host: z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i), tabId: z.number().int().nullable() }),
]);

export type Request = z.infer<typeof requestSchema>;
export type Detection = z.infer<typeof detectionSchema>;
export type PageSummary = z.infer<typeof pageSummarySchema>;
export type WatchItem = z.infer<typeof watchItemSchema>;
export type KnownDocument = { docnum: string; title: string | null; url: string };
export type SeenDocument = z.infer<typeof seenDocumentSchema>;
export type NewNote = z.infer<typeof newNoteSchema>;
export type Colour = z.infer<typeof colourSchema>;
/** A note as pages see it. */
export interface PageNote extends Omit<NewNote, 'docnum'> {
  id: string;
  documentId: string;
  created: string;
  updated: string;
}
/** A watch as pages see it. */
export interface Watch extends WatchItem {
  id: string;
  created: string;
  reminded: number[];
}

/** What each request answers. */
export interface Responses {
  'page.read': { ok: true };
  'page.get': { ok: true; page: PageSummary | null };
  'documents.seen': { ok: true };
  'documents.lookup': { ok: true; known: Record<string, KnownDocument> };
  'watch.add': { ok: true; added: boolean };
  'watch.list': { ok: true; items: Watch[] };
  'watch.delete': { ok: true };
  'notes.forPage': { ok: true; notes: PageNote[] };
  'note.add': { ok: true; note: PageNote };
  'note.update': { ok: true };
  'note.delete': { ok: true };
  'styles.inject': { ok: true };
  'site.enable': { ok: true };
}
export type Failure = { ok: false; error: string };
export type Response<T extends Request['type']> = Responses[T] | Failure;

/** Requests only extension pages may make (never a content script). */
export const PRIVILEGED: ReadonlySet<Request['type']> = new Set(['page.get', 'watch.list', 'watch.delete', 'note.delete', 'site.enable']);
