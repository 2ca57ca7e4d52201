/**
 * zod schemas of the stored records: repo.ts checks every record with them before writing,
 * and the export file (json.ts) is made of them, so whatever the library holds can be
 * exported and imported again. Also: zod issues as one line a reader understands
 * (`notes[3].colour: expected one of yellow, green, blue, pink, purple, got "red"`).
 */
import { z } from 'zod';
import { isoDay, isoPartialDate, validityStatusSchema } from '../schema.ts';
import { canonicalDocnum } from './ids.ts';
import { LIMITS } from '../limits.ts';
import { COLOURS, type CitationRecord, type DocumentRecord, type NoteRecord, type WatchRecord } from './types.ts';

export { LIMITS };

const datetime = z.iso.datetime({ offset: true, error: 'expected an ISO datetime like 2026-01-31T08:00:00.000Z' });
const day = z.string().refine((s) => isoDay.safeParse(s).success, 'expected a real date like 2026-01-31');
const partialDay = z.string().refine((s) => isoPartialDate.safeParse(s).success, 'expected a real date like 2026, 2026-01 or 2026-01-31');
const text = (max: number) => z.string().max(max);
/** A record id: no control characters (the search postings join ids with NUL). */
export const idSchema = z.string().min(1).max(LIMITS.id).refine((s) => ![...s].some((c) => c.charCodeAt(0) < 0x20), 'expected no control characters');
const id = idSchema;
/** Only web pages: an http(s) URL (never javascript:, data: or file:). */
export const urlSchema = z
  .url({ error: 'expected a URL' })
  .max(LIMITS.url)
  .refine((s) => /^https?:\/\//i.test(s), { error: 'expected an http(s) address' });
const url = urlSchema;
export const docnumSchema = z
  .string()
  .min(1)
  .max(LIMITS.docnum)
  .refine((s) => canonicalDocnum(s) === s, { error: (iss) => `not a canonical document number (expected "${canonicalDocnum(String(iss.input))}")` });
const docnum = docnumSchema;
export const tagSchema = z.string().trim().min(1).max(LIMITS.tag);
export const bodySchema = text(LIMITS.body);

export const colourSchema = z.enum(COLOURS);

/** The fields of each record, without the checks across fields: message schemas pick from these. */
export const documentShape = {
  id,
  docnum: docnum.nullable(),
  urls: z.array(url).min(1).max(LIMITS.urls),
  title: text(LIMITS.title).nullable(),
  issuer: text(LIMITS.issuer).nullable(),
  signedDate: day.nullable(),
  effectiveDate: partialDay.nullable(),
  expiryDate: partialDay.nullable(),
  status: validityStatusSchema,
  cites: z.array(docnum).max(LIMITS.cites),
  firstSeen: datetime,
  lastSeen: datetime,
};

export const noteShape = {
  id,
  documentId: id,
  url,
  quote: z.strictObject({ exact: z.string().min(1).max(LIMITS.exact), prefix: text(LIMITS.context), suffix: text(LIMITS.context) }),
  position: z.strictObject({
    start: z.number().int().min(0).max(LIMITS.offset),
    end: z.number().int().min(0).max(LIMITS.offset),
  }),
  body: bodySchema,
  colour: colourSchema,
  tags: z.array(tagSchema).max(LIMITS.tags),
  created: datetime,
  updated: datetime,
};

export const watchShape = {
  id,
  kind: z.enum(['expiry', 'deadline']),
  text: text(LIMITS.watchText),
  due: day,
  documentId: id.nullable(),
  docnum: docnum.nullable(),
  title: text(LIMITS.title).nullable(),
  url,
  created: datetime,
  reminded: z.array(z.number().int().min(0).max(36_500)).max(LIMITS.reminded),
};

export const documentRecordSchema = z
  .strictObject(documentShape)
  .superRefine((d, ctx) => {
    if (d.docnum !== null && d.id !== `doc:${d.docnum}`) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `expected "doc:${d.docnum}" for a document numbered ${d.docnum}` });
    } else if (d.docnum === null && !(d.id.startsWith('url:') && d.urls.includes(d.id.slice(4)))) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'expected "url:" and one of its urls for a document without a number' });
    }
    if (d.docnum !== null && d.cites.includes(d.docnum)) {
      ctx.addIssue({ code: 'custom', path: ['cites'], message: 'a document does not cite itself' });
    }
  }) satisfies z.ZodType<DocumentRecord>;

export const noteRecordSchema = z
  .strictObject(noteShape)
  .superRefine((n, ctx) => {
    if (n.position.end < n.position.start) ctx.addIssue({ code: 'custom', path: ['position', 'end'], message: 'ends before it starts' });
  }) satisfies z.ZodType<NoteRecord>;

export const watchRecordSchema = z.strictObject(watchShape) satisfies z.ZodType<WatchRecord>;

export const citationRecordSchema = z.strictObject({ from: id, to: docnum }) satisfies z.ZodType<CitationRecord>;

// ---- messages ----

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'number' && Number.isNaN(v)) return 'NaN';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function shown(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeName(v);
}

/** `notes[3].quote.exact`, `["odd key"]`; `file` for the top level. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (typeof p === 'string' && /^[A-Za-z_$][\w$]*$/.test(p)) out += out ? `.${p}` : p;
    else out += `[${JSON.stringify(String(p))}]`;
  }
  return out || 'file';
}

export function formatIssue(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  let what: string;
  switch (issue.code) {
    case 'invalid_type':
      what = input === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}, got ${shown(input)}`;
      break;
    case 'invalid_value':
      what = input === undefined && issue.values.length > 1 ? `missing (expected one of ${issue.values.map(String).join(', ')})` :
        issue.values.length === 1
          ? `expected ${JSON.stringify(issue.values[0])}, got ${shown(input)}`
          : `expected one of ${issue.values.map(String).join(', ')}, got ${shown(input)}`;
      break;
    case 'invalid_format':
      what = issue.format === 'url' || issue.format === 'datetime' ? `${issue.message}, got ${shown(input)}` : issue.message;
      break;
    case 'too_big':
      what =
        issue.origin === 'string'
          ? `longer than ${issue.maximum} characters${typeof input === 'string' ? ` (${input.length})` : ''}`
          : issue.origin === 'array'
            ? `more than ${issue.maximum} items`
            : `more than ${issue.maximum}`;
      break;
    case 'too_small':
      what =
        issue.origin === 'string'
          ? Number(issue.minimum) <= 1 ? 'empty' : `shorter than ${issue.minimum} characters`
          : issue.origin === 'array'
            ? `fewer than ${issue.minimum} items`
            : `less than ${issue.minimum}`;
      break;
    case 'unrecognized_keys':
      what = `unexpected key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
      break;
    case 'custom':
      what = issue.message;
      break;
    default:
      what = issue.message;
  }
  if (issue.code === 'custom' && typeof input === 'string' && !what.includes('got')) what += `, got ${shown(input)}`;
  return `${formatPath(issue.path)}: ${what}`;
}

/** The first problem, and how many more there are. */
export function formatError(error: z.ZodError): string {
  const issues = error.issues;
  if (!issues.length) return 'file: invalid';
  const more = issues.length - 1;
  return formatIssue(issues[0]!) + (more ? ` (and ${more} more problem${more > 1 ? 's' : ''})` : '');
}
