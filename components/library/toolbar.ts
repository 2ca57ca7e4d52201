/**
 * The library's top bar (lit-html): storage state, live search, export and import buttons
 * with the import's progress and result, and the filter chips (tags, note colour, validity).
 */
import type { ImportCounts } from '../../lib/library/json.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { COLOURS } from '../../lib/library/types.ts';
import { NOTE_COLOUR_CSS } from '../../lib/highlight/note-overlay.ts';
import { statusLabel } from '../i18n.ts';
import { LIBRARY_WORDS } from './strings.ts';
import { importProblemText } from './import-message.ts';
import { STATUSES, type LibraryActions, type LibraryState } from './view-model.ts';

function storageLine(state: LibraryState): TemplateResult | typeof nothing {
  const w = LIBRARY_WORDS[state.lang];
  if (state.storage === null) return nothing;
  const [cls, text] =
    state.storage === 'persisted' ? ['ok', w.storagePersisted] : state.storage === 'not-persisted' ? ['warn', w.storageNotPersisted] : ['warn', w.storageUnknown];
  return html`<p class="storage ${cls}" role="status" data-storage=${state.storage}>${text}</p>`;
}

/** 「新增 笔记 3、文件 1；本地较新而保留 笔记 2」: each outcome with what it happened to. */
function countsText(state: LibraryState, counts: ImportCounts): string {
  const w = LIBRARY_WORDS[state.lang];
  const zh = state.lang === 'zh';
  const kinds = ['notes', 'documents', 'watches'] as const;
  const parts: string[] = [];
  for (const outcome of ['added', 'updated', 'kept', 'unchanged'] as const) {
    const of = kinds.filter((k) => counts[k][outcome] > 0).map((k) => (zh ? `${w.countsWords[k]} ${counts[k][outcome]}` : `${counts[k][outcome]} ${w.countsWords[k]}`));
    if (of.length) parts.push(zh ? `${w.outcomeWords[outcome]} ${of.join('、')}` : `${of.join(', ')} ${w.outcomeWords[outcome]}`);
  }
  return parts.join(zh ? '；' : '; ');
}

/** Nothing was added or changed by the file: every record is already in the library. */
function nothingNew(counts: ImportCounts): number | null {
  const all = [counts.notes, counts.documents, counts.watches];
  if (all.some((c) => c.added + c.updated + c.kept > 0)) return null;
  return all.reduce((n, c) => n + c.unchanged, 0);
}

function ioStatus(state: LibraryState): TemplateResult | typeof nothing {
  const w = LIBRARY_WORDS[state.lang];
  const io = state.io;
  switch (io.kind) {
    case 'idle':
      return nothing;
    case 'importing':
      return io.total === 0
        ? html`<progress></progress><span>${w.checking(io.file)}</span>`
        : html`<progress max=${io.total} .value=${io.done}></progress><span>${w.importing(io.done, io.total)}</span>`;
    case 'imported':
      {
        const none = nothingNew(io.counts);
        return html`<span class="ok import-result" role="status">${none !== null ? w.importedNothingNew(none) : w.imported(countsText(state, io.counts))}</span><span class="muted small">${io.file}</span>`;
      }
    case 'import-failed':
      return html`<span class="error import-result" role="alert"><strong>${w.importFailed}${w.colon}</strong><span class="import-error">${io.problem ? importProblemText(io.problem, state.lang) : `${io.error}${w.stop}`}</span>${w.nothingChanged}</span>`;
    case 'exported':
      return html`<span class="ok" role="status">${w.exported(io.name)}</span><a class="download" href=${io.href} download=${io.name}>${w.downloadAgain}</a>`;
    case 'export-failed':
      return html`<span class="error" role="alert">${w.exportFailed}${w.colon}${io.error}</span>`;
  }
}

export function renderToolbar(state: LibraryState, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[state.lang];
  const f = state.filters;
  const busy = state.io.kind === 'importing';
  const anyFilter = f.tags.length + f.colours.length + f.statuses.length > 0;
  const typed = (e: Event) => {
    if (!(e as InputEvent).isComposing) a.search((e.target as HTMLInputElement).value);
  };
  return html`<div class="panel controls">
    ${storageLine(state)}
    <div class="toolbar">
      <label class="search"><span class="visually-hidden">${w.searchLabel}</span>
        <input type="search" name="q" placeholder=${w.searchPlaceholder} .value=${state.query} autocomplete="off"
          @input=${typed} @compositionend=${typed} /></label>
      <div class="io" role="group" aria-label=${w.export}>
        <button type="button" class="export-json" ?disabled=${busy} @click=${() => a.exportJson()}>${w.exportJson}</button>
        <button type="button" class="export-md" ?disabled=${busy} @click=${() => a.exportMarkdown()}>${w.exportMarkdown}</button>
        <button type="button" class="export-ics" ?disabled=${busy} @click=${() => a.exportIcs()}>${w.exportIcs}</button>
        <button type="button" class="import primary" ?disabled=${busy} @click=${() => a.chooseImport()}>${w.import}</button>
        <input type="file" id="import-file" class="visually-hidden" tabindex="-1" aria-hidden="true" accept=".json,application/json"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file) a.importFile(file);
          }} />
      </div>
    </div>
    <div class="io-status">${ioStatus(state)}</div>
    <div class="filters">
      <fieldset class="tag-filter"><legend>${w.tags}</legend>
        ${state.allTags.length
          ? state.allTags.map((t) => html`<button type="button" class="chip" aria-pressed=${f.tags.includes(t) ? 'true' : 'false'} @click=${() => a.toggleTag(t)}>#${t}</button>`)
          : html`<span class="muted small">${w.noTags}</span>`}
      </fieldset>
      <fieldset class="colour-filter"><legend>${w.colour}</legend>
        ${COLOURS.map((c) => html`<button type="button" class="chip" data-colour=${c} aria-pressed=${f.colours.includes(c) ? 'true' : 'false'} @click=${() => a.toggleColour(c)}><span class="dot" style=${`background:${NOTE_COLOUR_CSS[c]}`}></span>${w.colourNames[c]}</button>`)}
      </fieldset>
      <fieldset class="status-filter"><legend>${w.validity}</legend>
        ${STATUSES.map((s) => html`<button type="button" class="chip" aria-pressed=${f.statuses.includes(s) ? 'true' : 'false'} @click=${() => a.toggleStatus(s)}>${statusLabel(s, state.lang)}</button>`)}
      </fieldset>
      ${anyFilter ? html`<button type="button" class="clear" @click=${() => a.clearFilters()}>${w.clearFilters}</button>` : nothing}
    </div>
  </div>`;
}
