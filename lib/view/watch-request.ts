/**
 * What watching a highlight asks for: its document and its deadline (a watch's identity,
 * lib/platform/watch-key.ts). One rule for the content script's cards and the PDF reader's.
 */
import type { WatchRequest } from '../platform/messages.ts';
import { factsOfItem, type ItemView, type PageView } from './page-view.ts';

/** The watch for an item with a day; null for one without (nothing to be reminded of). */
export function watchRequestOf(view: PageView | null, item: ItemView): WatchRequest | null {
  if (!item.due) return null;
  const doc = view ? factsOfItem(view, item) : null;
  return {
    kind: item.annotation.kind === 'deadline' && item.annotation.type === 'expiry' ? 'expiry' : 'deadline',
    text: item.text.slice(0, 200),
    due: item.due,
    docnum: doc?.docnum ?? null,
    title: doc?.title?.slice(0, 200) ?? null,
  };
}
