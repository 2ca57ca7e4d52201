/**
 * The task a deadline belongs to, for every deadline of a long text without scanning every
 * task each time: the first task (in `tasks` order) whose text overlaps the deadline's span.
 * Overlap, not "holds the start" as `taskAt` (lib/view/tasks.ts) asks: a deadline that opens
 * the clause often starts before the task text the engine marks (2020 年⏎12 月底前，完成…:
 * the task starts after the line break). Spans must be asked in increasing order of start
 * (annotations are sorted so); a smaller start begins the sweep again. O(tasks + spans) for
 * tasks that do not nest deeply.
 */
import type { Task } from '../../lib/view/tasks.ts';

interface Located {
  task: Task;
  order: number;
  start: number;
  end: number;
}

export function taskCursor(tasks: readonly Task[]): (start: number, end?: number) => Task | undefined {
  const located = tasks
    .map((task, order) => ({ task, order, start: task.start ?? -1, end: task.end ?? -1 }))
    .filter((t) => t.start >= 0 && t.end > t.start)
    .sort((a, b) => a.start - b.start || a.order - b.order);
  let next = 0;
  let lastStart = -Infinity;
  let open: Located[] = [];
  return (start, end = start + 1) => {
    if (start < lastStart) {
      next = 0;
      open = [];
    }
    lastStart = start;
    while (next < located.length && located[next]!.start < end) open.push(located[next++]!);
    // A task ending at or before this start ends before every later one too.
    open = open.filter((t) => t.end > start);
    let best: Located | undefined;
    for (const t of open) if (t.start < end && (!best || t.order < best.order)) best = t;
    return best?.task;
  };
}
