/**
 * The popup's view (lit-html template): what a reader wants first — this page's documents and
 * their validity, the counts, the watches coming up — and, behind a disclosure, why the page
 * counts as a government page (the detection score and its reasons).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PageSummary, Watch } from '../../lib/platform/messages.ts';
import { daysBetween } from '../../lib/extract/dates.ts';
import { STRINGS, paren, statusLabel, type Lang } from '../i18n.ts';
import { KIND_ORDER } from '../../lib/kinds.ts';

export interface PopupState {
  lang: Lang;
  /** The reader paused Gazette Lens on this tab's host. */
  paused?: boolean;
  today: string;
  host: string | null;
  page: PageSummary | null;
  watches: Watch[];
  message: string | null;
}

const WORDS = {
  zh: {
    detected: '已识别为政府文件页面', notDetected: '此页面未识别为政府文件', notRead: '此页面尚未读取（非政府网站，或尚未启用）',
    score: '识别得分', reasons: '依据', enable: '在此网站启用', coming: '即将到期的关注', noWatches: '暂无关注的期限',
    documents: '本页文件', library: '我的资料库', settings: '设置', why: '为什么识别为政府页面',
    pause: '在此网站暂停', resume: '在此网站恢复', paused: '已在此网站暂停：本站页面不再标注。',
    asking: (host: string) => `请在浏览器的提示中允许访问 ${host}。`,
    enabled: (host: string) => `已在 ${host} 启用，本页正在读取。`,
    refused: (host: string) => `浏览器未授予访问 ${host} 的权限，公报阅读助手未在此网站启用。再点一次「在此网站启用」，并在浏览器的提示中选「允许」。`,
    failed: (detail: string) => `浏览器拒绝了权限请求（${detail}）。请直接点击「在此网站启用」重试。`,
  },
  en: {
    detected: 'Recognised as a government document page', notDetected: 'Not recognised as a government document', notRead: 'This page was not read (not a government site, or not turned on)',
    score: 'Score', reasons: 'Why', enable: 'Turn on for this site', coming: 'Coming up', noWatches: 'Nothing watched yet',
    documents: 'Documents on this page', library: 'My library', settings: 'Settings', why: 'Why this counts as a government page',
    pause: 'Pause on this site', resume: 'Resume on this site', paused: 'Paused on this site: its pages are not annotated.',
    asking: (host: string) => `Allow access to ${host} in the browser’s prompt.`,
    enabled: (host: string) => `Turned on for ${host}; this page is being read.`,
    refused: (host: string) => `The browser did not grant access to ${host}, so Gazette Lens is not on for this site. Choose “Turn on for this site” again and allow it in the browser’s prompt.`,
    failed: (detail: string) => `The browser refused the permission request (${detail}). Click “Turn on for this site” again.`,
  },
};

/** What the popup says at each step of 「在此网站启用」: asking the browser, on, refused, or the request failed. */
export function enableMessage(lang: Lang, step: 'asking' | 'enabled' | 'refused', host: string): string;
export function enableMessage(lang: Lang, step: 'failed', detail: string): string;
export function enableMessage(lang: Lang, step: 'asking' | 'enabled' | 'refused' | 'failed', arg: string): string {
  return WORDS[lang][step](arg);
}

export interface PopupActions {
  enableSite(): void;
  /** Opens the outline on the page of this tab. */
  openOutline(): void;
  /** Pauses Gazette Lens on this tab's host, or turns it back on. */
  setPaused(paused: boolean): void;
  /** Opens a watched deadline's page, scrolled to its words. */
  openWatch(watch: Watch): void;
  /** Opens 「我的资料库」 in a tab. */
  openLibrary(): void;
  /** Opens the options page. */
  openOptions(): void;
}

export function renderPopup(state: PopupState, actions: PopupActions): TemplateResult {
  const t = STRINGS[state.lang];
  const w = WORDS[state.lang];
  const page = state.page;
  const coming = [...state.watches]
    .map((item) => ({ item, days: daysBetween(state.today, item.due) }))
    .filter((x) => x.days >= -30)
    .sort((a, b) => a.days - b.days)
    .slice(0, 8);
  return html`
    <header><span class="logo">公</span><h1>${t.app}</h1></header>
    <section>
      ${page
        ? html`<p class="state ${page.detection.government ? 'yes' : 'no'}">${page.detection.government ? w.detected : w.notDetected}</p>
            ${page.counts
              ? html`<p class="counts">${KIND_ORDER.map((k) => html`<span class="kind-${k}">${t[k]} ${page.counts![k]}</span> `)}</p>`
              : nothing}
            ${state.paused
              ? html`<p class="paused">${w.paused}</p>
                  <p><button type="button" class="resume" @click=${() => actions.setPaused(false)}>${w.resume}</button></p>`
              : page.counts && page.detection.government
                ? html`<p class="row"><button type="button" class="open-outline" @click=${() => actions.openOutline()}>${t.openOutline}</button>
                    <button type="button" class="pause" @click=${() => actions.setPaused(true)}>${w.pause}</button></p>`
                : nothing}
            ${page.documents.length
              ? html`<h2>${w.documents}</h2><ul class="docs">${page.documents.map((d) => html`<li><span class="badge">${statusLabel(d.status, state.lang)}</span> ${d.docnum ?? ''} ${d.title ?? ''}</li>`)}</ul>`
              : nothing}`
        : html`<p class="muted">${w.notRead}</p>`}
      ${state.host && !page?.detection.government && !state.paused
        ? html`<button type="button" class="enable" @click=${() => actions.enableSite()}>${w.enable}${paren(state.lang, state.host)}</button>`
        : nothing}
      ${state.message ? html`<p class="message" role="status">${state.message}</p>` : nothing}
    </section>
    <section>
      <h2>${w.coming}</h2>
      ${coming.length
        ? html`<ul class="watches">${coming.map(({ item, days }) => html`<li><button type="button" class="link watch" title=${item.url} @click=${() => actions.openWatch(item)}><span class="days ${days < 0 ? 'over' : days <= 7 ? 'soon' : ''}">${t.daysLeft(days)}</span> <span>${item.text}</span> <span class="muted">${item.title ?? ''}</span></button></li>`)}</ul>`
        : html`<p class="muted">${w.noWatches}</p>`}
    </section>
    ${page
      ? html`<details class="why">
          <summary>${w.why}</summary>
          <p class="muted">${w.score}: ${page.detection.score.toFixed(1)}</p>
          ${page.detection.reasons.length
            ? html`<ul class="reasons">${page.detection.reasons.map((r) => html`<li><span class="pts">+${r.score}</span> ${state.lang === 'zh' ? r.zh : r.en}</li>`)}</ul>`
            : nothing}
        </details>`
      : nothing}
    <section class="links">
      <button type="button" class="open-library" @click=${() => actions.openLibrary()}>${w.library}</button>
      <a href="#" class="open-options" @click=${(e: Event) => { e.preventDefault(); actions.openOptions(); }}>${w.settings}</a>
    </section>
  `;
}
