/**
 * The reader's notes on the page (lit-html templates): the "add a note" button by a selection,
 * the editor (text, colour, tags), and the card of a note. Data in, actions out; the page's
 * text is bound as text only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Colour, PageNote } from '../../lib/platform/messages.ts';
import { NOTE_COLOURS, NOTE_COLOUR_CSS } from '../../lib/highlight/note-painter.ts';
import { tidy } from '../../lib/view/tidy.ts';
import type { Lang } from '../i18n.ts';

const W = {
  zh: {
    add: '添加笔记', note: '笔记', save: '保存', cancel: '取消', edit: '编辑', body: '笔记内容', colour: '颜色', tags: '标签',
    tagsHint: '用空格或逗号分隔', saved: '已保存', failed: '保存失败', quote: '原文',
    colours: { yellow: '黄', green: '绿', blue: '蓝', pink: '粉', purple: '紫' },
  },
  en: {
    add: 'Add a note', note: 'Note', save: 'Save', cancel: 'Cancel', edit: 'Edit', body: 'Note', colour: 'Colour', tags: 'Tags',
    tagsHint: 'separate with spaces or commas', saved: 'Saved', failed: 'Could not save', quote: 'Quote',
    colours: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
  },
};

export interface NoteDraft {
  quote: string;
  body: string;
  colour: Colour;
  tags: string;
  /** Editing this note, or a new one. */
  id: string | null;
  error: string | null;
}

export function parseTags(s: string): string[] {
  return [...new Set(s.split(/[\s,，、;；]+/).map((t) => t.trim()).filter(Boolean))].slice(0, 20);
}

export function renderAddButton(lang: Lang, at: { left: number; top: number }, add: () => void): TemplateResult {
  return html`<button type="button" class="add-note" style=${`left:${at.left}px;top:${at.top}px`}
    @mousedown=${(e: Event) => e.preventDefault()} @click=${() => add()}>✎ ${W[lang].add}</button>`;
}

export function renderNoteEditor(
  lang: Lang,
  draft: NoteDraft,
  actions: { change(patch: Partial<NoteDraft>): void; save(): void; cancel(): void },
): TemplateResult {
  const w = W[lang];
  return html`<form class="card note-editor kind-note" role="dialog" aria-label=${w.note}
    @submit=${(e: Event) => { e.preventDefault(); actions.save(); }}
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); actions.cancel(); } }}>
    <p class="quote" title=${w.quote}>${tidy(draft.quote).slice(0, 200)}</p>
    <label class="field">${w.body}
      <textarea rows="4" .value=${draft.body} @input=${(e: Event) => actions.change({ body: (e.target as HTMLTextAreaElement).value })}></textarea></label>
    <fieldset class="colours"><legend>${w.colour}</legend>
      ${NOTE_COLOURS.map((c) => html`<label class="swatch-choice" title=${w.colours[c]}>
        <input type="radio" name="colour" .checked=${draft.colour === c} @change=${() => actions.change({ colour: c })} />
        <span style=${`background:${NOTE_COLOUR_CSS[c]}`}>${w.colours[c]}</span></label>`)}
    </fieldset>
    <label class="field">${w.tags} <span class="muted small">${w.tagsHint}</span>
      <input type="text" .value=${draft.tags} @input=${(e: Event) => actions.change({ tags: (e.target as HTMLInputElement).value })} /></label>
    ${draft.error ? html`<p class="error" role="alert">${w.failed}：${draft.error}</p>` : nothing}
    <div class="actions"><button type="submit" class="primary">${w.save}</button><button type="button" @click=${() => actions.cancel()}>${w.cancel}</button></div>
  </form>`;
}

export function renderNoteCard(lang: Lang, note: PageNote, actions: { edit(): void; close(): void }): TemplateResult {
  const w = W[lang];
  return html`<section class="card kind-note" role="dialog" aria-labelledby="gl-note-title" tabindex="-1"
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); actions.close(); } }}>
    <header>
      <span class="swatch" style=${`background:${NOTE_COLOUR_CSS[note.colour]}`}></span>
      <h2 id="gl-note-title"><span class="kind">${w.note}</span> <span class="text">${tidy(note.quote.exact).slice(0, 60)}</span></h2>
      <button type="button" class="close" aria-label="×" @click=${() => actions.close()}>×</button>
    </header>
    ${note.body ? html`<p class="note-body">${note.body}</p>` : nothing}
    ${note.tags.length ? html`<p class="tags">${note.tags.map((t) => html`<span class="tag">#${t}</span> `)}</p>` : nothing}
    <p class="muted small">${note.updated.slice(0, 16).replace('T', ' ')}</p>
    <div class="actions"><button type="button" @click=${() => actions.edit()}>${w.edit}</button></div>
  </section>`;
}
