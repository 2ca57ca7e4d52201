/**
 * The one message map between the extension's contexts and the background. Each entry says
 * who may send it and what it carries (zod, derived from the library's own schemas, so there
 * is one limit per field: lib/limits.ts) and what it answers. The background (handlers.ts)
 * parses every message against this map and types its handlers from it; `send()` is typed
 * from it too. Pure: no browser API here.
 *
 * Who may send:
 *   content — a content script, in the top frame of a tab: answered only about its own page
 *             (the sender's URL and the documents that page reported showing), never about
 *             a URL in the message; the content script is treated as possibly compromised.
 *   extension — an extension page of ours (popup, options, library, note editor), in a tab
 *             or not: the privileged requests.
 *   any — either.
 */
import { outlinePrefsSchema } from '../reader/outline-prefs-schema.ts';
import type { OutlinePrefs } from '../reader/outline-prefs.ts';
import { z } from 'zod';
import { LIMITS } from '../limits.ts';
import { validityStatusSchema } from '../schema.ts';
import { bodySchema, colourSchema, docnumSchema, documentShape, idSchema, noteShape, tagSchema, urlSchema, watchShape } from '../library/schemas.ts';
import { settingsPatchSchema, type ContentSettings, type Settings } from '../settings/schema.ts';
import type { Colour as LibraryColour } from '../library/types.ts';

const shortText = z.string().max(LIMITS.shortText);
const docnum = docnumSchema;

export const detectionSchema = z.strictObject({
  score: z.number(),
  government: z.boolean(),
  reasons: z.array(z.strictObject({ id: z.string().max(40), score: z.number(), zh: shortText, en: shortText })).max(20),
  /** Detectors that failed (the others still counted). */
  errors: z.array(z.strictObject({ id: z.string().max(40), message: shortText })).max(20).optional(),
});

/** One document of a page as its content script read it (the library's document fields). */
export const pageDocumentSchema = z.strictObject({
  docnum: documentShape.docnum,
  title: documentShape.title,
  issuer: documentShape.issuer,
  signedDate: documentShape.signedDate,
  effectiveDate: documentShape.effectiveDate,
  expiryDate: documentShape.expiryDate,
  status: validityStatusSchema,
  cites: documentShape.cites,
});

/** What a content script reports after reading its page. */
export const pageReportSchema = z.strictObject({
  title: shortText,
  detection: detectionSchema,
  /** Highlight counts by kind, when the page was read. */
  counts: z.strictObject({ docnum: z.number().int().nonnegative(), deadline: z.number().int().nonnegative(), unit: z.number().int().nonnegative() }).nullable(),
  documents: z.array(pageDocumentSchema).max(LIMITS.pageDocuments),
  /** Every canonical document number the page shows, its own and the ones it cites. */
  shown: z.array(docnum).max(LIMITS.pageDocnums),
});

/** A deadline or expiry the reader asks to watch, from its card. The page and its URL come from the sender. */
export const watchRequestSchema = z.strictObject({
  kind: watchShape.kind,
  text: watchShape.text,
  due: watchShape.due,
  docnum: watchShape.docnum,
  title: watchShape.title,
});

/** A note to be written for words on the sender's page: opened in the note editor. */
export const noteDraftSchema = z.union([
  z.strictObject({
    /** The own number of the document the words are in, when the page shows one. */
    docnum: docnum.nullable(),
    quote: noteShape.quote,
    position: noteShape.position,
  }),
  z.strictObject({ edit: idSchema }),
]);

/** What the note editor saves. */
export const noteContentSchema = z.strictObject({
  body: bodySchema,
  colour: colourSchema,
  tags: z.array(tagSchema).max(LIMITS.tags),
});

const token = z.string().regex(TOKEN_PATTERN);

const entry = <F extends 'content' | 'extension' | 'any', S extends z.ZodType>(from: F, schema: S) => ({ from, schema });

/** The map: type → who may send it and its fields (besides `type`). */
export const MESSAGES = {
  // ---- content scripts, about their own page ----
  'page.read': entry('content', z.strictObject({ page: pageReportSchema })),
  'documents.lookup': entry('content', z.strictObject({ docnums: z.array(docnum).max(LIMITS.pageDocnums) })),
  'notes.forPage': entry('content', z.strictObject({})),
  'note.draft': entry('content', z.strictObject({ draft: noteDraftSchema })),
  'note.recolour': entry('content', z.strictObject({ id: idSchema, colour: colourSchema })),
  'note.delete': entry('content', z.strictObject({ id: idSchema })),
  /** A note that could not be placed, attached to words the reader selected on the page. */
  'note.reattach': entry('content', z.strictObject({ id: idSchema, quote: noteShape.quote, position: noteShape.position })),
  'watch.add': entry('content', z.strictObject({ item: watchRequestSchema })),
  'watches.forPage': entry('content', z.strictObject({})),
  /** How the reader left the outline on this site (the sender's host). */
  'site.prefs.get': entry('content', z.strictObject({})),
  'site.prefs.set': entry('content', z.strictObject({ prefs: outlinePrefsSchema })),
  'styles.inject': entry('content', z.strictObject({ css: z.string().max(20_000) })),
  // ---- either ----
  'settings.get': entry('any', z.strictObject({})),
  // ---- extension pages only ----
  'page.get': entry('extension', z.strictObject({ tabId: z.number().int().nonnegative() })),
  'watch.list': entry('extension', z.strictObject({})),
  'watch.delete': entry('extension', z.strictObject({ id: idSchema })),
  /** The PDF reader's 「关注此期限」: a watch on a document it shows, at the PDF's URL. */
  'watch.addAt': entry('extension', z.strictObject({ item: watchRequestSchema, url: urlSchema })),
  'site.enable': entry('extension', z.strictObject({ host: z.string().min(1).max(253).regex(/^[a-z0-9.-]+$/i), tabId: z.number().int().nonnegative().nullable() })),
  'settings.set': entry('extension', z.strictObject({ patch: settingsPatchSchema })),
  /** The PDF reader's 「打开原文件」: let this URL open in the browser's own viewer, in the sender's tab. */
  'pdf.original': entry('extension', z.strictObject({ url: z.string().max(LIMITS.url).regex(/^https?:\/\//i) })),
  'draft.get': entry('extension', z.strictObject({ token })),
  'draft.save': entry('extension', z.strictObject({ token, note: noteContentSchema })),
  'draft.close': entry('extension', z.strictObject({ token })),
  'draft.resize': entry('extension', z.strictObject({ token, height: z.number().int().min(0).max(4000) })),
} as const;

export type MessageType = keyof typeof MESSAGES;
/** A request's fields: an empty schema infers an index signature of never, which is no field at all. */
type Fields<S> = S extends Record<string, never> ? unknown : S;
export type RequestOf<T extends MessageType> = { type: T } & Fields<z.infer<(typeof MESSAGES)[T]['schema']>>;
export type Request = { [T in MessageType]: RequestOf<T> }[MessageType];
export type SenderKind = (typeof MESSAGES)[MessageType]['from'];

/** Parses a message against the map: the request, or a one-line reason. */
export function parseRequest(raw: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, error: 'invalid message: not an object' };
  const { type, ...rest } = raw as { type?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return { ok: false, error: `invalid message: unknown type ${JSON.stringify(String(type).slice(0, 40))}` };
  const r = MESSAGES[type as MessageType].schema.safeParse(rest);
  if (!r.success) {
    const issue = r.error.issues[0];
    return { ok: false, error: `invalid message: ${issue ? `${issue.path.join('.') || type}: ${issue.message}` : 'unknown shape'}` };
  }
  return { ok: true, request: { type, ...(r.data as object) } as Request };
}

export type Detection = z.infer<typeof detectionSchema>;
export type PageDocument = z.infer<typeof pageDocumentSchema>;
export type PageReport = z.infer<typeof pageReportSchema>;
/** What the background keeps about a tab's page: the report, at the URL it came from. */
export type PageSummary = PageReport & { url: string };
export type WatchRequest = z.infer<typeof watchRequestSchema>;
export type NoteDraft = z.infer<typeof noteDraftSchema>;
export type NoteContent = z.infer<typeof noteContentSchema>;
export type Colour = LibraryColour;
export type KnownDocument = { docnum: string; title: string | null; url: string };

/** A note as pages see it. */
export interface PageNote {
  id: string;
  documentId: string;
  url: string;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  body: string;
  colour: Colour;
  tags: string[];
  created: string;
  updated: string;
}
/** A watch as pages see it. */
export interface Watch extends WatchRequest {
  id: string;
  url: string;
  created: string;
  reminded: number[];
}
/** What the note editor shows. */
export interface DraftView {
  quote: string;
  body: string;
  colour: Colour;
  tags: string[];
  editing: boolean;
}

export { watchKey, type WatchKey } from './watch-key.ts';
import { MAX_EDITOR_HEIGHT, TOKEN_PATTERN } from './tab-message.ts';
import type { WatchKey } from './watch-key.ts';

/** What each request answers. */
export interface Responses {
  'page.read': { ok: true };
  'documents.lookup': { ok: true; known: Record<string, KnownDocument> };
  'notes.forPage': { ok: true; notes: PageNote[] };
  'note.draft': { ok: true; token: string };
  'note.recolour': { ok: true };
  'note.delete': { ok: true };
  'note.reattach': { ok: true };
  'watch.add': { ok: true; added: boolean };
  /** The watches on this page's documents: what the cards need to say 「已关注」 after a reload. */
  'watches.forPage': { ok: true; watches: WatchKey[] };
  'site.prefs.get': { ok: true; prefs: OutlinePrefs };
  'site.prefs.set': { ok: true };
  'styles.inject': { ok: true };
  'settings.get': { ok: true; settings: Settings } | { ok: true; content: ContentSettings };
  'page.get': { ok: true; page: PageSummary | null };
  'watch.list': { ok: true; items: Watch[] };
  'watch.delete': { ok: true };
  'watch.addAt': { ok: true; added: boolean };
  'site.enable': { ok: true };
  'settings.set': { ok: true; settings: Settings };
  'pdf.original': { ok: true };
  'draft.get': { ok: true; draft: DraftView };
  'draft.save': { ok: true; note: PageNote };
  'draft.close': { ok: true };
  'draft.resize': { ok: true };
}
export type Failure = { ok: false; error: string };
export type Response<T extends MessageType> = Responses[T] | Failure;

/** What the background tells a tab's content script (browser.tabs.sendMessage). */
export const tabMessageSchema = z.discriminatedUnion('type', [
  /** A note of this page was saved in the editor (or changed elsewhere): fetch the page's notes again. */
  z.strictObject({ type: z.literal('notes.changed'), token: token.optional() }),
  /** The editor of this draft is done (saved or cancelled), or asks for a height. */
  z.strictObject({ type: z.literal('draft.closed'), token }),
  z.strictObject({ type: z.literal('draft.height'), token, height: z.number().int().min(0).max(MAX_EDITOR_HEIGHT) }),
  /** The popup's 「打开大纲」: open the outline on this page. */
  z.strictObject({ type: z.literal('outline.open') }),
]);
export type TabMessage = z.infer<typeof tabMessageSchema>;
export { readTabMessage } from './tab-message.ts';
