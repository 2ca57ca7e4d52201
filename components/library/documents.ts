/**
 * The 文件 section (lit-html): each document with its number, validity, facts, the addresses
 * it was read at, and the documents it cites and is cited by within the library.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentRecord } from '../../lib/library/types.ts';
import { paren, statusLabel, type Lang } from '../i18n.ts';
import { LIBRARY_WORDS } from './strings.ts';
import { DOC_ANCHOR, moreButton, safeUrl, shortTime, statusClass, type DocumentEntry, type LibraryActions } from './view-model.ts';

/** An in-page link to a document of the library. */
export function documentLink(doc: DocumentRecord, lang: Lang, a: Pick<LibraryActions, 'showDocument'>, label?: string): TemplateResult {
  const w = LIBRARY_WORDS[lang];
  const text = label ?? doc.title ?? doc.docnum ?? w.untitled;
  return html`<a href=${`#${DOC_ANCHOR(doc.id)}`} @click=${(e: Event) => { e.preventDefault(); a.showDocument(doc.id); }}>${text}</a>`;
}

export function urlLink(url: string, text = url): TemplateResult {
  const safe = safeUrl(url);
  return safe ? html`<a href=${safe} target="_blank" rel="noopener noreferrer">${text}</a>` : html`<span>${text}</span>`;
}

function documentItem(entry: DocumentEntry, lang: Lang, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[lang];
  const d = entry.doc;
  return html`<li class="item doc" id=${DOC_ANCHOR(d.id)} tabindex="-1">
    <h3>
      <span class="title">${d.title ?? d.docnum ?? w.untitled}</span>
      <span class="badge ${statusClass(d.status)}">${statusLabel(d.status, lang)}</span>
    </h3>
    <dl class="facts">
      ${d.docnum ? html`<dt>${w.number}</dt><dd class="docnum">${d.docnum}</dd>` : nothing}
      ${d.issuer ? html`<dt>${w.issuer}</dt><dd>${d.issuer}</dd>` : nothing}
      ${d.signedDate ? html`<dt>${w.signed}</dt><dd>${d.signedDate}</dd>` : nothing}
      ${d.effectiveDate ? html`<dt>${w.effective}</dt><dd>${d.effectiveDate}</dd>` : nothing}
      ${d.expiryDate ? html`<dt>${w.expiry}</dt><dd>${d.expiryDate}</dd>` : nothing}
      <dt>${w.lastSeen}</dt><dd>${shortTime(d.lastSeen)}${entry.noteCount ? html` · <span>${w.notesOnDoc(entry.noteCount)}</span>` : nothing}</dd>
    </dl>
    ${d.urls.length
      ? html`<details class="seen" ?open=${d.urls.length <= 2}><summary class="small muted">${w.seenAt}${paren(lang, d.urls.length)}</summary>
          <ul class="urls">${d.urls.map((u) => html`<li>${urlLink(u)}</li>`)}</ul></details>`
      : nothing}
    ${entry.cites.length || entry.citedBy.length
      ? html`<dl class="relations">
          ${entry.cites.length
            ? html`<dt>${w.cites}</dt><dd>${entry.cites.map((c) =>
                c.document
                  ? html`<span>${documentLink(c.document, lang, a, c.docnum)}${c.document.title ? html` <span class="muted small">${c.document.title}</span>` : nothing}</span>`
                  : html`<span class="docnum-plain">${c.docnum} <span class="muted small">${paren(lang, w.notInLibrary)}</span></span>`)}</dd>`
            : nothing}
          ${entry.citedBy.length
            ? html`<dt>${w.citedBy}</dt><dd>${entry.citedBy.map((c) => html`<span>${documentLink(c, lang, a)}${c.docnum && c.title ? html` <span class="muted small">${c.docnum}</span>` : nothing}</span>`)}</dd>`
            : nothing}
        </dl>`
      : nothing}
  </li>`;
}

export function renderDocuments(lang: Lang, entries: DocumentEntry[], total: number, limit: number, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[lang];
  return html`<section class="panel" id="documents" aria-labelledby="documents-h">
    <h2 id="documents-h">${w.documents} <span class="count">${w.shownOf(entries.length, total)}</span></h2>
    ${entries.length
      ? html`<ul class="items">${entries.slice(0, limit).map((e) => documentItem(e, lang, a))}</ul>${moreButton(w.more, entries.length - limit, 'documents', a)}`
      : html`<p class="empty">${total ? w.noMatch : w.emptyDocuments}</p>`}
  </section>`;
}
