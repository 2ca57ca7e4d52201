/**
 * The reader's notes on the page (lit-html templates): the "add a note" button by a selection,
 * the editor (text, colour, tags), and the card of a note. Data in, actions out; the page's
 * text is bound as text only.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Colour, PageNote } from '../../lib/platform/messages.ts';
import { NOTE_COLOURS, NOTE_COLOUR_CSS } from '../../lib/highlight/note-overlay.ts';
import { LIMITS } from '../../lib/limits.ts';
import { tidy } from '../../lib/view/tidy.ts';
import type { Lang } from '../i18n.ts';
import { cssomStyle } from '../cssom-style.ts';

const W = {
  zh: {
    add: '添加笔记', note: '笔记', save: '保存', cancel: '取消', edit: '编辑', body: '笔记内容', colour: '颜色', tags: '标签',
    tagsHint: '用空格或逗号分隔', saved: '已保存', failed: '保存失败', quote: '原文',
    colours: { yellow: '黄', green: '绿', blue: '蓝', pink: '粉', purple: '紫' },
    close: '关闭笔记', recolour: '改为此颜色', remove: '删除', confirmRemove: '确定删除这条笔记？', keep: '保留',
    tagTooLong: (t: string) => `标签「${t.slice(0, 12)}${t.length > 12 ? '…' : ''}」有 ${t.length} 个字，最多 ${LIMITS.tag} 个字`,
    tooManyTags: (n: number) => `共 ${n} 个标签，最多 ${LIMITS.tags} 个`,
    bodyTooLong: (n: number) => `笔记有 ${n} 个字，最多 ${LIMITS.body} 个字`,
  },
  en: {
    add: 'Add a note', note: 'Note', save: 'Save', cancel: 'Cancel', edit: 'Edit', body: 'Note', colour: 'Colour', tags: 'Tags',
    tagsHint: 'separate with spaces or commas', saved: 'Saved', failed: 'Could not save', quote: 'Quote',
    colours: { yellow: 'yellow', green: 'green', blue: 'blue', pink: 'pink', purple: 'purple' },
    close: 'Close the note', recolour: 'Change to this colour', remove: 'Delete', confirmRemove: 'Delete this note?', keep: 'Keep',
    tagTooLong: (t: string) => `The tag "${t.slice(0, 12)}${t.length > 12 ? '…' : ''}" has ${t.length} characters; at most ${LIMITS.tag}`,
    tooManyTags: (n: number) => `${n} tags; at most ${LIMITS.tags}`,
    bodyTooLong: (n: number) => `The note has ${n} characters; at most ${LIMITS.body}`,
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

/** Tags as typed: split on spaces, commas, 、 and semicolons; repeats dropped. */
export function parseTags(s: string): string[] {
  return [...new Set(s.split(/[\s,，、;；]+/).map((t) => t.trim()).filter(Boolean))];
}

/** What stops a draft from being saved (the limits of lib/limits.ts), in the reader's language; null when it can be. */
export function draftProblem(lang: Lang, draft: Pick<NoteDraft, 'body' | 'tags'>): string | null {
  const w = W[lang];
  if (draft.body.length > LIMITS.body) return w.bodyTooLong(draft.body.length);
  const tags = parseTags(draft.tags);
  const long = tags.find((t) => t.length > LIMITS.tag);
  if (long) return w.tagTooLong(long);
  if (tags.length > LIMITS.tags) return w.tooManyTags(tags.length);
  return null;
}

export function renderAddButton(lang: Lang, at: { left: number; top: number }, add: () => void): TemplateResult {
  return html`<button type="button" class="add-note" ${cssomStyle({ left: `${at.left}px`, top: `${at.top}px` })}
    @mousedown=${(e: Event) => e.preventDefault()} @click=${() => add()}>✎ ${W[lang].add}</button>`;
}

export function renderNoteEditor(
  lang: Lang,
  draft: NoteDraft,
  actions: { change(patch: Partial<NoteDraft>): void; save(): void; cancel(): void },
): TemplateResult {
  const w = W[lang];
  const problem = draftProblem(lang, draft);
  return html`<form class="card note-editor kind-note" role="dialog" aria-label=${w.note}
    @submit=${(e: Event) => { e.preventDefault(); actions.save(); }}
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); actions.cancel(); } }}>
    <p class="quote" title=${w.quote}>${tidy(draft.quote).slice(0, 200)}</p>
    <label class="field">${w.body}
      <textarea rows="4" autofocus .value=${draft.body} @input=${(e: Event) => actions.change({ body: (e.target as HTMLTextAreaElement).value })}></textarea></label>
    <fieldset class="colours"><legend>${w.colour}</legend>
      ${NOTE_COLOURS.map((c) => html`<label class="swatch-choice" title=${w.colours[c]}>
        <input type="radio" name="colour" .checked=${draft.colour === c} @change=${() => actions.change({ colour: c })} />
        <span ${cssomStyle({ background: NOTE_COLOUR_CSS[c] })}>${w.colours[c]}</span></label>`)}
    </fieldset>
    <label class="field">${w.tags} <span class="muted small">${w.tagsHint}</span>
      <input type="text" .value=${draft.tags} @input=${(e: Event) => actions.change({ tags: (e.target as HTMLInputElement).value })} /></label>
    ${problem ? html`<p class="error problem" role="alert">${problem}</p>` : nothing}
    ${draft.error ? html`<p class="error" role="alert">${w.failed}${lang === 'zh' ? '：' : ': '}${draft.error}</p>` : nothing}
    <div class="actions"><button type="submit" class="primary" ?disabled=${!!problem}>${w.save}</button><button type="button" @click=${() => actions.cancel()}>${w.cancel}</button></div>
  </form>`;
}

export interface NoteCardActions {
  edit(): void;
  close(): void;
  recolour(colour: Colour): void;
  /** First press asks, the second (`confirmed`) deletes. */
  remove(confirmed: boolean): void;
}

export function renderNoteCard(lang: Lang, note: PageNote, state: { confirmingDelete: boolean; updated: string; error: string | null }, actions: NoteCardActions): TemplateResult {
  const w = W[lang];
  return html`<section class="card kind-note" role="dialog" aria-labelledby="gl-note-title" tabindex="-1"
    @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.stopPropagation(); actions.close(); } }}>
    <header>
      <span class="swatch" ${cssomStyle({ background: NOTE_COLOUR_CSS[note.colour] })}></span>
      <h2 id="gl-note-title"><span class="kind">${w.note}</span> <span class="text">${tidy(note.quote.exact).slice(0, 60)}</span></h2>
      <button type="button" class="close" aria-label=${w.close} title=${w.close} @click=${() => actions.close()}>×</button>
    </header>
    ${note.body ? html`<p class="note-body">${note.body}</p>` : nothing}
    ${note.tags.length ? html`<p class="tags">${note.tags.map((t) => html`<span class="tag">#${t}</span> `)}</p>` : nothing}
    <p class="muted small">${state.updated}</p>
    <div class="recolour" role="group" aria-label=${w.colour}>
      ${NOTE_COLOURS.map((c) => html`<button type="button" class="swatch-button" data-colour=${c} aria-pressed=${note.colour === c ? 'true' : 'false'}
        aria-label=${`${w.recolour}：${w.colours[c]}`} title=${w.colours[c]} ${cssomStyle({ background: NOTE_COLOUR_CSS[c] })}
        @click=${() => actions.recolour(c)}></button>`)}
    </div>
    ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
    <div class="actions">
      ${state.confirmingDelete
        ? html`<span class="confirm">${w.confirmRemove}</span>
            <button type="button" class="danger confirm-delete" @click=${() => actions.remove(true)}>${w.remove}</button>
            <button type="button" @click=${() => actions.remove(false)}>${w.keep}</button>`
        : html`<button type="button" class="edit" @click=${() => actions.edit()}>${w.edit}</button>
            <button type="button" class="delete" @click=${() => actions.remove(false)}>${w.remove}</button>`}
    </div>
  </section>`;
}
