/**
 * The outline drawer: per document its facts and validity badge, a timeline of deadlines,
 * a units index with a "my unit" filter, and the citations. Clicking an entry selects that
 * highlight (the page scrolls to it and flashes it). lit-html template, as card.ts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { DocumentView, ItemView, PageView } from '../../lib/view/page-view.ts';
import { ROLE_LABEL, TYPE_LABEL } from '../../lib/view/page-view.ts';
import type { AnnotationKind } from '../../lib/schema.ts';
import type { KnownDocument, PageNote } from '../../lib/platform/messages.ts';
import { NOTE_COLOUR_CSS } from '../../lib/highlight/note-overlay.ts';
import { tidy } from '../../lib/view/tidy.ts';
import { longPast } from '../../lib/view/long-past.ts';
import { STRINGS, dueLabel, statusLabel, statusReasonText, type Lang } from '../i18n.ts';
import { KIND_ORDER } from '../../lib/kinds.ts';

export interface OutlineActions {
  close(): void;
  select(id: string): void;
  toggleKind(kind: AnnotationKind, visible: boolean): void;
  filterUnits(query: string): void;
  /** A unit's entry opened or closed (its tasks are listed only while it is open). */
  toggleUnit(key: string, open: boolean): void;
  selectNote(id: string): void;
  /** A note that could not be placed: copy its words; delete it (the first press asks). */
  copyOrphan(id: string): void;
  deleteOrphan(id: string): void;
  /** Attach a note that could not be placed to the words selected on the page (where the page has notes). */
  reattachOrphan?(id: string): void;
}

export interface OutlineNotes {
  anchored: PageNote[];
  /** Notes whose words could not be found again with confidence: never placed on a guess. */
  orphans: Array<{ note: PageNote; reason: string }>;
  /** What to say by one orphan: its words copied, its delete to confirm, an error. */
  orphanState?: { id: string; kind: 'copied' | 'confirming' } | { id: string; kind: 'error' | 'hint'; text: string } | null;
}

export interface OutlineState {
  lang: Lang;
  visible: Record<AnnotationKind, boolean>;
  unitFilter: string;
  known: Record<string, KnownDocument>;
  counts: Record<AnnotationKind, number>;
  /** Open unit entries, as `document:name`. */
  openUnits: ReadonlySet<string>;
  notes: OutlineNotes;
}

const KINDS: readonly AnnotationKind[] = KIND_ORDER;

function statusClass(status: string): string {
  return { 尚未生效: 'pending', 现行有效: 'valid', 即将到期: 'soon', 已失效: 'expired' }[status] ?? 'unknown';
}

/**
 * A timeline entry's type and days: 「完成时限 · 还剩 30 天」; a start says it once (「今天施行」,
 * not 「施行 · 今天施行」); an old gazette's entries (`calm`) give the type only.
 */
function meta(it: ItemView, calm: boolean, lang: Lang): string {
  if (it.annotation.kind !== 'deadline') return '';
  const type = TYPE_LABEL[it.annotation.type][lang];
  if (it.daysLeft === null || calm) return type;
  const days = dueLabel(STRINGS[lang], it.annotation.type, it.daysLeft);
  return it.annotation.type === 'effective' ? days : `${type} · ${days}`;
}

function entry(item: ItemView, a: OutlineActions, body: TemplateResult): TemplateResult {
  return html`<li><button type="button" class="entry" data-id=${item.id} @click=${() => a.select(item.id)}>${body}</button></li>`;
}

function documentSection(doc: DocumentView, view: PageView, state: OutlineState, a: OutlineActions): TemplateResult {
  const t = STRINGS[state.lang];
  const f = doc.facts;
  const filter = state.unitFilter.trim();
  // An old gazette: its limits all long past are said once, and shown calmly.
  const past = longPast(doc.timeline);
  const units = filter ? doc.units.filter((u) => u.name.includes(filter)) : doc.units;
  return html`
    <section class="doc" aria-label=${f?.title ?? t.wholePage}>
      ${f
        ? html`<h3>${f.title ?? (doc.index !== null ? t.document(doc.index) : t.wholePage)}</h3>
            <p class="badge-line"><span class="badge ${statusClass(f.status)}">${statusLabel(f.status, state.lang)}</span> <span class="muted small">${statusReasonText(f, view.today, state.lang)}</span></p>
            <dl class="facts">
              ${f.docnum ? html`<dt>${t.number}</dt><dd>${f.docnum}</dd>` : nothing}
              ${f.issuer ? html`<dt>${t.issuer}</dt><dd>${f.issuer}</dd>` : nothing}
              ${f.signedDate ? html`<dt>${t.signed}</dt><dd>${f.signedDate}</dd>` : nothing}
              ${f.effectiveDate ? html`<dt>${t.effective}</dt><dd>${f.effectiveDate}</dd>` : nothing}
              ${f.expiryDate ? html`<dt>${t.expiry}</dt><dd>${f.expiryDate}</dd>` : nothing}
            </dl>`
        : html`<h3>${t.wholePage}</h3>`}
      ${state.visible.deadline
        ? html`<h4>${t.timeline} <span class="count">${doc.timeline.length}</span></h4>
            ${past ? html`<p class="all-past">${t.allPast(past.count, past.last)}</p>` : nothing}
            ${doc.timeline.length
              ? html`<ol class="timeline ${past ? 'calm' : ''}">${doc.timeline.map((it) =>
                  entry(it, a, html`<span class="when ${it.daysLeft !== null && it.daysLeft < 0 && it.annotation.kind === 'deadline' && it.annotation.type !== 'effective' ? 'past' : ''}">${it.due ?? '—'}</span>
                    <span class="what">${it.text}</span>
                    ${it.task && it.task !== it.text ? html`<span class="task">${it.task}</span>` : nothing}
                    ${it.unitsIn(state.lang) ? html`<span class="task-units">${it.unitsIn(state.lang)}</span>` : nothing}
                    <span class="meta">${meta(it, past !== null, state.lang)}</span>`),
                )}</ol>`
              : html`<p class="muted">${t.none}</p>`}`
        : nothing}
      ${state.visible.unit
        ? html`<h4>${t.units} <span class="count">${doc.units.length}</span></h4>
            ${units.length
              ? html`<ul class="units">${units.map(
                  (u) => {
                    const key = `${doc.index ?? 'page'}:${u.name}`;
                    const open = state.openUnits.has(key);
                    return html`<li class="unit">
                    <details ?open=${open} @toggle=${(e: Event) => a.toggleUnit(key, (e.target as HTMLDetailsElement).open)}>
                      <summary><span class="name">${u.name}</span> <span class="roles">${u.roles.map((r) => html`<span class="role role-${r}">${ROLE_LABEL[r][state.lang]}</span>`)}</span> <span class="count">${u.items.length}</span></summary>
                      ${open ? html`<ol>${u.items.map((it) => entry(it, a, html`${it.annotation.kind === 'unit' ? html`<span class="role role-${it.annotation.role}">${ROLE_LABEL[it.annotation.role][state.lang]}</span>` : nothing} ${it.task ?? it.text}`))}</ol>` : nothing}
                    </details>
                  </li>`;
                  },
                )}</ul>`
              : html`<p class="muted">${t.none}</p>`}`
        : nothing}
      ${state.visible.docnum
        ? html`<h4>${t.citations} <span class="count">${doc.citations.length}</span></h4>
            ${doc.citations.length
              ? html`<ul class="citations">${doc.citations.map((c) =>
                  entry(c.items[0]!, a, html`<span class="what">${c.canonical}</span> <span class="meta">${t.times(c.items.length)}${state.known[c.canonical] ? ` · ${t.known}` : ''}</span>`),
                )}</ul>`
              : html`<p class="muted">${t.none}</p>`}`
        : nothing}
    </section>
  `;
}

function notesSection(state: OutlineState, a: OutlineActions): TemplateResult | typeof nothing {
  const { anchored, orphans } = state.notes;
  if (!anchored.length && !orphans.length) return nothing;
  const zh = state.lang === 'zh';
  return html`<section class="doc notes" aria-label=${zh ? '我的笔记' : 'My notes'}>
    <h4>${zh ? '我的笔记' : 'My notes'} <span class="count">${anchored.length}</span></h4>
    <ul>${anchored.map((n) => html`<li><button type="button" class="entry note-entry" data-note=${n.id} @click=${() => a.selectNote(n.id)}>
      <span class="dot" style=${`background:${NOTE_COLOUR_CSS[n.colour]}`}></span> <span class="what">${n.body || tidy(n.quote.exact).slice(0, 40)}</span>
      <span class="meta">“${tidy(n.quote.exact).slice(0, 30)}”${n.tags.length ? ` · ${n.tags.map((t) => `#${t}`).join(' ')}` : ''}</span></button></li>`)}</ul>
    ${orphans.length
      ? html`<h4 class="orphans-title">${zh ? '未能定位的笔记' : 'Notes that could not be placed'} <span class="count">${orphans.length}</span></h4>
          <ul class="orphans">${orphans.map(({ note, reason }) => {
            const s = state.notes.orphanState?.id === note.id ? state.notes.orphanState : null;
            return html`<li class="orphan" data-note=${note.id}><span class="what">${note.body || (zh ? '（无内容）' : '(empty)')}</span>
            <span class="meta">“${tidy(note.quote.exact).slice(0, 40)}” · ${reason}</span>
            <span class="orphan-actions">
              ${a.reattachOrphan
                ? html`<button type="button" class="reattach-orphan" @click=${() => a.reattachOrphan!(note.id)}>${zh ? '附到所选文字' : 'Attach to the selection'}</button>`
                : nothing}
              <button type="button" class="copy-orphan" @click=${() => a.copyOrphan(note.id)}>${s?.kind === 'copied' ? (zh ? '已复制原文' : 'Words copied') : zh ? '复制原文' : 'Copy the words'}</button>
              <button type="button" class="delete-orphan danger" @click=${() => a.deleteOrphan(note.id)}>${s?.kind === 'confirming' ? (zh ? '确认删除？' : 'Delete it?') : zh ? '删除' : 'Delete'}</button>
            </span>
            ${s?.kind === 'error' ? html`<span class="error" role="alert">${s.text}</span>` : nothing}
            ${s?.kind === 'hint' ? html`<span class="hint" role="status">${s.text}</span>` : nothing}</li>`;
          })}</ul>`
      : nothing}
  </section>`;
}

export function renderOutline(view: PageView, state: OutlineState, a: OutlineActions): TemplateResult {
  const t = STRINGS[state.lang];
  return html`
    <aside class="outline" part="outline" role="complementary" aria-label=${t.outline}>
      <header>
        <h2>${t.app} · ${t.outline}</h2>
        <button type="button" class="close" aria-label=${t.close} @click=${() => a.close()}>×</button>
      </header>
      <div class="legend" role="group" aria-label=${t.legend}>
        ${KINDS.map(
          (k) => html`<label class="kind-${k}"><input type="checkbox" .checked=${state.visible[k]}
            @change=${(e: Event) => a.toggleKind(k, (e.target as HTMLInputElement).checked)} />
            <span class="swatch"></span>${t[k]} <span class="count">${state.counts[k]}</span></label>`,
        )}
      </div>
      ${state.visible.unit
        ? html`<label class="filter">${t.myUnit}
            <input type="search" .value=${state.unitFilter} placeholder=${t.myUnitPlaceholder}
              @input=${(e: Event) => a.filterUnits((e.target as HTMLInputElement).value)} /></label>`
        : nothing}
      <p class="hint muted small">${t.keyboardHint}</p>
      <div class="docs">
        ${notesSection(state, a)}
        ${view.documents.map((d) => documentSection(d, view, state, a))}
      </div>
    </aside>
  `;
}
