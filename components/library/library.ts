/** The whole library page (lit-html): header, toolbar, then 文件, 笔记, 关注. Data in, actions out. */
import { html, type TemplateResult } from 'lit';
import { STRINGS } from '../i18n.ts';
import { LIBRARY_WORDS } from './strings.ts';
import { renderToolbar } from './toolbar.ts';
import { renderDocuments } from './documents.ts';
import { renderNotes } from './notes.ts';
import { renderWatches } from './watches.ts';
import type { LibraryActions, LibraryState } from './view-model.ts';

export function renderLibrary(state: LibraryState, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[state.lang];
  return html`<div class="gl-root">
    <header class="top">
      <span class="logo" aria-hidden="true">公</span>
      <h1>${w.pageTitle}</h1><span class="app">${STRINGS[state.lang].app}</span>
      <span class="spacer"></span>
      <button type="button" class="settings" @click=${() => a.openSettings()}>⚙ ${w.settings}</button>
    </header>
    ${state.loadError
      ? html`<p class="load-error" role="alert">${w.loadFailed}${w.colon}${state.loadError}</p>`
      : html`${renderToolbar(state, a)}
          ${state.loading
            ? html`<p class="muted loading" role="status">${w.loading}</p>`
            : html`${renderDocuments(state.lang, state.documents, state.totals.documents, state.limits.documents, a)}
              ${renderNotes(state, a)}
              ${renderWatches(state.lang, state.today, state.watches, state.totals.watches, state.limits.watches, a)}`}`}
  </div>`;
}
