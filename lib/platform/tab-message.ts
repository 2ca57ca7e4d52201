/**
 * What a content script accepts from the background (tabMessageSchema in messages.ts, read here
 * without zod, so that the content script does not bundle it): the same shapes, checked by hand;
 * tests/unit/tab-message.test.ts holds the two to the same answers.
 */
import type { TabMessage } from './messages.ts';

/** A note draft's token (the background makes them: newToken). */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
/** The tallest the note editor's frame may ask to be. */
export const MAX_EDITOR_HEIGHT = 4000;

const isToken = (v: unknown): v is string => typeof v === 'string' && TOKEN_PATTERN.test(v);
const only = (o: object, keys: readonly string[]): boolean => Object.keys(o).every((k) => keys.includes(k));

/** The message, when it is exactly one of the map's shapes; null otherwise. */
export function readTabMessage(x: unknown): TabMessage | null {
  if (!x || typeof x !== 'object' || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  switch (o.type) {
    case 'notes.changed':
      if (!only(o, ['type', 'token']) || ('token' in o && o.token !== undefined && !isToken(o.token))) return null;
      return 'token' in o ? { type: 'notes.changed', token: o.token as string | undefined } : { type: 'notes.changed' };
    case 'draft.closed':
      return only(o, ['type', 'token']) && isToken(o.token) ? { type: 'draft.closed', token: o.token } : null;
    case 'draft.height': {
      const h = o.height;
      const ok = only(o, ['type', 'token', 'height']) && isToken(o.token) && typeof h === 'number' && Number.isInteger(h) && h >= 0 && h <= MAX_EDITOR_HEIGHT;
      return ok ? { type: 'draft.height', token: o.token as string, height: h as number } : null;
    }
    case 'outline.open':
      return only(o, ['type']) ? { type: 'outline.open' } : null;
    default:
      return null;
  }
}
