/**
 * A page being read: wiring. It reads the page (read-page.ts), keeps the reader state
 * (lib/reader/reader-state.ts: what is open, stepping, the outline), feeds that state what the
 * reader did (page-input.ts) and carries out the difference: render, the hide timer, focus, the
 * site's prefs kept. Owns every listener, observer and timer it starts, and releases them in
 * destroy(). Browser APIs come in through `bridge`.
 */
import { html, nothing, render } from 'lit';
import type { DomTextModel } from '@/lib/text/dom.ts';
import { countsOf, type ItemView, type PageView } from '@/lib/view/page-view.ts';
import { pageDocumentsOf } from '@/lib/view/page-documents.ts';
import { watchRequestOf } from '@/lib/view/watch-request.ts';
import type { Highlighter } from '@/lib/highlight/types.ts';
import type { AnnotationKind } from '@/lib/schema.ts';
import type { Detection, KnownDocument, PageDocument, WatchRequest } from '@/lib/platform/messages.ts';
import { watchKey, type WatchKey } from '@/lib/platform/watch-key.ts';
import { NoteSession, type NoteBridge } from '@/components/note/note-session.ts';
import { copyText } from '@/components/note/copy-text.ts';
import { readPage } from './read-page.ts';
import { PageObserver } from './page-observer.ts';
import { listenTo, type PageInput } from './page-input.ts';
import { renderCard, type CardState } from '@/components/card/card.ts';
import { renderOutline, type OutlineState } from '@/components/outline/outline.ts';
import { renderLauncher } from '@/components/launcher/launcher.ts';
import { STRINGS, type Lang } from '@/components/i18n.ts';
import { HIDE_AFTER_MS } from '@/lib/reader/card-state.ts';
import * as rs from '@/lib/reader/reader-state.ts';
import { outlineLeavesRoom, placeCard, scrollTarget } from '@/lib/reader/layers.ts';
import { KIND_ORDER } from '@/lib/kinds.ts';
import type { OutlinePrefs } from '@/lib/reader/outline-prefs.ts';

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

/** How a change came about: kept for the site (now, or once typing rests), focus moved into what opened. */
interface Effects {
  save?: 'now' | 'typing';
  focus?: boolean;
}

export class PageSession {
  private readonly o: SessionOptions;
  private model: DomTextModel | null = null;
  private view: PageView | null = null;
  private order: ItemView[] = [];
  private state: rs.ReaderState;
  private known: Record<string, KnownDocument> = {};
  private watched = new Set<string>();
  private copied: string | null = null;
  private watchError: string | null = null;
  private readonly observer: PageObserver;
  private readonly abort = new AbortController();
  private rerunTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private prefsTimer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | null = null;
  private pendingRerun = false;
  /** Where focus was before the keyboard opened something; it goes back there when that closes. */
  private lastFocus: Element | null = null;
  private readonly notes: NoteSession;
  /** Listeners on the same-origin frames the last reading found (replaced at each reading). */
  private frameListeners = new AbortController();
  private readonly input: PageInput;

  constructor(options: SessionOptions) {
    this.o = options;
    this.state = rs.initial(options.prefs);
    this.observer = new PageObserver(options.doc, options.uiHost, () => this.rerun());
    this.notes = new NoteSession({
      doc: options.doc, uiRoot: options.uiRoot, uiHost: options.uiHost, lang: options.lang, bridge: options.bridge,
      state: () => this.state,
      dispatch: (next, focus) => this.dispatch(next, { focus }),
      render: () => this.renderUi(),
      position: (rects) => this.cardPosition(rects[0] ?? null),
      scrollTarget: () => {
        const win = this.o.doc.defaultView!;
        return scrollTarget(win.innerWidth, win.innerHeight, this.drawerRect());
      },
    });
    this.input = {
      hover: (x, y, overUi, selecting) => {
        this.dispatch(rs.pointer(this.state, { highlight: overUi || selecting ? null : this.o.highlighter.idAt(x, y), overCard: overUi }));
      },
      click: (x, y, selecting) => {
        const note = this.notes.idAt(x, y);
        // A click that ends a selection is the reader's selection, not a click on a highlight.
        if (selecting) {
          if (rs.openNote(this.state)) this.dispatch(rs.closeCard(this.state));
          return;
        }
        const next = rs.click(this.state, { note, highlight: note ? null : this.o.highlighter.idAt(x, y) });
        this.dispatch(next, { focus: !!note });
      },
      selection: (doc) => this.notes.onSelection(doc),
      key: (e) => this.onKey(e),
      scroll: (doc) => {
        this.renderUi();
        if (doc !== this.o.doc) this.notes.relayout();
      },
    };
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
    listenTo(this.o.doc, this.o.doc, this.o.uiHost, this.input, this.abort.signal);
    // Keys pressed inside our UI (focus in a card) never reach the page (ui-host.ts stops
    // them at the shadow root): the same keys are read here, before that.
    this.o.uiRoot.addEventListener('keydown', (e) => {
      if (e.isTrusted) this.onKey(e);
    }, { signal: this.abort.signal });
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
    this.observer.pause();
    const { model, view, phases, paintedAt } = await readPage(doc, { highlighter, uiHost, today: this.o.today, visible: this.state.outline.visible });
    const t = performance.now();
    this.model = model;
    this.view = view;
    this.order = [...view.items].sort((a, b) => a.start - b.start);
    this.notes.update(model, view);
    this.reconcile();
    this.listenToFrames(model);
    this.renderUi();
    phases.ui = performance.now() - t;
    this.observer.observe(model.frames);
    doc.documentElement.setAttribute('data-gazette-lens', 'ready');
    this.o.onPainted?.({ phases, counts: countsOf(view), paintedAt });
    void this.afterRead(view);
  }

  /** A card whose highlight or note went with a new reading, or with the notes changing, closes. */
  private reconcile(): void {
    const view = this.view;
    if (!view) return;
    this.dispatch(rs.reconcile(this.state, { highlight: (id) => view.byId.has(id), note: (id) => this.notes.has(id) }));
  }

  private async afterRead(view: PageView): Promise<void> {
    const documents = pageDocumentsOf(view);
    const shown = [...new Set(view.items.flatMap((it) => (it.annotation.kind === 'docnum' ? [it.annotation.canonical] : [])))];
    try {
      // The report comes first: the background answers this page only about what it reported.
      await this.o.bridge.report({ counts: countsOf(view), documents, shown: shown.slice(0, 2000) });
      this.known = await this.o.bridge.lookup(shown);
      const watched = new Set((await this.o.bridge.watchesForPage()).map(watchKey));
      for (const it of view.items) {
        const req = watchRequestOf(this.view, it);
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
      this.reconcile();
    } catch {
      // Notes come back on the next reading.
    }
  }

  /** The background says the note editor of `token` closed (saved or cancelled). */
  editorDone(token: string): void {
    this.notes.editorDone(token);
  }

  editorHeight(token: string, height: number): void {
    this.dispatch(rs.draftHeight(this.state, token, height, this.o.doc.defaultView!.innerHeight));
  }

  /**
   * Takes the next reader state and carries out the difference: the hide timer, the kinds
   * painted, the site's prefs kept, the card's messages reset, focus, and a render.
   */
  private dispatch(next: rs.ReaderState, fx: Effects = {}): void {
    const prev = this.state;
    if (next === prev) return;
    this.state = next;
    if (rs.hiding(next) && !rs.hiding(prev)) {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.dispatch(rs.hideTimerFired(this.state)), HIDE_AFTER_MS);
    } else if (!rs.hiding(next)) clearTimeout(this.hideTimer);
    if (next.outline.visible !== prev.outline.visible) {
      for (const k of KIND_ORDER) this.o.highlighter.setKindVisible(k, next.outline.visible[k]);
    }
    if (fx.save && next.outline !== prev.outline) this.keepPrefs(fx.save);
    const opened = rs.openKey(next) !== rs.openKey(prev);
    if (opened) {
      this.copied = null;
      this.watchError = null;
      if (fx.focus && prev.open.kind === 'none') this.lastFocus = this.o.doc.activeElement;
    }
    this.renderUi();
    if (opened && next.open.kind === 'none' && this.lastFocus instanceof HTMLElement) {
      this.lastFocus.focus();
      this.lastFocus = null;
    }
    if (fx.focus) this.focusOpen();
  }

  /** Focus into what is open: a card (highlight or note) or the note editor's frame. */
  private focusOpen(): void {
    const kind = this.state.open.kind;
    const selector = kind === 'highlight' ? '.card-layer .card' : kind === 'note' ? '.kind-note.card' : kind === 'draft' ? '.note-frame' : null;
    if (selector) (this.o.uiRoot.querySelector(selector) as HTMLElement | null)?.focus();
  }

  /** Keeps the site's outline prefs (a filter being typed once it rests). */
  private keepPrefs(when: 'now' | 'typing'): void {
    clearTimeout(this.prefsTimer);
    const save = (): void => void this.o.bridge.saveSitePrefs(this.state.outline).catch(() => undefined);
    if (when === 'typing') this.prefsTimer = setTimeout(save, 500);
    else save();
  }

  /** Alt+J / Alt+K step through the highlights; Esc closes the topmost thing. */
  private onKey(e: KeyboardEvent): void {
    if (e.altKey && (e.code === 'KeyJ' || e.code === 'KeyK')) {
      e.preventDefault();
      this.step(e.code === 'KeyJ' ? 1 : -1);
    } else if (e.key === 'Escape') {
      const next = rs.escape(this.state);
      if (next === this.state) return;
      e.preventDefault();
      const outlineClosed = this.state.outline.open && !next.outline.open;
      if (next.open.kind === 'none' && this.state.open.kind === 'draft') this.o.doc.getSelection()?.removeAllRanges();
      this.dispatch(next, { save: 'now' });
      if (outlineClosed) this.focusLauncherIfInside();
    }
  }

  /** Listeners on the frames of this reading (those of the last one are dropped). */
  private listenToFrames(model: DomTextModel): void {
    this.frameListeners.abort();
    this.frameListeners = new AbortController();
    const signal = AbortSignal.any ? AbortSignal.any([this.abort.signal, this.frameListeners.signal]) : this.frameListeners.signal;
    for (const frame of model.frames) listenTo(frame, this.o.doc, this.o.uiHost, this.input, signal);
  }

  /** Moves to the next (1) or previous (-1) visible highlight, opens its card with focus and says where the reader is. */
  private step(direction: 1 | -1): void {
    const words = STRINGS[this.o.lang];
    const items = this.order.filter((it) => this.state.outline.visible[it.kind]).map((it) => ({ id: it.id, label: words[it.kind], text: it.text }));
    const next = rs.step(this.state, items, direction);
    const id = rs.openHighlight(next);
    if (!id) return;
    this.o.highlighter.scrollTo(id);
    this.o.highlighter.flash(id);
    this.dispatch(next, { focus: true });
  }

  /** Scrolls to a highlight, flashes it and opens its card (from the outline or a citation). */
  private select(id: string): void {
    if (!this.view?.byId.has(id)) return;
    // A drawer that leaves no room for a card beside it (a narrow screen) gives way to the card
    // (not kept for the site: a narrow window's layout, not the reader's choice).
    const win = this.o.doc.defaultView!;
    const drawer = this.drawerRect();
    const fits = outlineLeavesRoom(win.innerWidth, win.innerHeight, drawer);
    this.o.highlighter.scrollTo(id, scrollTarget(win.innerWidth, win.innerHeight, fits ? drawer : null));
    this.o.highlighter.flash(id);
    this.dispatch(rs.select(this.state, id, fits));
  }

  /** Where a card goes and the height it may take: beside or above the outline when it is open (lib/reader/layers.ts), inside the window. */
  private cardPosition(anchor: DOMRect | null): { left: number; top: number; room: number } {
    const win = this.o.doc.defaultView!;
    return placeCard(win.innerWidth, win.innerHeight, anchor, this.drawerRect()) ?? placeCard(win.innerWidth, win.innerHeight, anchor, null)!;
  }

  /** Where the outline drawer stands, when it is open. */
  private drawerRect(): DOMRect | null {
    return this.state.outline.open ? this.o.uiRoot.querySelector('.outline')?.getBoundingClientRect() ?? null : null;
  }

  renderUi(): void {
    const view = this.view;
    if (!view) return;
    const { lang } = this.o;
    const s = this.state;
    const counts = countsOf(view);
    const cardState: CardState = { lang, known: this.known, host: this.o.doc.location.hostname, watched: this.watched, copied: this.copied, watchError: this.watchError };
    const outlineState: OutlineState = {
      lang, visible: s.outline.visible, unitFilter: s.outline.unitFilter, known: this.known, counts, openUnits: new Set(s.openUnits),
      notes: this.notes.outline(),
    };
    const openId = rs.openHighlight(s);
    const item = openId ? view.byId.get(openId) : undefined;
    const pos = item ? this.cardPosition(this.o.highlighter.rectsOf(item.id)[0] ?? null) : null;
    render(
      html`${renderLauncher({ lang, counts, open: s.outline.open, detection: this.o.detection }, { toggle: () => this.toggleOutline() })}
        ${s.outline.open
          ? renderOutline(view, outlineState, {
              close: () => this.toggleOutline(),
              select: (id) => this.select(id),
              toggleKind: (k, v) => this.dispatch(rs.setKind(this.state, k, v, (id) => this.view?.byId.get(id)?.kind), { save: 'now' }),
              filterUnits: (q) => this.dispatch(rs.setUnitFilter(this.state, q), { save: 'typing' }),
              toggleUnit: (key, open) => this.dispatch(rs.setUnitOpen(this.state, key, open)),
              selectNote: (id) => this.notes.select(id),
              copyOrphan: (id) => void this.notes.copyOrphan(id),
              deleteOrphan: (id) => void this.notes.deleteOrphan(id),
              reattachOrphan: (id) => void this.notes.reattachOrphan(id),
            })
          : nothing}
        ${this.notes.render()}
        ${item && pos
          ? html`<div class="card-layer" style=${`left:${pos.left}px;top:${pos.top}px;max-height:${pos.room}px`}>
              ${renderCard(item, view, cardState, {
                close: () => this.dispatch(rs.closeCard(this.state)),
                select: (id) => this.select(id),
                watch: (it) => void this.watch(it),
                copy: (text) => void this.copy(text),
                open: (url) => this.o.bridge.open(url),
              })}
            </div>`
          : nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${s.announcement}</div>`,
      this.o.uiRoot,
    );
  }

  /** Opens the outline (the popup's 「打开大纲」), or leaves it open. */
  openOutline(): void {
    if (!this.state.outline.open) this.toggleOutline();
  }

  private toggleOutline(): void {
    const open = !this.state.outline.open;
    this.dispatch(rs.setOutlineOpen(this.state, open), { save: 'now' });
    if (open) (this.o.uiRoot.querySelector('.outline .close') as HTMLElement | null)?.focus();
    else this.focusLauncherIfInside();
  }

  /** The outline closed while focus was in our UI: focus goes to the launcher that opens it. */
  private focusLauncherIfInside(): void {
    if ((this.o.uiRoot.getRootNode() as ShadowRoot).activeElement !== null) (this.o.uiRoot.querySelector('.launcher') as HTMLElement | null)?.focus();
  }

  private async watch(item: ItemView): Promise<void> {
    const request = watchRequestOf(this.view, item);
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
    this.observer.destroy();
    clearTimeout(this.rerunTimer);
    clearTimeout(this.hideTimer);
    clearTimeout(this.prefsTimer);
    this.o.highlighter.destroy();
    this.notes.destroy();
    render(nothing, this.o.uiRoot);
    this.o.doc.documentElement.removeAttribute('data-gazette-lens');
  }
}
