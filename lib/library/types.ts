/**
 * The personal library's records: documents the reader has seen, their notes (highlights
 * with a comment), watched dates and the citations between documents. Stored in IndexedDB
 * by db.ts (in the extension's own origin only: background or extension pages), written
 * through repo.ts, exported and imported by export.ts.
 */
import type { ValidityStatus } from '../schema.ts';

export type { ValidityStatus };

export const COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];

export interface DocumentRecord {
  /** 'doc:' + canonical own document number when known, else 'url:' + normalised URL (ids.ts). */
  id: string;
  /** Canonical own document number (ids.ts canonicalDocnum), or null. */
  docnum: string | null;
  /** Normalised URLs it was seen at (no hash, no tracking parameters, lower-case host). */
  urls: string[];
  title: string | null;
  issuer: string | null;
  /** YYYY-MM-DD */
  signedDate: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as written. */
  effectiveDate: string | null;
  expiryDate: string | null;
  status: ValidityStatus;
  /** Canonical numbers it cites (never its own). */
  cites: string[];
  /** ISO datetimes. */
  firstSeen: string;
  lastSeen: string;
}

export interface NoteRecord {
  id: string;
  documentId: string;
  /** The page the note was made on. */
  url: string;
  /** W3C-style text quote selector: the highlighted words with some context either side. */
  quote: { exact: string; prefix: string; suffix: string };
  /** Offsets into the page text (a hint; the quote is what re-anchors). */
  position: { start: number; end: number };
  body: string;
  colour: Colour;
  tags: string[];
  created: string;
  updated: string;
}

export interface WatchRecord {
  id: string;
  kind: 'expiry' | 'deadline';
  /** The deadline's words or the document title. */
  text: string;
  /** YYYY-MM-DD */
  due: string;
  documentId: string | null;
  docnum: string | null;
  title: string | null;
  url: string;
  created: string;
  /** The reminder day-counts already sent, e.g. [30, 7]. */
  reminded: number[];
}

export interface CitationRecord {
  /** documentId */
  from: string;
  /** canonical number */
  to: string;
}

/** What recordDocument takes: the facts of one document as read on one page. */
export interface DocumentInput {
  docnum: string | null;
  url: string;
  title: string | null;
  issuer: string | null;
  signedDate: string | null;
  effectiveDate: string | null;
  expiryDate: string | null;
  status: ValidityStatus;
  /** Numbers it cites, as found (canonicalised on the way in). */
  cites: string[];
}

export type NoteInput = Omit<NoteRecord, 'id' | 'created' | 'updated'>;
export type NotePatch = Partial<Pick<NoteRecord, 'body' | 'colour' | 'tags' | 'quote' | 'position'>>;
export type WatchInput = Omit<WatchRecord, 'id' | 'created' | 'reminded'>;

export interface SearchFilters {
  /** A note must carry every one of these tags. */
  tags?: string[];
  /** A note must have one of these colours. */
  colours?: Colour[];
  /** The document (of a note, or itself) must have one of these statuses. */
  statuses?: ValidityStatus[];
  /** Stop after this many notes (and documents): the first page of results. Default: all. */
  limit?: number;
}

export interface SearchResult {
  notes: NoteRecord[];
  documents: DocumentRecord[];
  /** True when `limit` cut the notes or documents short: there are more. */
  more?: boolean;
}
