/**
 * The reader's notes on one page: the "add a note" button by a selection, the editor, the
 * note cards, finding notes again after a reload (exact, then fuzzy; an uncertain one is an
 * orphan, never a note on the wrong sentence), and painting them. PageSession owns the page
 * reading and asks this for its part of the UI.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DomTextModel } from '@/lib/text/dom.ts';
import type { PageView } from '@/lib/view/page-view.ts';
import type { NewNote, PageNote } from '@/lib/platform/messages.ts';
import { anchor, describe } from '@/lib/anchor/index.ts';
import { NotePainter, NOTE_CSS } from '@/lib/highlight/note-painter.ts';
import { renderAddButton, renderNoteCard, renderNoteEditor, parseTags, type NoteDraft } from '@/components/note/note.ts';
import type { OutlineNotes } from '@/components/outline/outline.ts';
import type { Lang } from '@/components/i18n.ts';

export interface NoteBridge {
  notesForPage(docnums: string[], url: string): Promise<PageNote[]>;
  addNote(note: NewNote): Promise<PageNote>;
  updateNote(id: string, patch: { body: string; colour: PageNote['colour']; tags: string[] }): Promise<void>;
  /** Page-level CSS the notes need (inserted like the highlight styles). */
  injectCss(css: string): void;
}

export interface NoteSessionOptions {
  doc: Document;
  uiRoot: HTMLElement;
  uiHost: Element;
  lang: Lang;
  bridge: NoteBridge;
  /** Re-render the page's UI (PageSession.renderUi). */
  render(): void;
  /** Where a card for these boxes goes. */
  position(rects: DOMRect[]): { left: number; top: number };
}

/** Why a note could not be placed, in the reader's language. */
function orphanReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  if (reason.startsWith('several equally good places')) return '页面上有多处同样相符，无法确定是哪一处';
  if (reason.startsWith('text changed too much')) return '原文改动较大，未能找到原来的文字';
  return '未能找到原来的文字';
}

export class NoteSession {
  private readonly o: NoteSessionOptions;
  private readonly painter: NotePainter;
  private model: DomTextModel | null = null;
  private view: PageView | null = null;
  private notes: PageNote[] = [];
  private placed = new Map<string, { start: number; end: number }>();
  private orphans: Array<{ note: PageNote; reason: string }> = [];
  /** The note whose card is open. */
  cardId: string | null = null;
  private draft: (NoteDraft & { start: number; end: number }) | null = null;
  private addAt: { left: number; top: number; start: number; end: number } | null = null;

  constructor(options: NoteSessionOptions) {
    this.o = options;
    this.painter = new NotePainter(options.doc.defaultView!);
    options.bridge.injectCss(NOTE_CSS);
  }

  /** True while the reader is adding or editing a note, or a note card is open. */
  get active(): boolean {
    return !!(this.draft || this.cardId || this.addAt);
  }

  /** After each reading of the page: the new text model, and the notes placed on it again. */
  update(model: DomTextModel, view: PageView): void {
    this.model = model;
    this.view = view;
    if (this.notes.length) this.place();
  }

  /** Fetches the page's notes (by the documents' numbers and the URL) and places them. */
  async load(docnums: string[], url: string): Promise<void> {
    this.notes = await this.o.bridge.notesForPage(docnums, url);
    this.place();
  }

  /** Finds each note's words again: exact first, then fuzzy; an uncertain one is an orphan. */
  private place(): void {
    const model = this.model;
    if (!model) return;
    this.placed.clear();
    this.orphans = [];
    for (const n of this.notes) {
      const found = anchor(model.text, {
        quote: { type: 'TextQuoteSelector', ...n.quote },
        position: { type: 'TextPositionSelector', ...n.position },
      });
      if (found.status === 'anchored') this.placed.set(n.id, { start: found.start, end: found.end });
      else this.orphans.push({ note: n, reason: orphanReason(found.reason, this.o.lang) });
    }
    this.painter.paint(model, this.notes.flatMap((n) => {
      const at = this.placed.get(n.id);
      return at ? [{ id: n.id, colour: n.colour, ...at }] : [];
    }));
    this.o.doc.documentElement.setAttribute('data-gazette-lens-notes', `${this.placed.size}/${this.orphans.length}`);
    this.o.render();
  }

  /** The model offset of a DOM boundary point (a selection's start or end). */
  private pointOffset(node: Node, offset: number): number {
    const model = this.model!;
    if (node.nodeType === 3) {
      const o = model.offsetOf(node, offset);
      if (o >= 0) return o;
    }
    const probe = this.o.doc.createRange();
    probe.setStart(node, offset);
    let lo = 0;
    let hi = model.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (probe.comparePoint(model.nodes[mid]!, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < model.nodes.length ? model.starts[lo]! : model.text.length;
  }

  /** After a mouse or keyboard selection: offers "add a note" by it. */
  onSelection(): void {
    const sel = this.o.doc.getSelection();
    if (!this.model || !sel || sel.isCollapsed || !sel.rangeCount) {
      if (this.addAt) {
        this.addAt = null;
        this.o.render();
      }
      return;
    }
    const range = sel.getRangeAt(0);
    if (this.o.uiHost.contains(range.commonAncestorContainer)) return;
    let start = this.pointOffset(range.startContainer, range.startOffset);
    let end = this.pointOffset(range.endContainer, range.endOffset);
    const text = this.model.text;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end - start < 1 || end - start > 2000) return;
    const rect = range.getBoundingClientRect();
    const win = this.o.doc.defaultView!;
    this.addAt = { left: Math.min(rect.right, win.innerWidth - 140), top: Math.min(rect.bottom + 6, win.innerHeight - 40), start, end };
    this.o.render();
  }

  /** The note under a viewport point, for a click. */
  idAt(x: number, y: number): string | null {
    return this.painter.idAt(x, y);
  }

  openCard(id: string | null): void {
    this.cardId = id;
    this.o.render();
  }

  /** Escape: closes whatever notes UI is open. */
  closeAll(): void {
    this.draft = null;
    this.addAt = null;
    this.cardId = null;
  }

  private focusEditor(): void {
    (this.o.uiRoot.querySelector('.note-editor textarea') as HTMLElement | null)?.focus();
  }

  private startNote(): void {
    if (!this.addAt || !this.model) return;
    const { start, end } = this.addAt;
    this.draft = { quote: this.model.text.slice(start, end), body: '', colour: 'yellow', tags: '', id: null, error: null, start, end };
    this.addAt = null;
    this.cardId = null;
    this.o.render();
    this.focusEditor();
  }

  private editNote(id: string): void {
    const note = this.notes.find((n) => n.id === id);
    const at = this.placed.get(id);
    if (!note || !at) return;
    this.draft = { quote: note.quote.exact, body: note.body, colour: note.colour, tags: note.tags.join(' '), id, error: null, ...at };
    this.cardId = null;
    this.o.render();
    this.focusEditor();
  }

  private async saveNote(): Promise<void> {
    const d = this.draft;
    if (!d || !this.model || !this.view) return;
    const tags = parseTags(d.tags);
    try {
      if (d.id) {
        await this.o.bridge.updateNote(d.id, { body: d.body, colour: d.colour, tags });
        const n = this.notes.find((x) => x.id === d.id);
        if (n) Object.assign(n, { body: d.body, colour: d.colour, tags, updated: new Date().toISOString() });
      } else {
        const sel = describe(this.model.text, d.start, d.end);
        const doc = this.view.documents.find((x) => x.facts && x.facts.start <= d.start && d.start < x.facts.end)?.facts;
        const saved = await this.o.bridge.addNote({
          docnum: doc?.docnum ?? null,
          url: this.o.doc.location.href,
          quote: { exact: sel.quote.exact, prefix: sel.quote.prefix, suffix: sel.quote.suffix },
          position: { start: sel.position.start, end: sel.position.end },
          body: d.body, colour: d.colour, tags,
        });
        this.notes.push(saved);
      }
      this.draft = null;
      this.o.doc.getSelection()?.removeAllRanges();
      this.place();
    } catch (e) {
      d.error = e instanceof Error ? e.message : String(e);
      this.o.render();
    }
  }

  /** From the outline: scroll to a note, flash it and open its card. */
  select(id: string): void {
    this.painter.scrollTo(id);
    this.painter.flash(id);
    this.openCard(id);
  }

  /** The outline's notes section. */
  outline(): OutlineNotes {
    const at = (n: PageNote): number => this.placed.get(n.id)!.start;
    return { anchored: this.notes.filter((n) => this.placed.has(n.id)).sort((a, b) => at(a) - at(b)), orphans: this.orphans };
  }

  /** The notes UI (add button, editor or card); `covering` is true when it takes the card layer. */
  render(): { template: TemplateResult | typeof nothing; covering: boolean } {
    const { lang } = this.o;
    const add = this.addAt ? renderAddButton(lang, this.addAt, () => this.startNote()) : nothing;
    if (this.draft) {
      const range = this.model?.toRange(this.draft.start, this.draft.end);
      const pos = this.o.position(range ? [...range.getClientRects()] : []);
      const editor = renderNoteEditor(lang, this.draft, {
        change: (patch) => {
          Object.assign(this.draft!, patch);
          this.o.render();
        },
        save: () => void this.saveNote(),
        cancel: () => {
          this.draft = null;
          this.o.render();
        },
      });
      return { template: html`${add}<div class="card-layer" style=${`left:${pos.left}px;top:${pos.top}px`}>${editor}</div>`, covering: true };
    }
    const note = this.cardId ? this.notes.find((n) => n.id === this.cardId) : undefined;
    if (note) {
      const pos = this.o.position(this.painter.rectsOf(note.id));
      const card = renderNoteCard(lang, note, { edit: () => this.editNote(note.id), close: () => this.openCard(null) });
      return { template: html`${add}<div class="card-layer" style=${`left:${pos.left}px;top:${pos.top}px`}>${card}</div>`, covering: true };
    }
    return { template: add, covering: false };
  }

  destroy(): void {
    this.painter.destroy();
  }
}
