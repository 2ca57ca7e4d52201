import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readTabMessage, tabMessageSchema } from '../../lib/platform/messages.ts';

const TOKEN = 'abcdefghijklmnop1234';

/** The content script's reading and the schema agree: the same messages in, the same out. */
function agree(x: unknown): void {
  const r = tabMessageSchema.safeParse(x);
  assert.deepEqual(readTabMessage(x), r.success ? r.data : null, JSON.stringify(x));
}

test('the content script reads the background\'s messages exactly as the schema does', () => {
  for (const x of [
    { type: 'notes.changed' }, { type: 'notes.changed', token: TOKEN }, { type: 'notes.changed', token: 'short' }, { type: 'notes.changed', extra: 1 },
    { type: 'draft.closed', token: TOKEN }, { type: 'draft.closed' }, { type: 'draft.closed', token: TOKEN, height: 3 },
    { type: 'draft.height', token: TOKEN, height: 0 }, { type: 'draft.height', token: TOKEN, height: 4000 }, { type: 'draft.height', token: TOKEN, height: 4001 },
    { type: 'draft.height', token: TOKEN, height: 1.5 }, { type: 'draft.height', token: TOKEN, height: '20' }, { type: 'draft.height', token: TOKEN },
    { type: 'outline.open' }, { type: 'outline.open', token: TOKEN },
    { type: 'nope' }, null, undefined, 'notes.changed', [], [{ type: 'notes.changed' }], { type: ['notes.changed'] },
  ]) agree(x);
});

test('and on anything else (fuzzed)', () => {
  const token = fc.oneof(fc.constant(TOKEN), fc.string(), fc.stringMatching(/^[A-Za-z0-9_-]{10,70}$/));
  const message = fc.record({
    type: fc.constantFrom('notes.changed', 'draft.closed', 'draft.height', 'outline.open', 'other'),
    token: fc.option(token, { nil: undefined }),
    height: fc.option(fc.oneof(fc.integer({ min: -5, max: 5000 }), fc.double(), fc.string()), { nil: undefined }),
    extra: fc.option(fc.anything(), { nil: undefined }),
  }, { requiredKeys: ['type'] });
  fc.assert(fc.property(fc.oneof(message, fc.anything()), (x) => agree(x)), { numRuns: 2000 });
});
