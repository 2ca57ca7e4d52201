/**
 * The pages of an open PDF in the reader page: one box per page at its size, drawn (canvas and
 * PDF.js TextLayer) when it comes near the viewport (the visible pages and one on either side),
 * from the same text content the text model was built from, so the engine's offsets land on the
 * text layer's spans (pdf-text-dom.ts). `onDrawn` is told each time a page's text layer is ready.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { ReadPdf } from '../../lib/pdf/read-pdf.ts';
import { pdfDomText, type DrawnPage } from './pdf-text-dom.ts';
import type { DomTextModel } from '../../lib/text/dom.ts';

type PdfJs = typeof import('pdfjs-dist');

export interface PdfPagesOptions {
  pdfjs: PdfJs;
  doc: PDFDocumentProxy;
  text: ReadPdf;
  /** CSS pixels per PDF point. */
  scale: number;
  onDrawn(page: number): void;
}

export class PdfPages {
  readonly element: HTMLElement;
  private readonly pages: Array<DrawnPage & { drawing?: Promise<void>; proxy?: PDFPageProxy }> = [];
  private readonly observer: IntersectionObserver;
  private scale: number;

  constructor(private readonly options: PdfPagesOptions, sizes: ReadonlyArray<{ width: number; height: number }>) {
    this.scale = options.scale;
    const doc = document;
    this.element = doc.createElement('div');
    this.element.className = 'pdfViewer';
    // Visible pages and about one page-height beyond: drawn before the reader reaches them.
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) void this.draw(Number((e.target as HTMLElement).dataset.page));
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

  /** The text model over the pages drawn so far (the whole text either way). */
  model(): DomTextModel {
    return pdfDomText(this.element, this.options.text, this.pages);
  }

  /** 0-based numbers of the pages whose text layer is drawn. */
  drawnPages(): number[] {
    return this.pages.flatMap((p, i) => (p.nodes ? [i] : []));
  }

  /** The page box of a 0-based page number. */
  box(page: number): HTMLElement | null {
    return this.pages[page]?.box ?? null;
  }

  async draw(index: number): Promise<void> {
    const page = this.pages[index];
    if (!page || page.nodes || page.drawing) return page?.drawing;
    page.drawing = (async () => {
      const { pdfjs, doc, text } = this.options;
      const proxy = (page.proxy ??= await doc.getPage(index + 1));
      const viewport = proxy.getViewport({ scale: this.scale });
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
      const layer = document.createElement('div');
      layer.className = 'textLayer';
      await proxy.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise;
      const content = text.contents[index]!;
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
      page.box.replaceChildren(wrapper, layer);
      page.nodes = nodes;
      this.options.onDrawn(index);
    })();
    try {
      await page.drawing;
    } finally {
      page.drawing = undefined;
    }
  }

  destroy(): void {
    this.observer.disconnect();
  }
}
