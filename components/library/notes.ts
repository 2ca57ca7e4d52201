/**
 * The 笔记 section (lit-html): each note with its colour, the quoted words, the reader's text
 * and tags, its document and a link back to the page; edited in place, deleted after a
 * confirmation. Everything from the page or the reader is bound as text.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { COLOURS } from '../../lib/library/types.ts';
import { NOTE_COLOUR_CSS } from '../../lib/highlight/note-overlay.ts';
import type { Lang } from '../i18n.ts';
import { LIBRARY_WORDS } from './strings.ts';
import { documentLink, urlLink } from './documents.ts';
import { moreButton, shortTime, type LibraryActions, type LibraryState, type NoteEdit, type NoteEntry } from './view-model.ts';

/** The note colour as a solid edge (the highlight colours are translucent). */
const EDGE: Record<string, string> = { yellow: '#e0b800', green: '#4cae4c', blue: '#4a90e2', pink: '#e0609a', purple: '#9b6ee0' };

function editor(lang: Lang, edit: NoteEdit, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[lang];
  return html`<form class="editor" @submit=${(e: Event) => { e.preventDefault(); a.saveEdit(); }}
      @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') a.cancelEdit(); }}>
    <label>${w.body}
      <textarea name="body" .value=${edit.body} @input=${(e: Event) => a.changeEdit({ body: (e.target as HTMLTextAreaElement).value })}></textarea></label>
    <label><span>${w.tags} <span class="muted small">${w.tagsHint}</span></span>
      <input type="text" name="tags" .value=${edit.tags} @input=${(e: Event) => a.changeEdit({ tags: (e.target as HTMLInputElement).value })} /></label>
    <fieldset class="colours"><legend>${w.colour}</legend>
      ${COLOURS.map((c) => html`<label class="swatch-choice">
        <input type="radio" name=${`colour-${edit.id}`} .checked=${edit.colour === c} @change=${() => a.changeEdit({ colour: c })} />
        <span style=${`background:${NOTE_COLOUR_CSS[c]}`}>${w.colourNames[c]}</span></label>`)}
    </fieldset>
    ${edit.error ? html`<p class="error" role="alert">${w.saveFailed}${w.colon}${edit.error}</p>` : nothing}
    <div class="actions"><button type="submit" class="primary">${w.save}</button><button type="button" @click=${() => a.cancelEdit()}>${w.cancel}</button></div>
  </form>`;
}

function noteItem(entry: NoteEntry, state: LibraryState, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[state.lang];
  const n = entry.note;
  const editing = state.edit?.id === n.id ? state.edit : null;
  const error = state.noteError?.id === n.id ? state.noteError.message : null;
  return html`<li class="item note" data-note-id=${n.id} style=${`--note:${EDGE[n.colour] ?? '#c5ccd3'};--note-bg:${NOTE_COLOUR_CSS[n.colour] ?? '#f6f8fa'}`}>
    <blockquote class="quote" title=${w.quote}>${n.quote.exact}</blockquote>
    ${editing
      ? editor(state.lang, editing, a)
      : html`${n.body ? html`<p class="body">${n.body}</p>` : nothing}
        <div class="meta">
          <span><span class="visually-hidden">${w.colour}${w.colon}</span>${w.colourNames[n.colour] ?? n.colour}</span>
          ${n.tags.length ? html`<span class="tags">${n.tags.map((t) => html`<span class="tag">#${t}</span>`)}</span>` : nothing}
          ${entry.document ? html`<span>${w.inDocument}${w.colon}${documentLink(entry.document, state.lang, a)}</span>` : nothing}
          <span>${urlLink(n.url, w.openPage)}</span>
          <span>${w.updated} ${shortTime(n.updated)}</span>
        </div>
        ${state.confirming === n.id
          ? html`<div class="confirm actions" role="alertdialog" aria-label=${w.confirmDelete}>
              <p>${w.confirmDelete}</p>
              <button type="button" class="danger confirm-yes" @click=${() => a.confirmDelete(n.id)}>${w.confirmYes}</button>
              <button type="button" @click=${() => a.cancelDelete()}>${w.cancel}</button></div>`
          : html`<div class="actions">
              <button type="button" class="edit" @click=${() => a.editNote(n.id)}>${w.edit}</button>
              <button type="button" class="danger delete" @click=${() => a.askDelete(n.id)}>${w.delete}</button></div>`}`}
    ${error ? html`<p class="error" role="alert">${error}</p>` : nothing}
  </li>`;
}

export function renderNotes(state: LibraryState, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[state.lang];
  return html`<section class="panel" id="notes" aria-labelledby="notes-h">
    <h2 id="notes-h">${w.notes} <span class="count">${w.shownOf(state.notes.length, state.totals.notes)}</span></h2>
    ${state.notes.length
      ? html`<ul class="items">${state.notes.slice(0, state.limits.notes).map((e) => noteItem(e, state, a))}</ul>${moreButton(w.more, state.notes.length - state.limits.notes, 'notes', a)}`
      : html`<p class="empty">${state.totals.notes ? w.noMatch : w.emptyNotes}</p>`}
  </section>`;
}
