/**
 * The card that explains one highlight (lit-html template: it renders into a content
 * script's shadow root, where custom elements cannot be defined, and inside <gl-card>).
 * Data comes in as arguments, actions go out through `actions`; all page text is bound as
 * text, never as HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ItemView, PageView } from '../../lib/view/page-view.ts';
import { ROLE_LABEL, TYPE_LABEL, tasksOfUnit } from '../../lib/view/page-view.ts';
import type { KnownDocument } from '../../lib/platform/messages.ts';
import { STRINGS, colon, dueLabel, statusLabel, statusReasonText, type Lang } from '../i18n.ts';

export interface CardActions {
  close(): void;
  select(id: string): void;
  watch(item: ItemView): void;
  copy(text: string): void;
  open(url: string): void;
}

export interface CardState {
  lang: Lang;
  /** Documents the reader already has, by canonical number. */
  known: Record<string, KnownDocument>;
  /** The site's host, for "search this site"; empty: no such search (a local file). */
  host: string;
  /** Ids whose deadline is watched / whose number was just copied. */
  watched: ReadonlySet<string>;
  copied: string | null;
  watchError: string | null;
}

export function siteSearchUrl(host: string, query: string): string {
  return `https://www.baidu.com/s?wd=${encodeURIComponent(`site:${host} "${query}"`)}`;
}

export function libraryUrl(query: string): string {
  return `https://sousuo.www.gov.cn/zcwjk/policyDocumentLibrary?q=${encodeURIComponent(query)}&t=zhengcelibrary`;
}

/** Watching is offered for what lies ahead (a date today or later); a watched one says so. */
function deadlineBody(item: ItemView, state: CardState, a: CardActions): TemplateResult {
  const t = STRINGS[state.lang];
  const ann = item.annotation.kind === 'deadline' ? item.annotation : null;
  if (!ann) return html``;
  const watched = state.watched.has(item.id);
  // Red for what is overdue and still matters (watched); a date long past is shown calmly.
  const daysClass = item.daysLeft === null ? '' : ann.type === 'effective' ? 'ok' : item.daysLeft < 0 ? (watched ? 'overdue' : 'past') : item.daysLeft <= 7 ? 'soon' : 'ok';
  return html`
    <p class="type">${TYPE_LABEL[ann.type][state.lang]}</p>
    ${item.task && item.task !== item.text ? html`<p class="quote">${item.task}</p>` : nothing}
    ${item.unitsIn(state.lang) ? html`<p class="small units">${item.unitsIn(state.lang)}</p>` : nothing}
    ${item.due
      ? html`<p class="date"><span class="iso">${item.due}</span>${item.dueResolved ? html` <span class="tag" title=${ann.resolvedFrom ?? ''}>${t.resolved}</span>` : nothing}</p>
          <p class="days ${daysClass}" part="days">${dueLabel(t, ann.type, item.daysLeft ?? 0)}</p>`
      : html`<p class="muted">${t.undated}</p>`}
    ${ann.resolvedFrom && item.dueResolved ? html`<p class="muted small">${ann.resolvedFrom}</p>` : nothing}
    ${watched || (item.due && (item.daysLeft ?? -1) >= 0)
      ? html`<div class="actions">
          <button type="button" ?disabled=${watched} @click=${() => a.watch(item)}>${watched ? t.watched : t.watch}</button>
        </div>`
      : nothing}
    ${state.watchError ? html`<p class="error" role="alert">${t.watchFailed}: ${state.watchError}</p>` : nothing}
  `;
}

function unitBody(item: ItemView, view: PageView, state: CardState, a: CardActions): TemplateResult {
  const t = STRINGS[state.lang];
  if (item.annotation.kind !== 'unit') return html``;
  const tasks = tasksOfUnit(view, item);
  return html`
    <p class="type">${t.role}${colon(state.lang)}${ROLE_LABEL[item.annotation.role][state.lang]}</p>
    ${item.task ? html`<p class="quote">${item.task}</p>` : nothing}
    <p class="subhead">${t.tasks(tasks.length)}</p>
    <ol class="tasks">
      ${tasks.map(
        (other) => html`<li>
          <button type="button" class="link ${other.id === item.id ? 'current' : ''}" @click=${() => a.select(other.id)}>
            <span class="role role-${other.annotation.kind === 'unit' ? other.annotation.role : ''}">${other.annotation.kind === 'unit' ? ROLE_LABEL[other.annotation.role][state.lang] : ''}</span>
            ${other.task ?? other.text}
          </button>
        </li>`,
      )}
    </ol>
  `;
}

/**
 * A number's card: the page's own document (its title and validity, nothing to open: it is
 * here), a document read before (open it), or one not read yet; then search and copy.
 */
function docnumBody(item: ItemView, view: PageView, state: CardState, a: CardActions): TemplateResult {
  const t = STRINGS[state.lang];
  if (item.annotation.kind !== 'docnum') return html``;
  const canonical = item.annotation.canonical;
  const own = view.documents.find((d) => d.facts?.docnum === canonical)?.facts ?? null;
  const known = state.known[canonical];
  return html`
    <p class="type">${t.canonical}</p>
    <p class="canonical">${canonical}</p>
    ${own
      ? html`<p class="known">${t.onThisPage}${own.title ? html`${colon(state.lang)}${own.title}` : nothing}</p>
          <p class="small"><span class="tag">${statusLabel(own.status, state.lang)}</span> <span class="muted">${statusReasonText(own, view.today, state.lang)}</span></p>`
      : known
        ? html`<p class="known">${t.known}${known.title ? html`${colon(state.lang)}${known.title}` : nothing}</p>
            <div class="actions"><button type="button" @click=${() => a.open(known.url)}>${t.open}</button></div>`
        : html`<p class="muted">${t.unknown}</p>`}
    <div class="actions">
      ${state.host ? html`<button type="button" @click=${() => a.open(siteSearchUrl(state.host, canonical))}>${t.searchSite}</button>` : nothing}
      <button type="button" @click=${() => a.open(libraryUrl(canonical))}>${t.searchLibrary}</button>
      <button type="button" @click=${() => a.copy(canonical)}>${state.copied === canonical ? t.copied : t.copy}</button>
    </div>
  `;
}

/** The card for `item`; `labelId` ties the dialog to its heading for screen readers. */
export function renderCard(item: ItemView, view: PageView, state: CardState, a: CardActions): TemplateResult {
  const t = STRINGS[state.lang];
  const heading = item.kind === 'docnum' ? t.docnum : item.kind === 'deadline' ? t.deadline : t.unit;
  return html`
    <section class="card kind-${item.kind}" part="card" role="dialog" aria-labelledby="gl-card-title" tabindex="-1">
      <header>
        <span class="swatch"></span>
        <h2 id="gl-card-title"><span class="kind">${heading}</span> <span class="text">${item.text}</span></h2>
        <button type="button" class="close" aria-label=${t.close} @click=${() => a.close()}>×</button>
      </header>
      ${item.kind === 'deadline' ? deadlineBody(item, state, a) : item.kind === 'unit' ? unitBody(item, view, state, a) : docnumBody(item, view, state, a)}
    </section>
  `;
}
