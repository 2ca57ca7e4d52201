/**
 * One reading of a page: DOM → text model → extraction → highlights → cards and outline.
 * Owns every listener, observer and timer it starts, and releases them in destroy().
 * Browser APIs come in through `bridge`, so this file stays testable in a plain page.
 */
import { html, nothing, render } from 'lit';
import { buildDomText, type DomTextModel } from '@/lib/text/dom.ts';
import { extractSteps } from '@/lib/extract/index.ts';
import type { ExtractionResult } from '@/lib/schema.ts';
import { buildPageView, countsOf, factsOfItem, itemId, type ItemView, type PageView } from '@/lib/view/page-view.ts';
import { yieldToMain } from '@/lib/reader/yield-to-main.ts';
import type { Highlighter } from '@/lib/highlight/types.ts';
import type { AnnotationKind } from '@/lib/schema.ts';
import type { Detection, KnownDocument, PageDocument, WatchRequest } from '@/lib/platform/messages.ts';
import { watchKey, type WatchKey } from '@/lib/platform/watch-key.ts';
import { NoteSession, type NoteBridge } from './note-session.ts';
import { copyText } from './copy-text.ts';
import { frameOffset } from '@/lib/highlight/frames.ts';
import { renderCard, type CardState } from '@/components/card/card.ts';
import { renderOutline, type OutlineState } from '@/components/outline/outline.ts';
import { renderLauncher } from '@/components/launcher/launcher.ts';
import { STRINGS, type Lang } from '@/components/i18n.ts';
import * as cards from '@/lib/reader/card-state.ts';
import { cardRoom, placeCard, topmost } from '@/lib/reader/layers.ts';
import { KIND_ORDER } from '@/lib/kinds.ts';
import { DEFAULT_OUTLINE_PREFS, withFilter, withKind, withOpen, type OutlinePrefs } from '@/lib/reader/outline-prefs.ts';

export interface Bridge extends NoteBridge {
  lookup(docnums: string[]): Promise<Record<string, KnownDocument>>;
  watch(item: WatchRequest): Promise<void>;
  /** The watches on this page's documents (to mark their cards 「已关注」 after a reload). */
  watchesForPage(): Promise<WatchKey[]>;
  /** Tells the background what this page is: its documents and every number it shows. */
  report(summary: { counts: Record<AnnotationKind, number>; documents: PageDocument[]; shown: string[] }): Promise<void>;
  open(url: string): void;
  /** Keeps how the reader left the outline on this site. */
  saveSitePrefs(prefs: OutlinePrefs): Promise<void>;
}

export interface SessionOptions {
  doc: Document;
  highlighter: Highlighter;
  /** Where the UI renders (inside our shadow root). */
  uiRoot: HTMLElement;
  /** Our UI's host element, left out of the text model and the mutation observer. */
  uiHost: Element;
  bridge: Bridge;
  lang: Lang;
  today: string;
  detection: Detection;
  /** How the reader left the outline on this site (asked for with the settings, before the page is read). */
  prefs?: OutlinePrefs;
  /** Told after each reading, once the highlights are painted: how long each phase took (ms). */
  onPainted?(timing: { phases: Record<string, number>; counts: Record<AnnotationKind, number>; paintedAt: number }): void;
}


export class PageSession {
  private readonly o: SessionOptions;
  private model: DomTextModel | null = null;
  private view: PageView | null = null;
  private order: ItemView[] = [];
  /** Which card is open and why (hover, click, keyboard): lib/reader/card-state.ts. */
  private card: cards.CardState = cards.closed;
  /** What a screen reader hears after Alt+J / Alt+K (a live region). */
  private announcement = '';
  /** The outline as the reader left it on this site (lib/reader/outline-prefs.ts), kept by the background. */
  private prefs: OutlinePrefs = DEFAULT_OUTLINE_PREFS;
  private prefsTimer: ReturnType<typeof setTimeout> | undefined;
  private get outlineOpen(): boolean {
    return this.prefs.open;
  }
  private get visible(): Record<AnnotationKind, boolean> {
    return this.prefs.visible;
  }
  private get unitFilter(): string {
    return this.prefs.unitFilter;
  }
  private openUnits = new Set<string>();
  private known: Record<string, KnownDocument> = {};
  private watched = new Set<string>();
  private copied: string | null = null;
  private watchError: string | null = null;
  private observer: MutationObserver | null = null;
  private readonly abort = new AbortController();
  private rerunTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private pendingRerun = false;
  private lastFocus: Element | null = null;
  private readonly notes: NoteSession;
  /** Listeners on the same-origin frames the last reading found (replaced at each reading). */
  private frameListeners: AbortController;

  constructor(options: SessionOptions) {
    this.o = options;
    this.prefs = options.prefs ?? DEFAULT_OUTLINE_PREFS;
    this.notes = new NoteSession({
      doc: options.doc, uiRoot: options.uiRoot, uiHost: options.uiHost, lang: options.lang, bridge: options.bridge,
      render: () => this.renderUi(),
      position: (rects) => this.cardPosition('', rects),
    });
    this.frameListeners = new AbortController();
  }

  /** Reads the page and paints everything; resolves when the highlights are painted. */
  async start(): Promise<void> {
    // A frame that finishes loading after the page was read (the article in an <iframe>):
    // read again. Load events do not bubble; the capture phase sees them.
    this.o.doc.addEventListener('load', (e) => {
      const t = e.target as Element | null;
      if (t && (t.localName === 'iframe' || t.localName === 'frame')) {
        clearTimeout(this.rerunTimer);
        this.rerunTimer = setTimeout(() => this.rerun(), 100);
      }
    }, { signal: this.abort.signal, capture: true });

    await this.read();
    this.listen();
    this.observe();
  }

  /** Changes the site's outline prefs and keeps them (a filter being typed is kept once it rests). */
  private setPrefs(next: OutlinePrefs, typing = false): void {
    this.prefs = next;
    clearTimeout(this.prefsTimer);
    const save = (): void => void this.o.bridge.saveSitePrefs(this.prefs).catch(() => undefined);
    if (typing) this.prefsTimer = setTimeout(save, 500);
    else save();
  }

  /** Re-reads the page (after it changed, or after a single-page navigation). */
  rerun(): void {
    if (this.running) {
      this.pendingRerun = true;
      return;
    }
    this.running = this.read().finally(() => {
      this.running = null;
      if (this.pendingRerun) {
        this.pendingRerun = false;
        this.rerun();
      }
    });
  }

  private async read(): Promise<void> {
    const { doc, highlighter, uiHost } = this.o;
    const phases: Record<string, number> = { 'read starts at': performance.now() };
    let t = performance.now();
    const lap = (name: string): void => {
      const now = performance.now();
      phases[name] = now - t;
      t = now;
    };
    this.observer?.disconnect();
    highlighter.clear();
    const model = buildDomText(doc.body, { exclude: (el) => el === uiHost });
    lap('text model');
    await yieldToMain();
    t = performance.now();
    // The engine in steps, the browser's turn between them: no step blocks input for long.
    const steps = extractSteps(model.text, { today: this.o.today });
    let result: ExtractionResult;
    for (;;) {
      const next = steps.next();
      if (next.done) {
        result = next.value;
        break;
      }
      phases[`extract: ${next.value}`] = performance.now() - t;
      await yieldToMain();
      t = performance.now();
    }
    lap('extract: documents');
    await yieldToMain();
    t = performance.now();
    // Paint first (ids as buildPageView gives them), then build what the cards and outline need.
    highlighter.apply(model, result.annotations.map((a, i) => ({ id: itemId(i), kind: a.kind, start: a.start, end: a.end })));
    for (const k of KIND_ORDER) highlighter.setKindVisible(k, this.visible[k]);
    lap('highlight');
    phases['highlight done at'] = performance.now();
    // The cards and outline are built once the highlights are on screen.
    const paintedAt = await new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0)));
    t = performance.now();
    const view = buildPageView(model.text, result);
    lap('view');
    this.model = model;
    this.view = view;
    this.order = [...view.items].sort((a, b) => a.start - b.start);
    if (this.card.open && !view.byId.has(this.card.open)) this.closeCard();
    this.notes.update(model, view);
    this.listenToFrames(model);
    this.renderUi();
    lap('ui');
    this.observer?.takeRecords();
    this.observe();
    doc.documentElement.setAttribute('data-gazette-lens', 'ready');
    if (this.o.onPainted) {
      const counts = this.counts();
      const done = this.o.onPainted;
      done({ phases, counts, paintedAt });
    }
    void this.afterRead(view);
  }

  private async afterRead(view: PageView): Promise<void> {
    const counts = this.counts();
    const documents: PageDocument[] = view.documents.flatMap((d) => {
      const f = d.facts;
      if (!f) return [];
      return [{
        docnum: f.docnum, title: f.title?.slice(0, 500) ?? null, issuer: f.issuer?.slice(0, 500) ?? null, signedDate: f.signedDate,
        effectiveDate: f.effectiveDate, expiryDate: f.expiryDate, status: f.status,
        cites: [...new Set(d.citations.map((c) => c.canonical))].filter((c) => c !== f.docnum).slice(0, 500),
      }];
    }).slice(0, 200);
    const shown = [...new Set(view.items.flatMap((it) => (it.annotation.kind === 'docnum' ? [it.annotation.canonical] : [])))];
    try {
      // The report comes first: the background answers this page only about what it reported.
      await this.o.bridge.report({ counts, documents, shown: shown.slice(0, 2000) });
      this.known = await this.o.bridge.lookup(shown);
      const watched = new Set((await this.o.bridge.watchesForPage()).map(watchKey));
      for (const it of view.items) {
        const req = this.watchRequestOf(it);
        if (req && watched.has(watchKey(req))) this.watched.add(it.id);
      }
      this.renderUi();
    } catch {
      // The background may be restarting; the page still works without "known" marks.
    }
    await this.reloadNotes();
  }

  /** Fetches this page's notes again (after a reading, or when the editor saved one). */
  async reloadNotes(): Promise<void> {
    try {
      await this.notes.load();
    } catch {
      // Notes come back on the next reading.
    }
  }

  /** The background says the note editor of `token` closed (saved or cancelled). */
  editorDone(token: string): void {
    this.notes.editorDone(token);
  }

  editorHeight(token: string, height: number): void {
    this.notes.editorHeight(token, height);
  }

  private counts(): Record<AnnotationKind, number> {
    return countsOf(this.view);
  }

  private observe(): void {
    const { doc, uiHost } = this.o;
    if (!this.observer) {
      this.observer = new MutationObserver((records) => {
        // Loop guard: our own UI and our own marks never trigger a re-read.
        const foreign = records.some((r) => {
          const t = r.target;
          if (uiHost.contains(t)) return false;
          // Above <body> only a new <body> matters (the <head> is scripts and styles).
          if (t === doc.documentElement) return [...r.addedNodes].some((n) => n.nodeName === 'BODY' || n.nodeName === 'FRAMESET');
          if (doc.head?.contains(t)) return false;
          const el = t.nodeType === 1 ? (t as Element) : t.parentElement;
          if (el?.closest('mark.gl-mark')) return false;
          const nodes = [...r.addedNodes, ...r.removedNodes];
          return !nodes.length || !nodes.every((n) => n === uiHost || (n as Element).classList?.contains('gl-mark'));
        });
        if (!foreign) return;
        clearTimeout(this.rerunTimer);
        this.rerunTimer = setTimeout(() => this.rerun(), 400);
      });
    }
    // The whole document: a page that replaces <body> is read again too; and the frames read.
    this.observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    for (const frame of this.model?.frames ?? []) this.observer.observe(frame.body, { childList: true, subtree: true, characterData: true });
  }

  /**
   * The reader's pointer and keys on the page, and in the same-origin frames it reads: only
   * events the browser made (`isTrusted`), so a page cannot drive our UI with synthetic ones.
   * Coordinates from a frame are moved into the top page's viewport.
   */
  private listenTo(doc: Document, signal: AbortSignal): void {
    const top = doc === this.o.doc;
    const shift = (x: number, y: number): { x: number; y: number } => {
      if (top) return { x, y };
      const o = frameOffset(doc);
      return { x: x + o.x, y: y + o.y };
    };
    // One reading per frame, of the latest position (not the first of the frame: the pointer
    // may have moved on into the card since).
    let frame = 0;
    let latest: { x: number; y: number; overUi: boolean; selecting: boolean } | null = null;
    doc.addEventListener('pointermove', (e) => {
      if (!e.isTrusted || e.pointerType === 'touch') return;
      // While the reader selects words (a button held, or words selected), hovering opens no
      // card: the note button the selection brings wins.
      const selecting = e.buttons !== 0 || doc.getSelection()?.isCollapsed === false;
      latest = { x: e.clientX, y: e.clientY, overUi: top && e.composedPath().includes(this.o.uiHost), selecting };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        if (!latest) return;
        const p = shift(latest.x, latest.y);
        this.hover(p.x, p.y, latest.overUi, latest.selecting);
      });
    }, { signal, passive: true });
    doc.addEventListener('mouseup', (e) => {
      if (e.isTrusted && !e.composedPath().includes(this.o.uiHost)) setTimeout(() => this.notes.onSelection(doc), 0);
    }, { signal });
    doc.addEventListener('keyup', (e) => {
      if (e.isTrusted && (e.shiftKey || e.key === 'Shift')) this.notes.onSelection(doc);
    }, { signal });
    doc.addEventListener('click', (e) => {
      if (!e.isTrusted || e.composedPath().includes(this.o.uiHost)) return;
      const { x: cx, y: cy } = shift(e.clientX, e.clientY);
      const noteId = this.notes.idAt(cx, cy);
      if (noteId && doc.getSelection()?.isCollapsed !== false) {
        this.setCard(cards.close(this.card));
        this.notes.openCard(noteId);
        return;
      }
      if (this.notes.cardId) this.notes.openCard(null);
      // A click that ends a selection is the reader's selection, not a click on a highlight.
      if (doc.getSelection()?.isCollapsed === false) return;
      this.setCard(cards.click(this.card, this.o.highlighter.idAt(cx, cy)));
    }, { signal });
    doc.addEventListener('keydown', (e) => this.onKey(e), { signal });
    doc.defaultView?.addEventListener('scroll', () => {
      this.renderUi();
      if (!top) this.notes.relayout();
    }, { signal, passive: true });
  }

  private listen(): void {
    this.listenTo(this.o.doc, this.abort.signal);
    // Keys pressed inside our UI (focus in a card) never reach the page (ui-host.ts stops
    // them at the shadow root): the same keys are read here, before that.
    this.o.uiRoot.addEventListener('keydown', (e) => this.onKey(e), { signal: this.abort.signal });
  }

  /** Alt+J / Alt+K step through the highlights; Esc closes what is open. Only the reader's own keys. */
  private onKey(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.altKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      this.step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.key === 'Escape') {
      // The topmost thing closes: a card, then a note's UI, then the outline.
      const layer = topmost({ card: !!this.card.open, note: this.notes.active, outline: this.outlineOpen });
      if (!layer) return;
      e.preventDefault();
      if (layer === 'card') this.closeCard();
      else if (layer === 'note') {
        this.notes.closeAll();
        this.renderUi();
      } else this.toggleOutline();
    }
  }

  /** Listeners on the frames of this reading (those of the last one are dropped). */
  private listenToFrames(model: DomTextModel): void {
    this.frameListeners.abort();
    this.frameListeners = new AbortController();
    const signal = AbortSignal.any ? AbortSignal.any([this.abort.signal, this.frameListeners.signal]) : this.frameListeners.signal;
    for (const frame of model.frames) this.listenTo(frame, signal);
  }

  private hover(x: number, y: number, overUi: boolean, selecting = false): void {
    this.setCard(cards.pointer(this.card, { highlight: overUi || selecting ? null : this.o.highlighter.idAt(x, y), overCard: overUi }));
  }

  /**
   * Takes the next card state: renders when the open card changed (a new one with its copy and
   * watch messages reset) and runs the hide timer while the state says the card is hiding.
   */
  private setCard(next: cards.CardState, focus = false): void {
    const prev = this.card;
    if (next.open && !this.view?.byId.has(next.open)) return;
    this.card = next;
    if (next.hiding && !prev.hiding) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.setCard(cards.hideTimerFired(this.card)), cards.HIDE_AFTER_MS);
    } else if (!next.hiding) clearTimeout(this.hideTimer);
    if (next.open !== prev.open) {
      if (focus && !prev.open) this.lastFocus = this.o.doc.activeElement;
      this.copied = null;
      this.watchError = null;
      this.renderUi();
      if (!next.open && this.lastFocus instanceof HTMLElement) {
        this.lastFocus.focus();
        this.lastFocus = null;
      }
    }
    if (focus && next.open) (this.o.uiRoot.querySelector('.card') as HTMLElement | null)?.focus();
  }

  /** Moves to the next (1) or previous (-1) visible highlight, opens its card with focus and says where the reader is. */
  step(direction: 1 | -1): void {
    const items = this.order.filter((it) => this.visible[it.kind]);
    const r = cards.step(this.card, items.map((it) => it.id), direction);
    if (!r) return;
    const item = items[r.index]!;
    this.announcement = cards.stepAnnouncement(r.index, items.length, STRINGS[this.o.lang][item.kind], item.text);
    this.o.highlighter.scrollTo(item.id);
    this.o.highlighter.flash(item.id);
    this.setCard(r.state, true);
    this.renderUi();
  }

  /** Scrolls to a highlight, flashes it and opens its card. */
  select(id: string, focus: boolean): void {
    // A drawer that leaves no room for a card beside it (a narrow screen) gives way to the card.
    const win = this.o.doc.defaultView!;
    const drawer = this.drawerRect();
    // (not kept for the site: a narrow window's layout, not the reader's choice)
    if (drawer && !placeCard(win.innerWidth, win.innerHeight, null, drawer)) this.prefs = withOpen(this.prefs, false);
    this.o.highlighter.scrollTo(id);
    this.o.highlighter.flash(id);
    this.setCard(cards.select(this.card, id), focus);
  }

  private closeCard(): void {
    this.setCard(cards.close(this.card));
  }

  /** Where a card goes: beside the outline when it is open (lib/reader/layers.ts), inside the window. */
  private cardPosition(id: string, rects?: DOMRect[]): { left: number; top: number } {
    const win = this.o.doc.defaultView!;
    const anchor = (rects ?? this.o.highlighter.rectsOf(id))[0] ?? null;
    return placeCard(win.innerWidth, win.innerHeight, anchor, this.drawerRect()) ?? placeCard(win.innerWidth, win.innerHeight, anchor, null)!;
  }

  /** Where the outline drawer stands, when it is open. */
  private drawerRect(): DOMRect | null {
    return this.outlineOpen ? this.o.uiRoot.querySelector('.outline')?.getBoundingClientRect() ?? null : null;
  }


  renderUi(): void {
    const view = this.view;
    if (!view) return;
    const { lang } = this.o;
    const cardState: CardState = { lang, known: this.known, host: this.o.doc.location.hostname, watched: this.watched, copied: this.copied, watchError: this.watchError };
    const outlineState: OutlineState = {
      lang, visible: this.visible, unitFilter: this.unitFilter, known: this.known, counts: this.counts(), openUnits: this.openUnits,
      notes: this.notes.outline(),
    };
    const item = this.card.open ? view.byId.get(this.card.open) : undefined;
    const pos = item ? this.cardPosition(item.id) : null;
    const notesUi = this.notes.render();
    render(
      html`${renderLauncher({ lang, counts: outlineState.counts, open: this.outlineOpen, detection: this.o.detection }, { toggle: () => this.toggleOutline() })}
        ${this.outlineOpen
          ? renderOutline(view, outlineState, {
              close: () => this.toggleOutline(),
              select: (id) => this.select(id, false),
              toggleKind: (k, v) => this.toggleKind(k, v),
              filterUnits: (q) => { this.setPrefs(withFilter(this.prefs, q), true); this.renderUi(); },
              toggleUnit: (key, open) => {
                if (open === this.openUnits.has(key)) return;
                if (open) this.openUnits.add(key);
                else this.openUnits.delete(key);
                this.renderUi();
              },
              selectNote: (id) => {
                this.setCard(cards.close(this.card));
                this.notes.select(id);
              },
              copyOrphan: (id) => void this.notes.copyOrphan(id),
              deleteOrphan: (id) => void this.notes.deleteOrphan(id),
            })
          : nothing}
        ${notesUi.template}
        ${!notesUi.covering && item && pos
          ? html`<div class="card-layer" style=${`left:${pos.left}px;top:${pos.top}px;max-height:${cardRoom(this.o.doc.defaultView!.innerHeight, pos.top)}px`}>
              ${renderCard(item, view, cardState, {
                close: () => this.closeCard(),
                select: (id) => this.select(id, false),
                watch: (it) => void this.watch(it),
                copy: (text) => void this.copy(text),
                open: (url) => this.o.bridge.open(url),
              })}
            </div>`
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`,
      this.o.uiRoot,
    );
  }

  /** Opens the outline (the popup's 「打开大纲」), or leaves it open. */
  openOutline(): void {
    if (!this.outlineOpen) this.toggleOutline();
  }

  private toggleOutline(): void {
    this.setPrefs(withOpen(this.prefs, !this.outlineOpen));
    this.renderUi();
    const focusIn = (this.o.uiRoot.getRootNode() as ShadowRoot).activeElement !== null;
    if (this.outlineOpen) (this.o.uiRoot.querySelector('.outline .close') as HTMLElement | null)?.focus();
    else if (focusIn) (this.o.uiRoot.querySelector('.launcher') as HTMLElement | null)?.focus();
  }

  private toggleKind(kind: AnnotationKind, visible: boolean): void {
    this.setPrefs(withKind(this.prefs, kind, visible));
    this.o.highlighter.setKindVisible(kind, visible);
    if (!visible && this.card.open && this.view?.byId.get(this.card.open)?.kind === kind) this.closeCard();
    this.renderUi();
  }

  /** What watching this item asks for: its document and its deadline (a watch's identity). */
  private watchRequestOf(item: ItemView): WatchRequest | null {
    if (!item.due) return null;
    const doc = this.view ? factsOfItem(this.view, item) : null;
    return {
      kind: item.annotation.kind === 'deadline' && item.annotation.type === 'expiry' ? 'expiry' : 'deadline',
      text: item.text.slice(0, 200),
      due: item.due,
      docnum: doc?.docnum ?? null,
      title: doc?.title?.slice(0, 200) ?? null,
    };
  }

  private async watch(item: ItemView): Promise<void> {
    const request = this.watchRequestOf(item);
    if (!request) return;
    try {
      await this.o.bridge.watch(request);
      this.watched.add(item.id);
      this.watchError = null;
    } catch (e) {
      this.watchError = e instanceof Error ? e.message : String(e);
    }
    this.renderUi();
  }

  private async copy(text: string): Promise<void> {
    try {
      await copyText(this.o.uiRoot, text);
      this.copied = text;
    } catch {
      this.copied = null;
    }
    this.renderUi();
  }

  destroy(): void {
    this.abort.abort();
    this.frameListeners.abort();
    this.observer?.disconnect();
    clearTimeout(this.rerunTimer);
    clearTimeout(this.hideTimer);
    this.o.highlighter.destroy();
    this.notes.destroy();
    render(nothing, this.o.uiRoot);
    this.o.doc.documentElement.removeAttribute('data-gazette-lens');
  }
}

