import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeCount, remindersDue } from '../../lib/platform/reminders.ts';

const w = (id: string, due: string, reminded: number[] = []) => ({ id, due, reminded });

test('each reminder day is sent once, when the watch comes within it', () => {
  const watches = [w('a', '2026-12-22'), w('b', '2026-11-29'), w('c', '2026-11-23'), w('d', '2027-06-01'), w('e', '2026-11-01')];
  const due = remindersDue(watches, '2026-11-22');
  assert.deepEqual(due.map((r) => [r.watch.id, r.day, r.daysLeft]), [['a', 30, 30], ['b', 7, 7], ['c', 1, 1]]);
});

test('a reminder already sent is not sent again; missed larger ones are settled by the most urgent', () => {
  assert.deepEqual(remindersDue([w('a', '2026-12-22', [30])], '2026-11-22'), []);
  const [r] = remindersDue([w('b', '2026-11-23')], '2026-11-22', [30, 7, 1]);
  assert.deepEqual([r!.day, r!.settles], [1, [1, 7, 30]]);
});

test('configured reminder days are honoured', () => {
  assert.deepEqual(remindersDue([w('a', '2026-12-05')], '2026-11-22', [14]).map((r) => r.day), [14]);
  assert.deepEqual(remindersDue([w('a', '2026-12-05')], '2026-11-22', [3]), []);
});

test('the badge counts what falls due within 7 days, today included, not what is past', () => {
  assert.equal(badgeCount([w('a', '2026-11-22'), w('b', '2026-11-29'), w('c', '2026-11-30'), w('d', '2026-11-21')], '2026-11-22'), 2);
});
