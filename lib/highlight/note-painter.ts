/**
 * The reader's own notes on the page, painted with the CSS Custom Highlight API in the note's
 * colour (one registry entry per colour, `gl-note-<colour>`), apart from the extraction
 * highlights. No DOM change; clear() removes only what it registered.
 */
import type { DomTextModel } from '../text/dom.ts';

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

const FLASH = 'gl-note-flash';
export const NOTE_CSS = [
  ...NOTE_COLOURS.map((c) => `::highlight(gl-note-${c}) { background-color: ${NOTE_COLOUR_CSS[c]}; }`),
  `::highlight(${FLASH}) { background-color: rgba(213, 94, 0, 0.38); }`,
  '',
].join('\n');

export interface NoteSpan {
  id: string;
  colour: NoteColour;
  start: number;
  end: number;
}

type Registry = Map<string, Highlight>;

export class NotePainter {
  private readonly registry: Registry | null;
  private readonly mine = new Map<string, Highlight>();
  private readonly ranges = new Map<string, Range>();
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly win: Window) {
    this.registry = (win as unknown as { CSS?: { highlights?: Registry } }).CSS?.highlights ?? null;
  }

  get supported(): boolean {
    return this.registry !== null;
  }

  paint(model: DomTextModel, notes: readonly NoteSpan[]): void {
    this.clear();
    if (!this.registry) return;
    const HighlightCtor = (this.win as unknown as { Highlight: new (...r: Range[]) => Highlight }).Highlight;
    for (const n of notes) {
      const range = model.toRange(n.start, n.end);
      if (!range) continue;
      this.ranges.set(n.id, range);
      const name = `gl-note-${n.colour}`;
      let h = this.mine.get(name);
      if (!h) {
        h = new HighlightCtor();
        this.mine.set(name, h);
        this.registry.set(name, h);
      }
      h.add(range);
    }
  }

  /** The note under a viewport point. */
  idAt(x: number, y: number): string | null {
    for (const [id, range] of this.ranges) {
      for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return id;
    }
    return null;
  }

  rectsOf(id: string): DOMRect[] {
    const range = this.ranges.get(id);
    return range ? [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0) : [];
  }

  scrollTo(id: string): void {
    const range = this.ranges.get(id);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  }

  flash(id: string, ms = 1200): void {
    const range = this.ranges.get(id);
    if (!range || !this.registry) return;
    const HighlightCtor = (this.win as unknown as { Highlight: new (...r: Range[]) => Highlight }).Highlight;
    this.registry.set(FLASH, new HighlightCtor(range));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.registry?.delete(FLASH), ms);
  }

  clear(): void {
    for (const [name, h] of this.mine) if (this.registry?.get(name) === h) this.registry.delete(name);
    this.mine.clear();
    this.ranges.clear();
  }

  destroy(): void {
    clearTimeout(this.flashTimer);
    this.registry?.delete(FLASH);
    this.clear();
  }
}
