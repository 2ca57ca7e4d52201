/**
 * The reader's own notes, painted inside our closed shadow root: one translucent box per line
 * of each note's words, laid over the page's text. Nothing goes into the page's DOM or into
 * the highlight registry the page shares (where `CSS.highlights.get(…)` would tell a page
 * which words the reader annotated). The boxes let the pointer through; hit-testing is ours.
 *
 * Boxes are placed in the layer's own coordinates (its offset from the page), so scrolling the
 * window moves them with the text; they are laid out again after resizes, scrolling inside
 * boxes of the page, and each reading.
 */
import type { DomTextModel } from '../text/dom.ts';
import { topRects } from './frames.ts';
import { scrollRectIntoView } from './common.ts';

export const NOTE_COLOURS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type NoteColour = (typeof NOTE_COLOURS)[number];

/** Background colours: light enough to read through, apart from the three kinds' colours. */
export const NOTE_COLOUR_CSS: Record<NoteColour, string> = {
  yellow: 'rgba(255, 214, 0, 0.45)',
  green: 'rgba(120, 220, 120, 0.45)',
  blue: 'rgba(110, 180, 255, 0.40)',
  pink: 'rgba(255, 140, 190, 0.45)',
  purple: 'rgba(190, 150, 255, 0.45)',
};

/** The layer's styles (in our shadow root). */
export const NOTE_OVERLAY_CSS = `
.note-layer { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147483000; }
.note-box { position: absolute; border-radius: 2px; mix-blend-mode: multiply; pointer-events: none; }
${NOTE_COLOURS.map((c) => `.note-box[data-colour="${c}"] { background: ${NOTE_COLOUR_CSS[c]}; }`).join('\n')}
.note-box.flash { outline: 2px solid #D55E00; background: rgba(213, 94, 0, 0.38); transition: background 0.3s; }
@media (forced-colors: active) { .note-box { mix-blend-mode: normal; background: transparent !important; outline: 2px solid Highlight; } }
@media print { .note-layer { display: none; } }
`;

export interface NoteSpan {
  id: string;
  colour: NoteColour;
  start: number;
  end: number;
}

export class NoteOverlay {
  private readonly layer: HTMLElement;
  private readonly win: Window;
  private readonly ranges = new Map<string, { range: Range; colour: NoteColour }>();
  private frame = 0;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private flashing: string | null = null;
  private readonly abort = new AbortController();
  private readonly resize: ResizeObserver | null;

  constructor(parent: HTMLElement, win: Window) {
    this.win = win;
    const doc = parent.ownerDocument;
    this.layer = doc.createElement('div');
    this.layer.className = 'note-layer';
    this.layer.setAttribute('aria-hidden', 'true');
    parent.append(this.layer);
    const later = (): void => this.schedule();
    win.addEventListener('resize', later, { signal: this.abort.signal, passive: true });
    // Scrolling inside a box of the page moves its text against ours: capture it from anywhere.
    win.document.addEventListener('scroll', (e) => {
      if (e.target !== win.document) later();
    }, { signal: this.abort.signal, passive: true, capture: true });
    const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    this.resize = RO ? new RO(later) : null;
    this.resize?.observe(win.document.documentElement);
  }

  paint(model: DomTextModel, notes: readonly NoteSpan[]): void {
    this.ranges.clear();
    for (const n of notes) {
      const range = model.toRange(n.start, n.end);
      if (range) this.ranges.set(n.id, { range, colour: n.colour });
    }
    this.layout();
  }

  /** Lays the boxes out again at the next frame. */
  schedule(): void {
    if (this.frame) return;
    this.frame = this.win.requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private layout(): void {
    const origin = this.layer.getBoundingClientRect();
    const doc = this.layer.ownerDocument;
    const boxes: HTMLElement[] = [];
    for (const [id, { range, colour }] of this.ranges) {
      for (const r of topRects(range)) {
        const box = doc.createElement('div');
        box.className = id === this.flashing ? 'note-box flash' : 'note-box';
        box.dataset.note = id;
        box.dataset.colour = colour;
        box.style.left = `${r.left - origin.left}px`;
        box.style.top = `${r.top - origin.top}px`;
        box.style.width = `${r.width}px`;
        box.style.height = `${r.height}px`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  /** The note under a viewport point. */
  idAt(x: number, y: number): string | null {
    for (const [id, { range }] of this.ranges) {
      for (const r of topRects(range)) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return id;
    }
    return null;
  }

  rectsOf(id: string): DOMRect[] {
    const entry = this.ranges.get(id);
    return entry ? topRects(entry.range) : [];
  }

  /** How many notes are placed on the page. */
  get size(): number {
    return this.ranges.size;
  }

  scrollTo(id: string, atY?: number): void {
    const range = this.ranges.get(id)?.range;
    const el = range?.startContainer.parentElement;
    if (!range || !el) return;
    scrollRectIntoView(el, () => [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0) ?? null, 'instant', atY);
    this.layout();
  }

  flash(id: string, ms = 1200): void {
    if (!this.ranges.has(id)) return;
    this.flashing = id;
    this.layout();
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashing = null;
      this.layout();
    }, ms);
  }

  clear(): void {
    this.ranges.clear();
    this.layer.replaceChildren();
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.abort.abort();
    this.resize?.disconnect();
    this.layer.remove();
    this.ranges.clear();
  }
}
