/**
 * iCalendar (through the `ics` package): one all-day event per deadline that has a day
 * (written, or worked out by the engine; a year or month means its last day), titled
 * 期限：… / 到期：… / 施行：… with the document's title, and one per document expiry date
 * not already there. UIDs are derived from the file name and offsets, so importing again
 * updates events instead of duplicating them. Lines are folded at 75 octets (RFC 5545).
 */
import { basename } from 'node:path';
import { createEvents, type EventAttributes } from 'ics';
import { lastDay } from '../../lib/extract/dates.ts';
import { allDay, foldOctets } from '../../lib/calendar.ts';
import type { DeadlineAnnotation, DocumentFacts } from '../../lib/schema.ts';
import { deadlineContext, trustedDay, TYPE_LABEL } from './deadlines.ts';
import { tasksOf, unitList } from '../../lib/view/tasks.ts';
import { tidy } from '../../lib/view/tidy.ts';
import { taskCursor } from './task-cursor.ts';
import type { FileResult, StreamFormat } from '../types.ts';

const PRODUCT = 'gazette-lens';
const DOMAIN = '@gazette-lens';

/** A short stable hash (FNV-1a, 32 bits, base 36), for calendar UIDs. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function docLabel(d: DocumentFacts | undefined, f: FileResult): string {
  if (!d) return basename(f.file);
  return d.title ?? d.docnum ?? basename(f.file);
}

const PREFIX: Record<DeadlineAnnotation['type'], string> = {
  deadline: '期限',
  duration: '期限',
  expiry: '到期',
  effective: '施行',
};

function events(f: FileResult): { events: EventAttributes[]; undated: DeadlineAnnotation[] } {
  const { annotations, documents } = f.result;
  const id = shortHash(basename(f.file));
  const taskAt = taskCursor(tasksOf(annotations.filter((a) => a.kind === 'unit')));
  const out: EventAttributes[] = [];
  const undated: DeadlineAnnotation[] = [];
  const expiryDays = new Set<string>();
  for (const a of annotations) {
    if (a.kind !== 'deadline') continue;
    const day = trustedDay(a, f.result);
    if (!day) {
      undated.push(a);
      continue;
    }
    const doc = a.document !== undefined ? documents[a.document] : undefined;
    if (a.type === 'expiry') expiryDays.add(`${a.document}:${day}`);
    const task = taskAt(a.start, a.end);
    const lines = [
      `${TYPE_LABEL[a.type]}：${tidy(a.text)}`,
      `任务：${deadlineContext(f.text, a, 60)}`,
      task ? `责任单位：${unitList(task, 8)}` : null,
      doc ? `文件：${[doc.title, doc.docnum].filter(Boolean).join(' ')}` : null,
      a.resolvedFrom && !a.date ? `日期：${a.resolvedFrom}` : null,
      `来源：${f.file}（第 ${a.start}–${a.end} 字）`,
    ];
    out.push({
      ...allDay(day),
      title: `${PREFIX[a.type]}：${tidy(a.text)} — ${docLabel(doc, f)}`,
      description: lines.filter((l) => l !== null).join('\n'),
      uid: `gl-${id}-${a.start}-${a.end}${DOMAIN}`,
      categories: [TYPE_LABEL[a.type]],
      transp: 'TRANSPARENT',
    });
  }
  documents.forEach((d, i) => {
    if (!d.expiryDate) return;
    const day = lastDay(d.expiryDate);
    if (expiryDays.has(`${i}:${day}`)) return;
    out.push({
      ...allDay(day),
      title: `到期：${docLabel(d, f)}`,
      description: [`有效期至 ${day}（${d.status}：${d.statusReason}）`, `文件：${[d.title, d.docnum].filter(Boolean).join(' ')}`, `来源：${f.file}`].join('\n'),
      uid: `gl-${id}-doc${d.start}-expiry${DOMAIN}`,
      categories: ['失效'],
      transp: 'TRANSPARENT',
    });
  });
  return { events: out, undated };
}

const CALENDAR = { productId: PRODUCT, calName: '公文期限（gazette-lens）' };

function built(list: EventAttributes[]): string {
  const { error, value } = createEvents(list, CALENDAR);
  if (error || value === null || value === undefined) throw new Error(`could not build the calendar: ${error?.message ?? 'unknown error'}`);
  return value;
}

/** The calendar's opening lines and its closing line, as the `ics` package writes them. */
function frame(): { head: string; tail: string } {
  const empty = built([]);
  const end = empty.lastIndexOf('END:VCALENDAR');
  return { head: foldOctets(empty.slice(0, end)), tail: empty.slice(end) };
}

/** The VEVENT blocks of one file's events, folded at 75 octets. */
function eventBlocks(list: EventAttributes[]): string {
  if (!list.length) return '';
  const value = built(list);
  const from = value.indexOf('BEGIN:VEVENT');
  const to = value.lastIndexOf('END:VCALENDAR');
  return foldOctets(value.slice(from, to));
}

export interface IcsStats {
  events: number;
  undated: number;
  /** A few undated deadlines, tidied, to name in the note. */
  samples: string[];
}

export const ics: StreamFormat<IcsStats> = {
  head: () => frame().head,
  file(f) {
    const { events: list, undated } = events(f);
    const samples = [...new Set(undated.map((a) => tidy(a.text)))].slice(0, 3);
    return { chunk: eventBlocks(list), stats: { events: list.length, undated: undated.length, samples } };
  },
  separator: '',
  merge: (a, b) => (a ? { events: a.events + b.events, undated: a.undated + b.undated, samples: [...new Set([...a.samples, ...b.samples])].slice(0, 3) } : b),
  tail(stats, _context, note) {
    if (stats?.undated) note(`${stats.undated} deadline(s) without a date were left out of the calendar (e.g. ${stats.samples.join('、')})`);
    if (!stats?.events) note('no dated deadlines found; the calendar is empty');
    return frame().tail;
  },
};
