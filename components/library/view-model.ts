/** What the library page shows, and what it can ask for: the state and actions of its view. */
import { localDateTime } from '../../lib/local-time.ts';
import type { ImportCounts } from '../../lib/library/json.ts';
import type { ImportProblem } from '../../lib/library/import-problem.ts';
import { html, nothing, type TemplateResult } from 'lit';
import type { Colour, DocumentRecord, NoteRecord, WatchRecord } from '../../lib/library/types.ts';
import type { Lang } from '../i18n.ts';

export type Status = DocumentRecord['status'];
export const STATUSES: readonly Status[] = ['现行有效', '即将到期', '尚未生效', '已失效', '未知'];

export interface DocumentEntry {
  doc: DocumentRecord;
  /** The numbers it cites, each with the library's document when it holds one. */
  cites: Array<{ docnum: string; document: DocumentRecord | null }>;
  /** Documents in the library that cite this one. */
  citedBy: DocumentRecord[];
  noteCount: number;
}

export interface NoteEntry {
  note: NoteRecord;
  document: DocumentRecord | null;
}

export interface NoteEdit {
  id: string;
  body: string;
  tags: string;
  colour: Colour;
  error: string | null;
}

export interface Filters {
  tags: string[];
  colours: Colour[];
  statuses: Status[];
}

export type IoState =
  | { kind: 'idle' }
  | { kind: 'importing'; file: string; done: number; total: number }
  | { kind: 'imported'; file: string; counts: ImportCounts }
  /** `problem`: why, as data, said in the reader's language; `error`: the English line (or an exception's message). */
  | { kind: 'import-failed'; file: string; error: string; problem?: ImportProblem }
  | { kind: 'exported'; name: string; href: string }
  | { kind: 'export-failed'; error: string };

export interface LibraryState {
  lang: Lang;
  /** YYYY-MM-DD, local. */
  today: string;
  loading: boolean;
  loadError: string | null;
  query: string;
  filters: Filters;
  /** Every tag on any note, for the filter chips. */
  allTags: string[];
  documents: DocumentEntry[];
  notes: NoteEntry[];
  watches: WatchRecord[];
  totals: { documents: number; notes: number; watches: number };
  edit: NoteEdit | null;
  /** The note whose deletion waits for a confirmation. */
  confirming: string | null;
  /** A failed save or delete, shown by its note. */
  noteError: { id: string; message: string } | null;
  storage: 'persisted' | 'not-persisted' | 'unknown' | null;
  io: IoState;
  /** How many entries each section shows (a long library is shown a page at a time). */
  limits: Record<Section, number>;
}

export type Section = 'documents' | 'notes' | 'watches';
export const PAGE_SIZE = 50;

export interface LibraryActions {
  search(query: string): void;
  toggleTag(tag: string): void;
  toggleColour(colour: Colour): void;
  toggleStatus(status: Status): void;
  clearFilters(): void;
  exportJson(): void;
  exportMarkdown(): void;
  exportIcs(): void;
  chooseImport(): void;
  importFile(file: File): void;
  showDocument(id: string): void;
  editNote(id: string): void;
  changeEdit(patch: Partial<Pick<NoteEdit, 'body' | 'tags' | 'colour'>>): void;
  saveEdit(): void;
  cancelEdit(): void;
  askDelete(id: string): void;
  confirmDelete(id: string): void;
  cancelDelete(): void;
  deleteWatch(id: string): void;
  openSettings(): void;
  showMore(section: Section): void;
}

export function statusClass(status: string): string {
  return ({ 尚未生效: 'pending', 现行有效: 'valid', 即将到期: 'soon', 已失效: 'expired' } as Record<string, string>)[status] ?? 'unknown';
}

/** Only web addresses become links: an imported file could hold `javascript:` or worse. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A stored date-time as `YYYY-MM-DD HH:MM` on the reader's clock (lib/local-time.ts). */
export const shortTime = localDateTime;

export const DOC_ANCHOR = (id: string): string => `doc-${id}`;

/** The "show more" button under a section that holds more than it shows. */
export function moreButton(label: (n: number) => string, hidden: number, section: Section, a: Pick<LibraryActions, 'showMore'>): TemplateResult | typeof nothing {
  return hidden > 0 ? html`<div class="more"><button type="button" @click=${() => a.showMore(section)}>${label(hidden)}</button></div>` : nothing;
}
