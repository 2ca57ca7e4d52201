/**
 * The PDF reader's page navigation and zoom (lit-html): previous / next, a page number to go to,
 * zoom out / in and fit to the window's width. Data in, actions out.
 */
import { html, type TemplateResult } from 'lit';
import { ZOOM_STEPS } from '../../lib/pdf/zoom.ts';
import type { Lang } from '../i18n.ts';
import { READER_WORDS } from './reader-words.ts';

export interface PagerState {
  /** 1-based page in view, and how many. */
  page: number;
  pages: number;
  /** Percent. */
  zoom: number;
}

export interface PagerActions {
  /** Go to a 1-based page. */
  go(page: number): void;
  zoom(dir: 1 | -1): void;
  fit(): void;
  /** Open the find bar (Ctrl+F). */
  find(): void;
}

export function renderPager(lang: Lang, s: PagerState, a: PagerActions): TemplateResult {
  const t = READER_WORDS[lang];
  const go = (e: Event): void => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).querySelector('input')!;
    // The number typed, when it is a page of this PDF; else the page in view again.
    const n = Math.round(Number(input.value));
    if (Number.isFinite(n) && n >= 1) a.go(Math.min(s.pages, n));
    else input.value = String(s.page);
  };
  return html`<button type="button" class="icon" title=${t.previous} aria-label=${t.previous} ?disabled=${s.page <= 1} @click=${() => a.go(s.page - 1)}>‹</button>
    <form class="page-form" @submit=${go}>
      <input type="number" min="1" max=${s.pages} .value=${String(s.page)} aria-label=${t.pageNumber} />
      <span>${t.ofPages(s.pages)}</span>
    </form>
    <button type="button" class="icon" title=${t.next} aria-label=${t.next} ?disabled=${s.page >= s.pages} @click=${() => a.go(s.page + 1)}>›</button>
    <span class="sep" aria-hidden="true"></span>
    <button type="button" class="icon" title=${t.zoomOut} aria-label=${t.zoomOut} ?disabled=${s.zoom <= ZOOM_STEPS[0]} @click=${() => a.zoom(-1)}>−</button>
    <output class="zoom" aria-label=${t.zoom}>${s.zoom}%</output>
    <button type="button" class="icon" title=${t.zoomIn} aria-label=${t.zoomIn} ?disabled=${s.zoom >= ZOOM_STEPS[ZOOM_STEPS.length - 1]!} @click=${() => a.zoom(1)}>+</button>
    <button type="button" @click=${() => a.fit()}>${t.fitWidth}</button>
    <span class="sep" aria-hidden="true"></span>
    <button type="button" title="${t.find} (Ctrl+F)" aria-keyshortcuts="Control+F" @click=${() => a.find()}>${t.find}</button>`;
}
