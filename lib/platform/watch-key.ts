/**
 * A watch's identity as a page's cards know it, without the message schemas (so a content script
 * that only needs the key does not bundle zod).
 */
import type { WatchRequest } from './messages.ts';

/** A watch as a page's cards know it: the document and the deadline (its identity), nothing else. */
export interface WatchKey {
  kind: WatchRequest['kind'];
  docnum: string | null;
  due: string;
  text: string;
}

/** One key per watch: the document (its own number, or none) plus the deadline (kind, day, words). */
export function watchKey(w: WatchKey): string {
  return JSON.stringify([w.docnum ?? '', w.kind, w.due, w.text.replace(/\s+/g, '')]);
}
