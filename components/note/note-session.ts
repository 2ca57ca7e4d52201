/**
 * The reader's notes on one page: the "add a note" button by a selection, the note cards
 * (recolour, delete, edit), finding notes again after a reload (exact, then fuzzy; an
 * uncertain one is an orphan, never a note on the wrong sentence), and painting them.
 *
 * Private by construction: the notes are painted inside our closed shadow root (note-overlay),
 * not in the highlight registry the page shares; what the reader types goes into the note
 * editor, an extension page in a frame (the page sees every key event dispatched in its own
 * document). What is open (a note's card, the editor) and the "add a note" offer are the
 * reader state's (lib/reader/reader-state.ts), which PageSession owns; this keeps the notes
 * themselves, where they were found, and what their cards say.
 */
import { localDateTime } from '../../lib/local-time.ts';
import { copyText } from './copy-text.ts';
import { html, nothing, type TemplateResult } from 'lit';
import type { DomTextModel } from '../../lib/text/dom.ts';
import type { PageView } from '../../lib/view/page-view.ts';
import type { Colour, NoteDraft, PageNote } from '../../lib/platform/messages.ts';
import { anchor, describe } from '../../lib/anchor/index.ts';
import { NoteOverlay } from '../../lib/highlight/note-overlay.ts';
import { topRects } from '../../lib/highlight/frames.ts';
import { LIMITS } from '../../lib/limits.ts';
import { renderAddButton, renderNoteCard } from './note.ts';
import { cssomStyle } from '../cssom-style.ts';
import type { OutlineNotes } from '../outline/outline.ts';
import type { Lang } from '../i18n.ts';
import * as rs from '../../lib/reader/reader-state.ts';

export interface NoteBridge {
  notesForPage(): Promise<PageNote[]>;
  /** Opens a draft for the editor: its token, and the URL of the editor's frame (empty when `editor` draws it in place). */
  draft(draft: NoteDraft): Promise<{ token: string; url: string }>;
  recolour(id: string, colour: Colour): Promise<void>;
  deleteNote(id: string): Promise<void>;
  /** Attaches a note that could not be placed to other words of this page. */
  reattach(id: string, at: { quote: PageNote['quote']; position: PageNote['position'] }): Promise<void>;
}

export interface NoteSessionOptions {
  doc: Document;
  uiRoot: HTMLElement;
  uiHost: Element;
  lang: Lang;
  bridge: NoteBridge;
  /** The reader state, and how to change it (PageSession.dispatch; `focus`: into what opens). */
  state(): rs.ReaderState;
  dispatch(next: rs.ReaderState, focus?: boolean): void;
  /** Re-render the page's UI (PageSession.renderUi). */
  render(): void;
  /** Where a card for these boxes goes, and the height it may take. */
  position(rects: DOMRect[]): { left: number; top: number; room: number };
  /** Where a note an outline entry points to is scrolled (px from the viewport top). */
  scrollTarget(): number;
  /**
   * The editor drawn in place, for a page of our own (the PDF reader, an extension page): no
   * page can listen to its keys there. Unset: the editor is our extension page in a frame.
   */
  editor?(token: string): TemplateResult;
}

/** Why a note could not be placed, in the reader's language. */
function orphanReason(reason: string, lang: Lang): string {
  if (lang === 'en') return reason;
  if (reason.startsWith('several equally good places')) return '页面上有多处同样相符，无法确定是哪一处';
  if (reason.startsWith('text changed too much')) return '原文改动较大，未能找到原来的文字';
  return '未能找到原来的文字';
}


/** A card's place, as CSSOM styles (allowed under a CSP without 'unsafe-inline'). */
const at = (pos: { left: number; top: number; room: number }): Record<string, string> => ({ left: `${pos.left}px`, top: `${pos.top}px`, 'max-height': `${pos.room}px` });

export class NoteSession {
  private readonly o: NoteSessionOptions;
  private readonly overlay: NoteOverlay;
  private model: DomTextModel | null = null;
  private view: PageView | null = null;
  private notes: PageNote[] = [];
  private placed = new Map<string, { start: number; end: number }>();
  private orphans: Array<{ note: PageNote; reason: string }> = [];
  /** What the outline says about one orphan: its words copied, its delete to confirm, an error. */
  private orphanState: OutlineNotes['orphanState'] = null;
  /** What the open note card says: its delete to confirm, an error; for the note `cardOf`. */
  private cardOf: string | null = null;
  private confirmingDelete = false;
  private cardError: string | null = null;

  constructor(options: NoteSessionOptions) {
    this.o = options;
    this.overlay = new NoteOverlay(options.uiRoot, options.doc.defaultView!);
  }

  /** This page has the note `id` (placed or not). */
  has(id: string): boolean {
    return this.notes.some((n) => n.id === id);
  }

  /** After each reading of the page: the new text model, and the notes placed on it again. */
  update(model: DomTextModel, view: PageView): void {
    this.model = model;
    this.view = view;
    if (this.notes.length) this.place();
  }

  /** Fetches the page's notes and places them. */
  async load(): Promise<void> {
    this.notes = await this.o.bridge.notesForPage();
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
    this.overlay.paint(model, this.notes.flatMap((n) => {
      const at = this.placed.get(n.id);
      return at ? [{ id: n.id, colour: n.colour, ...at }] : [];
    }));
    // Inside our closed root only: "placed/orphans", for the reader's tools and our tests.
    this.o.uiRoot.dataset.notes = `${this.placed.size}/${this.orphans.length}`;
    this.o.render();
  }

  /** Lays the note boxes out again (after the page scrolled inside a box or changed size). */
  relayout(): void {
    this.overlay.schedule();
  }

  /** The model offset of a DOM boundary point (a selection's start or end). */
  private pointOffset(node: Node, offset: number): number {
    const model = this.model!;
    if (node.nodeType === 3) {
      const o = model.offsetOf(node, offset);
      if (o >= 0) return o;
    }
    const probe = node.ownerDocument!.createRange();
    probe.setStart(node, offset);
    let lo = 0;
    let hi = model.nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const n = model.nodes[mid]!;
      if (n.ownerDocument !== node.ownerDocument || n.getRootNode() !== node.getRootNode()) return -1;
      if (probe.comparePoint(n, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo < model.nodes.length ? model.starts[lo]! : model.text.length;
  }

  /** After a mouse or keyboard selection (in `doc`, the page or one of its frames): offers "add a note" by it. */
  onSelection(doc: Document = this.o.doc): void {
    const sel = doc.getSelection();
    if (!this.model || !sel || sel.isCollapsed || !sel.rangeCount) {
      this.o.dispatch(rs.offer(this.o.state(), null));
      return;
    }
    const range = sel.getRangeAt(0);
    if (this.o.uiHost.contains(range.commonAncestorContainer)) return;
    let start = this.pointOffset(range.startContainer, range.startOffset);
    let end = this.pointOffset(range.endContainer, range.endOffset);
    if (start < 0 || end < 0) return;
    const text = this.model.text;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end - start < 1 || end - start > LIMITS.exact) return;
    const rects = this.model.toRange(start, end);
    const box = rects ? topRects(rects) : [];
    const last = box[box.length - 1] ?? range.getBoundingClientRect();
    const win = this.o.doc.defaultView!;
    this.o.dispatch(rs.offer(this.o.state(), { left: Math.min(last.right, win.innerWidth - 140), top: Math.min(last.bottom + 6, win.innerHeight - 40), start, end }));
  }

  /** The note under a viewport point, for a click. */
  idAt(x: number, y: number): string | null {
    return this.overlay.idAt(x, y);
  }

  /** The background says the editor of `token` is done (saved or cancelled): the selection it was for goes too. */
  editorDone(token: string): void {
    const next = rs.draftClosed(this.o.state(), token);
    if (next === this.o.state()) return;
    this.o.doc.getSelection()?.removeAllRanges();
    this.o.dispatch(next);
  }

  private async openEditor(draft: NoteDraft, at: { start: number; end: number }): Promise<void> {
    try {
      const { token, url } = await this.o.bridge.draft(draft);
      this.o.dispatch(rs.draftOpened(this.o.state(), { token, url, ...at }), true);
    } catch (e) {
      this.cardError = e instanceof Error ? e.message : String(e);
      this.o.render();
    }
  }

  private startNote(): void {
    const offer = this.o.state().offer;
    if (!offer || !this.model || !this.view) return;
    const { start, end } = offer;
    const sel = describe(this.model.text, start, end);
    const doc = this.view.documents.find((x) => x.facts && x.facts.start <= start && start < x.facts.end)?.facts;
    void this.openEditor({
      docnum: doc?.docnum ?? null,
      quote: { exact: sel.quote.exact, prefix: sel.quote.prefix, suffix: sel.quote.suffix },
      position: { start: sel.position.start, end: sel.position.end },
    }, { start, end });
  }

  private editNote(id: string): void {
    const at = this.placed.get(id);
    if (at) void this.openEditor({ edit: id }, at);
  }

  private async recolour(id: string, colour: Colour): Promise<void> {
    try {
      await this.o.bridge.recolour(id, colour);
      const n = this.notes.find((x) => x.id === id);
      if (n) n.colour = colour;
      this.cardError = null;
      this.place();
    } catch (e) {
      this.cardError = e instanceof Error ? e.message : String(e);
      this.o.render();
    }
  }

  private async remove(id: string, confirmed: boolean): Promise<void> {
    if (!confirmed) {
      this.confirmingDelete = !this.confirmingDelete;
      this.o.render();
      return;
    }
    const problem = await this.deleteNow(id);
    if (problem === null) {
      this.o.dispatch(rs.closeCard(this.o.state()));
      this.place();
    } else {
      this.cardError = problem;
      this.o.render();
    }
  }

  /** Deletes a note in the library and from the page's list; the reason when it failed, else null. */
  private async deleteNow(id: string): Promise<string | null> {
    try {
      await this.o.bridge.deleteNote(id);
      this.notes = this.notes.filter((n) => n.id !== id);
      return null;
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }

  /**
   * From the outline, a note that could not be placed: its words are copied (to find them by
   * hand), or it is deleted (asked twice, as in a card); a failure is said in the outline.
   */
  async copyOrphan(id: string): Promise<void> {
    const o = this.orphans.find((x) => x.note.id === id);
    if (!o) return;
    try {
      await copyText(this.o.uiRoot, o.note.quote.exact);
      this.orphanState = { id, kind: 'copied' };
    } catch (e) {
      this.orphanState = { id, kind: 'error', text: e instanceof Error ? e.message : String(e) };
    }
    this.o.render();
  }

  async deleteOrphan(id: string): Promise<void> {
    if (this.orphanState?.id !== id || this.orphanState.kind !== 'confirming') {
      this.orphanState = { id, kind: 'confirming' };
      this.o.render();
      return;
    }
    const problem = await this.deleteNow(id);
    if (problem === null) {
      this.orphanState = null;
      this.place();
    } else {
      this.orphanState = { id, kind: 'error', text: problem };
      this.o.render();
    }
  }

  /** From the outline: scroll to a note, flash it and open its card. */
  select(id: string): void {
    this.overlay.scrollTo(id, this.o.scrollTarget());
    this.overlay.flash(id);
    this.o.dispatch(rs.selectNote(this.o.state(), id), true);
  }

  /**
   * From the outline: a note that could not be placed is attached to the words the reader
   * selected on the page (its quote and position written anew; what it says is kept). With no
   * words selected, the outline says how.
   */
  async reattachOrphan(id: string): Promise<void> {
    const o = this.orphans.find((x) => x.note.id === id);
    const offer = this.o.state().offer;
    if (!o || !this.model) return;
    const zh = this.o.lang === 'zh';
    if (!offer) {
      this.orphanState = { id, kind: 'hint', text: zh ? '先在页面上选中这条笔记要附着的文字，再点「附到所选文字」' : 'Select the words on the page first, then choose “Attach to the selection”' };
      this.o.render();
      return;
    }
    const sel = describe(this.model.text, offer.start, offer.end);
    try {
      await this.o.bridge.reattach(id, {
        quote: { exact: sel.quote.exact, prefix: sel.quote.prefix, suffix: sel.quote.suffix },
        position: { start: sel.position.start, end: sel.position.end },
      });
      o.note.quote = { exact: sel.quote.exact, prefix: sel.quote.prefix, suffix: sel.quote.suffix };
      o.note.position = { start: sel.position.start, end: sel.position.end };
      this.orphanState = null;
      this.o.doc.getSelection()?.removeAllRanges();
      this.o.dispatch(rs.offer(this.o.state(), null));
      this.place();
    } catch (e) {
      this.orphanState = { id, kind: 'error', text: e instanceof Error ? e.message : String(e) };
      this.o.render();
    }
  }

  /** The outline's notes section. */
  outline(): OutlineNotes {
    const at = (n: PageNote): number => this.placed.get(n.id)!.start;
    return { anchored: this.notes.filter((n) => this.placed.has(n.id)).sort((a, b) => at(a) - at(b)), orphans: this.orphans, orphanState: this.orphanState };
  }

  /** The notes UI: the "add a note" offer, and the editor or a note's card when one is open. */
  render(): TemplateResult | typeof nothing {
    const { lang } = this.o;
    const state = this.o.state();
    const add = state.offer ? renderAddButton(lang, state.offer, () => this.startNote()) : nothing;
    const open = state.open;
    if (open.kind === 'draft') {
      const range = this.model?.toRange(open.start, open.end);
      const pos = this.o.position(range ? topRects(range) : []);
      const title = lang === 'zh' ? '笔记编辑器' : 'Note editor';
      const editor = this.o.editor
        ? this.o.editor(open.token)
        : html`<iframe class="note-frame" src=${open.url} title=${title} ${cssomStyle({ height: `${open.height}px` })}></iframe>`;
      return html`${add}<div class="card-layer" ${cssomStyle(at(pos))}>${editor}</div>`;
    }
    const note = open.kind === 'note' ? this.notes.find((n) => n.id === open.id) : undefined;
    if (!note) return add;
    if (this.cardOf !== note.id) {
      // Another note's card: nothing to confirm, no error yet.
      this.cardOf = note.id;
      this.confirmingDelete = false;
      this.cardError = null;
    }
    const pos = this.o.position(this.overlay.rectsOf(note.id));
    const card = renderNoteCard(lang, note, { confirmingDelete: this.confirmingDelete, updated: localDateTime(note.updated), error: this.cardError }, {
      edit: () => this.editNote(note.id),
      close: () => this.o.dispatch(rs.closeCard(this.o.state())),
      recolour: (c) => void this.recolour(note.id, c),
      remove: (confirmed) => void this.remove(note.id, confirmed),
    });
    return html`${add}<div class="card-layer" ${cssomStyle(at(pos))}>${card}</div>`;
  }

  destroy(): void {
    this.overlay.destroy();
  }
}
