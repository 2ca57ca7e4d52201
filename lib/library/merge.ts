/**
 * What an imported record does to the one the library holds with the same id (pure).
 * An import never loses a newer edit:
 *   note      — the newer `updated` wins; at the same time the local copy stays;
 *   document  — the newer `lastSeen` gives the facts; the URLs are merged, never replaced;
 *               first seen is the earlier of the two;
 *   watch     — what was watched stays; the reminders already sent are merged.
 * Each merge says what happened: added, updated, kept (the local copy is newer, so the
 * file's differing copy was not taken), or unchanged.
 */
import { LIMITS } from '../limits.ts';
import type { DocumentRecord, NoteRecord, WatchRecord } from './types.ts';

export type MergeOutcome = 'added' | 'updated' | 'kept' | 'unchanged';

export interface Merged<T> {
  record: T;
  outcome: MergeOutcome;
  /** For documents: the file's facts (and so its citations) were taken. */
  took?: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const unique = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

export function mergeNote(local: NoteRecord | undefined, file: NoteRecord): Merged<NoteRecord> {
  if (!local) return { record: file, outcome: 'added' };
  if (same(local, file)) return { record: local, outcome: 'unchanged' };
  if (file.updated > local.updated) return { record: file, outcome: 'updated' };
  return { record: local, outcome: 'kept' };
}

export function mergeDocument(local: DocumentRecord | undefined, file: DocumentRecord): Merged<DocumentRecord> {
  if (!local) return { record: file, outcome: 'added', took: true };
  const newer = file.lastSeen > local.lastSeen;
  const facts = newer ? file : local;
  const record: DocumentRecord = {
    ...facts,
    id: local.id,
    urls: unique([...local.urls, ...file.urls]).slice(0, LIMITS.urls),
    firstSeen: file.firstSeen < local.firstSeen ? file.firstSeen : local.firstSeen,
    lastSeen: newer ? file.lastSeen : local.lastSeen,
  };
  // An older copy whose facts differ was not taken (its URLs may still have been added).
  const outdated = !newer && differsInFacts(local, file);
  if (same(record, local)) return { record: local, outcome: outdated ? 'kept' : 'unchanged', took: false };
  return { record, outcome: outdated ? 'kept' : 'updated', took: newer };
}

function differsInFacts(a: DocumentRecord, b: DocumentRecord): boolean {
  const facts = (d: DocumentRecord) => [d.docnum, d.title, d.issuer, d.signedDate, d.effectiveDate, d.expiryDate, d.status, d.cites];
  return !same(facts(a), facts(b));
}

export function mergeWatch(local: WatchRecord | undefined, file: WatchRecord): Merged<WatchRecord> {
  if (!local) return { record: file, outcome: 'added' };
  const reminded = unique([...local.reminded, ...file.reminded]).sort((x, y) => y - x).slice(0, LIMITS.reminded);
  const record: WatchRecord = { ...local, reminded };
  if (!same(record, local)) return { record, outcome: 'updated' };
  const rest = (w: WatchRecord): unknown => ({ ...w, reminded: null });
  return { record: local, outcome: same(rest(local), rest(file)) ? 'unchanged' : 'kept' };
}
