/**
 * The pages of an open PDF in the reader page: one box per page at its size, drawn (canvas and
 * PDF.js TextLayer) when it comes near the viewport (the visible pages and one on either side),
 * from the same text content the text model was built from, so the engine's offsets land on the
 * text layer's spans (pdf-text-dom.ts). `onDrawn` is told each time a page's text layer is ready.
 * The text may come in two steps (the first pages, then all): a page whose text is not read yet
 * waits, and is drawn when `setText` brings it.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { ReadPdf } from '../../lib/pdf/read-pdf.ts';
import { pdfDomText, type DrawnPage } from './pdf-text-dom.ts';
import { pageAt } from '../../lib/pdf/text-model.ts';
import type { DomTextModel } from '../../lib/text/dom.ts';

type PdfJs = typeof import('pdfjs-dist');

export interface PdfPagesOptions {
  pdfjs: PdfJs;
  doc: PDFDocumentProxy;
  text: ReadPdf;
  /** CSS pixels per PDF point. */
  scale: number;
  onDrawn(page: number): void;
  /** Canvases already being drawn (the first page, while the text of the others was read), by 0-based page. */
  canvases?: ReadonlyMap<number, Promise<HTMLElement>>;
}

/** A page's picture at a scale: a canvas at the screen's pixel ratio in PDF.js's canvasWrapper. */
export async function drawCanvas(proxy: PDFPageProxy, scale: number): Promise<HTMLElement> {
  const viewport = proxy.getViewport({ scale });
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  canvas.style.width = `${Math.floor(viewport.width)}px`;
  canvas.style.height = `${Math.floor(viewport.height)}px`;
  canvas.setAttribute('aria-hidden', 'true');
  const wrapper = document.createElement('div');
  wrapper.className = 'canvasWrapper';
  wrapper.append(canvas);
  await proxy.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise;
  return wrapper;
}

/** Fired on PdfPages.element when a page's text layer is drawn, or all are dropped for a new zoom (detail: 0-based page). */
export const PAGE_DRAWN = 'gl-pdf-page-drawn';

export class PdfPages {
  readonly element: HTMLElement;
  private readonly pages: Array<DrawnPage & { drawing?: Promise<void>; proxy?: PDFPageProxy }> = [];
  private readonly observer: IntersectionObserver;
  private readonly near = new Set<number>();
  private scale: number;
  private text: ReadPdf;
  private sizes: Array<{ width: number; height: number }>;

  constructor(private readonly options: PdfPagesOptions, sizes: ReadonlyArray<{ width: number; height: number }>) {
    this.scale = options.scale;
    this.text = options.text;
    this.sizes = [...sizes];
    const doc = document;
    this.element = doc.createElement('div');
    this.element.className = 'pdfViewer';
    // Visible pages and about one page-height beyond: drawn before the reader reaches them.
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const page = Number((e.target as HTMLElement).dataset.page);
        if (e.isIntersecting) {
          this.near.add(page);
          void this.draw(page);
        } else this.near.delete(page);
      }
    }, { rootMargin: '100% 0px' });
    sizes.forEach((size, i) => {
      const box = doc.createElement('div');
      box.className = 'page';
      box.dataset.page = String(i);
      box.setAttribute('role', 'region');
      box.setAttribute('aria-label', `${i + 1} / ${sizes.length}`);
      this.size(box, size);
      this.element.append(box);
      this.pages.push({ box });
      this.observer.observe(box);
    });
  }

  private size(box: HTMLElement, size: { width: number; height: number }): void {
    box.style.setProperty('--scale-factor', String(this.scale));
    box.style.setProperty('--user-unit', '1');
    box.style.width = `${Math.floor(size.width * this.scale)}px`;
    box.style.height = `${Math.floor(size.height * this.scale)}px`;
  }

  /** The text model over the pages drawn so far (the text read so far either way). */
  model(): DomTextModel {
    return pdfDomText(this.element, this.text, this.pages);
  }

  /** True when the text of every page is in. */
  get complete(): boolean {
    return this.text.pages.length === this.pages.length;
  }

  /** More of the text (a longer prefix, or all): pages near the viewport that waited for it are drawn. */
  setText(text: ReadPdf): void {
    this.text = text;
    for (const page of this.near) void this.draw(page);
  }

  /** The pages' real sizes, once known (the boxes were sized like the first page). */
  setSizes(sizes: ReadonlyArray<{ width: number; height: number }>): void {
    this.sizes = [...sizes];
    sizes.forEach((size, i) => {
      const box = this.pages[i]?.box;
      if (box) this.size(box, size);
    });
  }

  /**
   * Draws every page at another scale (zoom): the boxes take their new size, the pages drawn so
   * far are dropped and those near the viewport drawn again (their highlights follow through
   * `onDrawn`); the page in view stays in view.
   */
  setScale(scale: number): void {
    if (scale === this.scale) return;
    const current = this.currentPage();
    const box = this.pages[current]?.box;
    const into = box ? (window.innerHeight / 2 - box.getBoundingClientRect().top) / box.offsetHeight : 0;
    this.scale = scale;
    this.options.canvases = undefined;
    this.pages.forEach((page, i) => {
      this.size(page.box, this.sizes[i] ?? this.sizes[0]!);
      if (page.nodes) {
        page.box.replaceChildren();
        page.nodes = undefined;
      }
    });
    if (box) window.scrollBy(0, box.getBoundingClientRect().top + into * box.offsetHeight - window.innerHeight / 2);
    for (const page of this.near) void this.draw(page);
    this.options.onDrawn(current);
    this.element.dispatchEvent(new CustomEvent(PAGE_DRAWN, { detail: current }));
  }

  /** CSS pixels per PDF point, now. */
  get currentScale(): number {
    return this.scale;
  }

  /** The widest page's width in PDF points (for fitting the window's width). */
  get widestPage(): number {
    return Math.max(...this.sizes.map((s) => s.width));
  }

  /** The 0-based page at the middle of the viewport (or the nearest one above it). */
  currentPage(): number {
    const middle = window.innerHeight / 2;
    let lo = 0;
    let hi = this.pages.length - 1;
    // Pages stand one below the other: the last whose top is above the middle.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.pages[mid]!.box.getBoundingClientRect().top <= middle) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Scrolls a 0-based page's top into view (it is drawn as it comes near). */
  goTo(page: number): void {
    this.pages[Math.max(0, Math.min(this.pages.length - 1, page))]?.box.scrollIntoView({ block: 'start' });
  }

  /** 0-based numbers of the pages whose text layer is drawn. */
  drawnPages(): number[] {
    return this.pages.flatMap((p, i) => (p.nodes ? [i] : []));
  }

  /** The 0-based page an offset of the text falls on (-1: none). */
  pageOf(offset: number): number {
    return pageAt(this.text, offset);
  }

  /** The page box of a 0-based page number. */
  box(page: number): HTMLElement | null {
    return this.pages[page]?.box ?? null;
  }

  async draw(index: number): Promise<void> {
    const page = this.pages[index];
    if (!page || page.nodes || page.drawing) return page?.drawing;
    const content = this.text.contents[index];
    if (!content) return;
    const scale = this.scale;
    page.drawing = (async () => {
      const { pdfjs, doc } = this.options;
      const proxy = (page.proxy ??= await doc.getPage(index + 1));
      const viewport = proxy.getViewport({ scale });
      const layer = document.createElement('div');
      layer.className = 'textLayer';
      const wrapper = await (this.options.canvases?.get(index) ?? drawCanvas(proxy, scale));
      const textLayer = new pdfjs.TextLayer({ textContentSource: content as ConstructorParameters<PdfJs['TextLayer']>[0]['textContentSource'], container: layer, viewport });
      await textLayer.render();
      const divs = textLayer.textDivs;
      const nodes: Array<Text | null> = [];
      let j = 0;
      for (const item of content.items) {
        if (typeof item.str !== 'string') {
          nodes.push(null);
          continue;
        }
        const span = divs[j++];
        const node = span?.firstChild;
        nodes.push(node && node.nodeType === 3 ? (node as Text) : null);
      }
      // Zoomed while it was drawn: drawn again at the new scale below.
      if (scale !== this.scale) return;
      page.box.replaceChildren(wrapper, layer);
      page.nodes = nodes;
      this.options.onDrawn(index);
      this.element.dispatchEvent(new CustomEvent(PAGE_DRAWN, { detail: index }));
    })();
    try {
      await page.drawing;
    } finally {
      page.drawing = undefined;
    }
    if (scale !== this.scale && this.near.has(index)) await this.draw(index);
  }

  destroy(): void {
    this.observer.disconnect();
  }
}
