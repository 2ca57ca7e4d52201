/**
 * `<gazette-lens-document>`: Gazette Lens for any page. Wrap a gazette's text in it (any markup
 * inside: it stays in the light DOM, as the page wrote it); the element reads the text, runs the
 * same engine as the extension and the command line, paints the deadlines, responsible units and
 * document numbers (CSS Custom Highlight API; mark.js where the browser lacks it) and shows the
 * same cards and outline in its own shadow root.
 *
 *   <gazette-lens-document lang="zh-CN" today="2026-12-03">
 *     <h1>关于印发…的通知</h1><p>…2022年底前完成（区医保局负责，区财政局参与）…</p>
 *   </gazette-lens-document>
 *
 * Works under a strict CSP (`script-src 'self'`, no inline styles): no eval, styles through
 * adopted style sheets, positions set through the CSSOM. Several elements may share a page: each
 * has its own highlight names.
 */
import { LitElement, html, nothing, unsafeCSS, type PropertyValues, type TemplateResult } from 'lit';
import { buildDomText, type DomTextModel } from '../../lib/text/dom.ts';
import { extractSteps, localToday } from '../../lib/extract/index.ts';
import type { AnnotationKind, ExtractionResult } from '../../lib/schema.ts';
import { buildPageView, countsOf, itemId, type ItemView, type PageView } from '../../lib/view/page-view.ts';
import { yieldToMain } from '../../lib/reader/yield-to-main.ts';
import { createHighlighter, preferredEngine, type Highlighter } from '../../lib/highlight/index.ts';
import { highlightCss } from '../../lib/highlight/styles.ts';
import { HIDE_AFTER_MS } from '../../lib/reader/card-state.ts';
import * as rs from '../../lib/reader/reader-state.ts';
import { outlineLeavesRoom, placeCard, scrollTarget } from '../../lib/reader/layers.ts';
import { renderCard, type CardState } from '../card/card.ts';
import { renderOutline, type OutlineState } from '../outline/outline.ts';
import { renderLauncher } from '../launcher/launcher.ts';
import { watchDetail } from '../card/gl-card.ts';
import { STRINGS, type Lang } from '../i18n.ts';
import { emit } from '../events.ts';
import { KIND_ORDER } from '../../lib/kinds.ts';
import { documentStyles } from './document.styles.ts';
import { cssomStyle } from '../cssom-style.ts';
import { NoteSession, type NoteBridge } from '../note/note-session.ts';
import { watchRequestOf } from '../../lib/view/watch-request.ts';
import { watchKey, type WatchKey } from '../../lib/platform/watch-key.ts';
import type { WatchRequest } from '../../lib/platform/messages.ts';

/**
 * Notes on the element's text, for a host that keeps them (the PDF reader keeps them in the
 * library): where they are kept, and the editor drawn in place of a draft.
 */
export interface DocumentNotes {
  bridge: NoteBridge;
  editor(token: string): TemplateResult;
}

/** Watches, for a host that keeps them (the PDF reader: the extension's watchlist, with reminders). */
export interface DocumentWatches {
  /** Keeps a watch; false when it was kept already. */
  add(request: WatchRequest): Promise<boolean>;
  /** The watches already kept on this text's documents (their cards say 「已关注」). */
  keys(): Promise<WatchKey[]>;
}

/** How long the text must rest after a change before it is read again. */
const REREAD_MS = 250;
let instances = 0;

/** `zh-CN`, `zh`, `zh-Hans` → zh; `en`, `en-US` → en; anything else → zh (the UI speaks Chinese first). */
export function langOfAttribute(value: string | null): Lang {
  return value && /^en\b/i.test(value) ? 'en' : 'zh';
}


/**
 * @customElement gazette-lens-document
 * @summary Annotates the gazette text it contains: deadlines, responsible units, document numbers.
 * @attr lang - `zh-CN` (default) or `en`: the language of the cards and the outline.
 * @attr today - `YYYY-MM-DD`: the day days-left and validity are counted from (default: the reader's today).
 * @event gl-ready - `{ counts, documents, result }`: the text was read and its highlights painted.
 * @event gl-select - `{ id, kind, text, annotation }`: the reader opened a highlight's card (cancel it to keep the card closed).
 * @event gl-watch - `{ id, text, type, due, docnum, title }`: the reader asked to be reminded of a deadline; the page stores it its own way (cancel it if that failed).
 * @csspart launcher - The button that opens the outline.
 * @cssproperty --gl-color-docnum - The colour of document numbers: their highlights (underline, and the background mixed from it), the cards, the outline, the launcher.
 * @cssproperty --gl-color-deadline - The colour of deadlines, in the same places.
 * @cssproperty --gl-color-unit - The colour of responsible units, in the same places.
 * @cssproperty --gl-card-width - The cards' width (default 340px).
 * @cssproperty --gl-outline-width - The outline's width (default 380px).
 * @cssproperty --gl-bar-top - How far below the window's top the launcher stays while the text scrolls (default 8px; more under a page's own sticky header).
 */
export class GazetteLensDocument extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
    today: { type: String, reflect: true },
    result: { attribute: false },
  };

  static override styles = unsafeCSS(documentStyles);

  /** The language of the UI, as the `lang` attribute gives it (the light DOM's text keeps it too). */
  declare lang: string;
  /** The day counts are made from (YYYY-MM-DD); empty: the reader's today. */
  declare today: string;
  /** The engine's result for the element's text (annotations and documents); null until read. */
  declare result: ExtractionResult | null;
  /**
   * Where the text comes from, when it is not the light DOM as it stands: the PDF reader gives the
   * text of every page (drawn or not) mapped onto the pages drawn so far. Unset: the light DOM.
   */
  textSource: (() => DomTextModel) | null = null;
  /** The site the text is from, for 「在本站搜索」 on a number's card: the page's host unless set ('' for none: the PDF reader's local file). */
  site: string | null = null;
  /** Notes: set by a host that keeps them, before the element is connected; unset: no notes. */
  notes: DocumentNotes | null = null;
  private noteSession: NoteSession | null = null;
  /** Watches: set by a host that keeps them; unset: gl-watch is the page's to act on. */
  watches: DocumentWatches | null = null;
  private watchError: string | null = null;
  private watchesFor: ExtractionResult | null = null;
  private notesLoaded = false;
  /** What is open, stepping, the outline (lib/reader/reader-state.ts, as in the extension): the element's own state, not attributes. */
  private state: rs.ReaderState = rs.initial();

  private readonly scope = `doc${++instances}`;
  private highlighter: Highlighter | null = null;
  private sheet: CSSStyleSheet | null = null;
  private sheetRoot: Document | ShadowRoot | null = null;
  private model: DomTextModel | null = null;
  private readToday = '';
  private view: PageView | null = null;
  private watched = new Set<string>();
  private copied: string | null = null;
  private observer: MutationObserver | null = null;
  private rereadTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private abort: AbortController | null = null;

  constructor() {
    super();
    this.lang = 'zh-CN';
    this.today = '';
    this.result = null;
  }

  private get uiLang(): Lang {
    return langOfAttribute(this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const doc = this.ownerDocument;
    this.highlighter = createHighlighter(preferredEngine(doc), doc, { scope: this.scope });
    this.adoptHighlightStyles();
    this.abort = new AbortController();
    const signal = this.abort.signal;
    this.addEventListener('click', (e) => this.onClick(e), { signal });
    this.addEventListener('pointermove', (e) => this.onPointer(e), { signal });
    this.addEventListener('pointerleave', () => this.onPointer(null), { signal });
    if (this.notes) {
      const notes = this.notes;
      // The notes' boxes and cards live in the shadow root, beside the cards.
      const uiRoot = doc.createElement('div');
      uiRoot.dataset.glUi = '';
      this.renderRoot.append(uiRoot);
      this.noteSession = new NoteSession({
        doc, uiRoot, uiHost: uiRoot, lang: this.uiLang, bridge: notes.bridge,
        state: () => this.state,
        dispatch: (next, focus) => {
          this.dispatch(next);
          if (focus) void this.updateComplete.then(() => (this.renderRoot.querySelector('.card, textarea') as HTMLElement | null)?.focus({ preventScroll: true }));
        },
        render: () => this.requestUpdate(),
        position: (rects) => this.placeAt(rects[0] ?? null),
        scrollTarget: () => {
          const win = doc.defaultView!;
          return scrollTarget(win.innerWidth, win.innerHeight, this.drawerRect());
        },
        editor: (token) => notes.editor(token),
      });
      const selection = (): void => this.noteSession?.onSelection(doc);
      this.addEventListener('mouseup', (e) => {
        if (e.isTrusted) setTimeout(selection, 0);
      }, { signal });
      this.addEventListener('keyup', (e) => {
        if (e.isTrusted && (e.shiftKey || e.key === 'Shift')) selection();
      }, { signal });
    }
    doc.addEventListener('keydown', (e) => this.onKey(e), { signal });
    this.observer = new MutationObserver(() => this.scheduleRead());
    this.observer.observe(this, { childList: true, characterData: true, subtree: true });
    this.scheduleRead(0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.observer?.disconnect();
    clearTimeout(this.rereadTimer);
    clearTimeout(this.hideTimer);
    this.highlighter?.destroy();
    this.highlighter = null;
    this.noteSession?.destroy();
    this.noteSession = null;
    this.notesLoaded = false;
    if (this.sheet && this.sheetRoot) this.sheetRoot.adoptedStyleSheets = this.sheetRoot.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('today') && changed.get('today') !== undefined) this.scheduleRead(0);
  }

  /**
   * The ::highlight rules must reach the light DOM, so they go to the tree the element is in (the
   * document, or the shadow root a page put it in), as a constructed sheet: allowed by a CSP
   * without 'unsafe-inline', unlike a <style> element.
   */
  private adoptHighlightStyles(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet === 'undefined') return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightCss({}, this.scope, { themable: true }));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    this.sheet = sheet;
    this.sheetRoot = root;
  }

  /** The notes changed where they are kept (a draft saved): fetched again and placed; the draft `token`, if any, is done. */
  async notesChanged(token?: string): Promise<void> {
    if (token) this.noteSession?.editorDone(token);
    await this.noteSession?.load();
  }

  /** The draft `token`'s editor was closed without saving. */
  draftClosed(token: string): void {
    this.noteSession?.editorDone(token);
  }

  /** Reads the text again now (the PDF reader calls it when a page's text layer is drawn). */
  refresh(): void {
    this.scheduleRead(0);
  }

  private scheduleRead(delay = REREAD_MS): void {
    clearTimeout(this.rereadTimer);
    this.rereadTimer = setTimeout(() => void this.read(), delay);
  }

  /** Reads the light DOM's text, runs the engine step by step, paints, renders; once at a time. */
  private async read(): Promise<void> {
    if (this.reading) {
      this.readAgain = true;
      return this.reading;
    }
    this.reading = (async () => {
      const model = this.textSource?.() ?? buildDomText(this, { deep: false });
      const today = this.today || localToday();
      // The same text read on the same day (a PDF page drawn since): only the painting is new.
      let result: ExtractionResult;
      if (this.result && this.model?.text === model.text && this.readToday === today) result = this.result;
      else {
        const steps = extractSteps(model.text, { today });
        let next = steps.next();
        while (!next.done) {
          await yieldToMain();
          next = steps.next();
        }
        result = next.value;
      }
      this.readToday = today;
      if (!this.isConnected || !this.highlighter) return;
      // Our own highlighting must not read as a change of the text (the mark.js engine adds marks).
      this.observer?.disconnect();
      this.model = model;
      this.result = result;
      this.view = buildPageView(model.text, result);
      this.highlighter.apply(model, result.annotations.map((a, i) => ({ id: itemId(i), kind: a.kind, start: a.start, end: a.end })));
      for (const k of KIND_ORDER) this.highlighter.setKindVisible(k, this.state.outline.visible[k]);
      this.observer?.observe(this, { childList: true, characterData: true, subtree: true });
      const view = this.view;
      const notes = this.noteSession;
      if (notes) {
        notes.update(model, view);
        if (!this.notesLoaded) {
          this.notesLoaded = true;
          await notes.load().catch((e: unknown) => console.warn('gazette-lens: notes could not be read', e));
        }
      }
      // The watches kept depend on the text's documents: asked again only when the text changed, not at each page drawn.
      if (this.watches && result !== this.watchesFor) {
        this.watchesFor = result;
        void this.markWatched(view);
      }
      this.dispatch(rs.reconcile(this.state, { highlight: (id) => view.byId.has(id), note: (id) => notes?.has(id) ?? false }));
      this.requestUpdate();
      await this.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      emit(this, 'gl-ready', { counts: this.counts(), documents: result.documents.length, result });
    })();
    try {
      await this.reading;
    } finally {
      this.reading = null;
      if (this.readAgain) {
        this.readAgain = false;
        this.scheduleRead(0);
      }
    }
  }

  private counts(): Record<AnnotationKind, number> {
    return countsOf(this.view);
  }

  /** The visible items in reading order (what Alt+J / Alt+K step through), with what the live region says of each. */
  private order(): Array<{ id: string; label: string; text: string }> {
    const t = STRINGS[this.uiLang];
    return (this.view?.items ?? [])
      .filter((it) => this.state.outline.visible[it.kind])
      .sort((a, b) => a.start - b.start)
      .map((it) => ({ id: it.id, label: t[it.kind], text: it.text }));
  }

  /** Takes the next reader state: runs the hide timer while it says so, paints the kinds shown, renders. */
  private dispatch(next: rs.ReaderState): void {
    const prev = this.state;
    if (next === prev) return;
    this.state = next;
    if (rs.hiding(next) !== rs.hiding(prev)) {
      clearTimeout(this.hideTimer);
      if (rs.hiding(next)) this.hideTimer = setTimeout(() => this.dispatch(rs.hideTimerFired(this.state)), HIDE_AFTER_MS);
    }
    if (next.outline.visible !== prev.outline.visible) {
      for (const k of KIND_ORDER) this.highlighter?.setKindVisible(k, next.outline.visible[k]);
    }
    this.requestUpdate();
  }

  /** Opens an item's card (unless the page cancels gl-select), shows it and flashes it; `next` is the state with it open. */
  private open(id: string, scroll: boolean, next?: rs.ReaderState): void {
    const item = this.view?.byId.get(id);
    if (!item) return;
    if (!emit(this, 'gl-select', { id, kind: item.kind, text: item.text, annotation: item.annotation }, true)) return;
    // An outline that leaves no room for a card (a short window) gives way to it.
    const win = this.ownerDocument.defaultView!;
    const drawer = this.drawerRect();
    const fits = outlineLeavesRoom(win.innerWidth, win.innerHeight, drawer);
    next ??= rs.select(this.state, id, fits);
    if (scroll) this.highlighter?.scrollTo(id, scrollTarget(win.innerWidth, win.innerHeight, fits ? drawer : null));
    this.highlighter?.flash(id);
    this.dispatch(next);
    void this.updateComplete.then(() => (this.renderRoot.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true }));
  }

  private onClick(e: MouseEvent): void {
    // Clicks inside our UI (the shadow root) are the UI's own.
    if (e.composedPath().some((n) => n instanceof Element && n.hasAttribute('data-gl-ui'))) return;
    if (this.ownerDocument.getSelection()?.toString()) return; // selecting words opens nothing
    const note = this.noteSession?.idAt(e.clientX, e.clientY) ?? null;
    if (note) {
      this.noteSession!.select(note);
      return;
    }
    const id = this.highlighter?.idAt(e.clientX, e.clientY) ?? null;
    if (id) this.open(id, false, rs.click(this.state, { note: null, highlight: id }));
    else this.dispatch(rs.click(this.state, { note: null, highlight: null }));
  }

  private onPointer(e: PointerEvent | null): void {
    if (!this.view) return;
    const overCard = !!e && e.composedPath().some((n) => n instanceof Element && n.classList?.contains('card-layer'));
    const highlight = e && !overCard && e.buttons === 0 ? this.highlighter?.idAt(e.clientX, e.clientY) ?? null : null;
    this.dispatch(rs.pointer(this.state, { highlight, overCard }));
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      this.dispatch(rs.escape(this.state));
      return;
    }
    if (!e.altKey || (e.key !== 'j' && e.key !== 'k' && e.code !== 'KeyJ' && e.code !== 'KeyK')) return;
    // Stepping belongs to the element the reader is in: the one under focus, or the only one.
    const active = this.ownerDocument.activeElement;
    if (active && active !== this.ownerDocument.body && active !== this && !this.contains(active)) return;
    const next = rs.step(this.state, this.order(), e.key === 'k' || e.code === 'KeyK' ? -1 : 1);
    const id = rs.openHighlight(next);
    if (!id) return;
    e.preventDefault();
    this.open(id, true, next);
  }

  private async copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = text;
    } catch {
      this.copied = null;
    }
    this.requestUpdate();
  }

  private watch(item: ItemView): void {
    if (!this.view) return;
    // The page keeps its watches its own way; a cancelled event means it could not.
    if (!emit(this, 'gl-watch', watchDetail(item, this.view), true)) return;
    const request = watchRequestOf(this.view, item);
    if (!this.watches || !request) {
      this.watched.add(item.id);
      this.requestUpdate();
      return;
    }
    this.watches.add(request).then(() => {
      this.watched.add(item.id);
      this.watchError = null;
    }, (e: unknown) => {
      this.watchError = e instanceof Error ? e.message : String(e);
    }).finally(() => this.requestUpdate());
  }

  /** The items whose watch the host keeps already are marked watched. */
  private async markWatched(view: PageView): Promise<void> {
    try {
      const kept = new Set((await this.watches!.keys()).map(watchKey));
      for (const it of view.items) {
        const request = watchRequestOf(view, it);
        if (request && kept.has(watchKey(request))) this.watched.add(it.id);
      }
      this.requestUpdate();
    } catch (e) {
      console.warn('gazette-lens: the watches could not be read', e);
    }
  }

  private toggleKind(kind: AnnotationKind, visible: boolean): void {
    this.dispatch(rs.setKind(this.state, kind, visible, (id) => this.view?.byId.get(id)?.kind));
  }

  /** Where the open card goes: beside its highlight, never over the outline, inside the window. */
  private cardPosition(id: string): { left: number; top: number; room: number } | null {
    return this.placeAt(this.highlighter?.rectsOf(id)[0] ?? null);
  }

  private placeAt(rect: DOMRect | null): { left: number; top: number; room: number } {
    const win = this.ownerDocument.defaultView!;
    return placeCard(win.innerWidth, win.innerHeight, rect, this.drawerRect()) ?? placeCard(win.innerWidth, win.innerHeight, rect, null)!;
  }

  /** Where the outline stands (a side drawer, or a bottom sheet on a narrow screen), when it is open. */
  private drawerRect(): DOMRect | null {
    return this.state.outline.open ? this.renderRoot.querySelector('.outline')?.getBoundingClientRect() ?? null : null;
  }

  override render(): TemplateResult {
    const view = this.view;
    const lang = this.uiLang;
    const counts = this.counts();
    const s = this.state;
    const openId = rs.openHighlight(s);
    const item = view && openId ? view.byId.get(openId) : undefined;
    const pos = item ? this.cardPosition(item.id) : null;
    const cardState: CardState = { lang, known: {}, host: this.site ?? this.ownerDocument.location?.hostname ?? '', watched: this.watched, copied: this.copied, watchError: this.watchError };
    const outlineState: OutlineState = {
      lang, visible: s.outline.visible, unitFilter: s.outline.unitFilter, known: {}, counts, openUnits: new Set(s.openUnits), notes: this.noteSession?.outline() ?? { anchored: [], orphans: [] },
    };
    return html`<div class="bar" data-gl-ui>
        ${view ? renderLauncher({ lang, counts, open: s.outline.open, detection: { score: 0, government: false, reasons: [] } }, { toggle: () => this.dispatch(rs.setOutlineOpen(this.state, !this.state.outline.open)) }) : nothing}
      </div>
      <slot></slot>
      <div data-gl-ui>
        ${view && s.outline.open
          ? renderOutline(view, outlineState, {
              close: () => this.dispatch(rs.setOutlineOpen(this.state, false)),
              select: (id) => this.open(id, true),
              toggleKind: (k, v) => this.toggleKind(k, v),
              filterUnits: (q) => this.dispatch(rs.setUnitFilter(this.state, q)),
              toggleUnit: (key, open) => this.dispatch(rs.setUnitOpen(this.state, key, open)),
              selectNote: (id) => this.noteSession?.select(id),
              copyOrphan: (id) => void this.noteSession?.copyOrphan(id),
              deleteOrphan: (id) => void this.noteSession?.deleteOrphan(id),
              ...(this.noteSession && { reattachOrphan: (id: string) => void this.noteSession?.reattachOrphan(id) }),
            })
          : nothing}
        ${view && item && pos
          ? html`<div class="card-layer" ${cssomStyle({ left: `${pos.left}px`, top: `${pos.top}px`, 'max-height': `${pos.room}px` })}>
              ${renderCard(item, view, cardState, {
                close: () => this.dispatch(rs.closeCard(this.state)),
                select: (id) => this.open(id, true),
                watch: (it) => this.watch(it),
                copy: (text) => void this.copy(text),
                open: (url) => void this.ownerDocument.defaultView?.open(url, '_blank', 'noopener'),
              })}
            </div>`
          : nothing}
        ${this.noteSession?.render() ?? nothing}
        <div class="visually-hidden" role="status" aria-live="polite">${s.announcement}</div>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gazette-lens-document': GazetteLensDocument;
  }
}
