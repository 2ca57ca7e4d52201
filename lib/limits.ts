/**
 * One limit per field, for everything that stores, sends or edits a record: the library's
 * schemas (lib/library/schemas.ts), the message map derived from them (lib/platform/messages.ts)
 * and the note editor (components/note). Generous for real use; there so that a broken file or
 * a hostile page cannot fill the disk or the background's memory.
 */
export const LIMITS = {
  /** A record id: 'doc:' + a number, 'url:' + a URL, or a UUID. */
  id: 2100,
  url: 2048,
  /** URLs one document is known at. */
  urls: 500,
  docnum: 100,
  title: 500,
  issuer: 500,
  /** Numbers one document cites. */
  cites: 500,
  /** The words a note is on (a selection longer than this cannot take a note). */
  exact: 2000,
  /** Context kept either side of a note's words. */
  context: 64,
  body: 10_000,
  /** Characters of one tag. */
  tag: 40,
  /** Tags on one note. */
  tags: 20,
  watchText: 500,
  /** Reminders recorded as sent for one watch. */
  reminded: 100,
  /** Largest offset into a page's text. */
  offset: 100_000_000,
  /** Documents one page may report. */
  pageDocuments: 200,
  /** Document numbers one page may show (own and cited). */
  pageDocnums: 2000,
  /** Characters of page text one summary field carries (a page title, a status reason). */
  shortText: 500,
  /** Bytes of a PDF the reader and the command line open (a gazette issue is 1–30 MB). */
  pdfBytes: 200 * 1024 * 1024,
  /** Pages of a PDF whose text is read. */
  pdfPages: 5000,
  /** Matches the PDF reader's find counts and paints (more: 「1000+」). */
  findMatches: 1000,
} as const;
