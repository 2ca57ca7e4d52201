/**
 * The PDF reader's find bar (lit-html): a phrase, how many matches in the whole issue and which
 * one is shown, previous / next, close. Enter steps on, Shift+Enter back, Escape closes.
 * Data in, actions out; components/pdf/reader-find.ts does the finding.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../i18n.ts';
import { READER_WORDS } from './reader-words.ts';

export interface FindState {
  phrase: string;
  /** 0-based match shown; -1: none. */
  current: number;
  total: number;
  /** More matches than are counted (LIMITS.findMatches). */
  more: boolean;
}

export interface FindActions {
  input(phrase: string): void;
  step(dir: 1 | -1): void;
  close(): void;
}

export function renderFindBar(lang: Lang, s: FindState, a: FindActions): TemplateResult {
  const t = READER_WORDS[lang];
  const count = !s.phrase.trim() ? '' : s.total ? t.findCount(s.current + 1, s.total, s.more) : t.findNone;
  const key = (e: KeyboardEvent): void => {
    if (e.key === 'Enter') {
      e.preventDefault();
      a.step(e.shiftKey ? -1 : 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      a.close();
    }
  };
  return html`<input type="search" class="find-phrase" .value=${s.phrase} placeholder=${t.findPhrase} aria-label=${t.findPhrase}
      @input=${(e: Event) => a.input((e.target as HTMLInputElement).value)} @keydown=${key} />
    <output class="find-count" aria-live="polite" data-none=${s.phrase.trim() && !s.total ? 'true' : nothing}>${count}</output>
    <button type="button" class="icon" title=${t.findPrevious} aria-label=${t.findPrevious} ?disabled=${!s.total} @click=${() => a.step(-1)}>↑</button>
    <button type="button" class="icon" title=${t.findNext} aria-label=${t.findNext} ?disabled=${!s.total} @click=${() => a.step(1)}>↓</button>
    <button type="button" class="icon" title=${t.findClose} aria-label=${t.findClose} @click=${() => a.close()}>×</button>`;
}
