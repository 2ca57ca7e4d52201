/** The 关注 section (lit-html): watched dates by due date, days left against today, a link to the page. */
import { html, nothing, type TemplateResult } from 'lit';
import { daysBetween } from '../../lib/extract/dates.ts';
import type { WatchRecord } from '../../lib/library/types.ts';
import type { Lang } from '../i18n.ts';
import { LIBRARY_WORDS } from './strings.ts';
import { urlLink } from './documents.ts';
import { moreButton, type LibraryActions } from './view-model.ts';

function watchItem(lang: Lang, today: string, x: WatchRecord, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[lang];
  const days = daysBetween(today, x.due);
  const cls = days < 0 ? 'over' : days <= 7 ? 'soon' : 'ok';
  const source = [x.docnum, x.title].filter(Boolean).join(' ');
  return html`<li class="item watch" data-watch-id=${x.id}>
    <div class="when"><span class="date">${x.due}</span><span class="days ${cls}">${w.daysLeft(days)}</span></div>
    <div class="what">
      <div><span class="kind ${x.kind}">${x.kind === 'expiry' ? w.kindExpiry : w.kindDeadline}</span><span class="text">${x.text}</span></div>
      ${source ? html`<div class="src">${source}</div>` : nothing}
      <div class="src">${urlLink(x.url, w.openPage)}</div>
    </div>
    <div><button type="button" class="danger delete" aria-label=${`${w.delete}${w.colon}${x.text}`} @click=${() => a.deleteWatch(x.id)}>${w.delete}</button></div>
  </li>`;
}

export function renderWatches(lang: Lang, today: string, watches: WatchRecord[], total: number, limit: number, a: LibraryActions): TemplateResult {
  const w = LIBRARY_WORDS[lang];
  const sorted = [...watches].sort((p, q) => p.due.localeCompare(q.due) || p.text.localeCompare(q.text));
  return html`<section class="panel" id="watches" aria-labelledby="watches-h">
    <h2 id="watches-h">${w.watches} <span class="count">${w.shownOf(watches.length, total)}</span></h2>
    ${sorted.length
      ? html`<ul class="items">${sorted.slice(0, limit).map((x) => watchItem(lang, today, x, a))}</ul>${moreButton(w.more, sorted.length - limit, 'watches', a)}`
      : html`<p class="empty">${total ? w.noMatch : w.emptyWatches}</p>`}
  </section>`;
}
