/**
 * The options page (lit-html): reminder days, the reader's own government sites, highlight
 * colours, language and highlight engine. Each section saves on its own and says so; input
 * that is not acceptable is explained and nothing is saved until it is.
 */
import type { PdfOpenSetting } from '../../lib/pdf/intercept.ts';
import { html, nothing, type TemplateResult } from 'lit';
import { parseHostPattern } from '../../lib/detect/hosts.ts';
import { LEGEND } from '../../lib/highlight/styles.ts';
import { STRINGS, type Lang } from '../i18n.ts';
import { MAX_REMINDER_DAYS, type DaysProblem, type EngineSetting, type KindColours, type LanguageSetting } from './settings.ts';

const W = {
  zh: {
    title: '设置', library: '我的资料库',
    reminders: '到期提醒', remindersLead: '在期限到来前几天提醒你。填写天数，用逗号分隔，如 30, 7, 1；0 表示当天。留空则不提醒。',
    days: '提前天数', save: '保存', add: '添加', remove: '移除', reset: '恢复默认颜色',
    saved: '已保存', unsaved: '尚未保存', savedValue: (d: string) => (d ? `当前：提前 ${d} 天提醒` : '当前：不提醒'),
    daysProblem: (p: DaysProblem) =>
      p.problem === 'not-integer' ? `「${p.token}」不是整数：请只填写 0 到 ${MAX_REMINDER_DAYS} 之间的整数，用逗号分隔。`
      : p.problem === 'out-of-range' ? `「${p.token}」超出范围：天数须在 0 到 ${MAX_REMINDER_DAYS} 之间。`
      : `天数太多（${p.token} 个），最多 20 个。`,
    hosts: '我的政府网站', hostsLead: '公报阅读助手默认读取 *.gov.cn 网站。在这里添加其他政府网站，如 *.gov.hk（含所有子域名）或 www.example.org（仅此主机）。在弹出窗口中启用的网站也会列在这里。',
    hostPlaceholder: '*.gov.hk 或 www.example.org', newHost: '新网站',
    noHosts: '还没有添加网站。',
    hostInvalid: (h: string) => `「${h}」不是有效的主机名或模式：只填写主机名（如 www.example.org）或 *. 开头的域名（如 *.gov.hk），不要带 http://、端口或路径。`,
    hostDuplicate: (h: string) => `「${h}」已在列表中。`,
    hostEmpty: '请输入主机名。',
    listedInvalid: '无效，公报阅读助手会忽略它：请移除后重新添加。',
    permissionDenied: '已添加，但未获得访问该网站的权限：在该网站打开弹出窗口并点「在此网站启用」即可授权。',
    asking: (h: string) => `请在浏览器的提示中允许访问 ${h}。`,
    added: (h: string) => `已添加 ${h}：该网站的页面在打开或刷新时即会标注。`,
    removed: (h: string) => `已移除 ${h}，并撤销其访问权限。`,
    colours: '高亮颜色', coloursLead: '页面上三类标注的颜色。', sample: '示例',
    language: '界面语言', langAuto: '跟随浏览器', langZh: '中文', langEn: 'English',
    engine: '高亮方式', engineCss: 'CSS 高亮（推荐）', engineCssHint: 'CSS 高亮更快，不改动网页。',
    engineMark: 'mark.js', engineMarkHint: 'mark.js 兼容旧浏览器：在网页中插入 <mark> 元素。',
    engineNote: '更改将在下次打开页面时生效。',
    pdf: 'PDF 文件', pdfAuto: '在政府网站上自动用公报阅读助手打开', pdfAutoHint: '政府网站和「我的政府网站」中的 PDF 在阅读器中打开，标出期限、责任单位和文号；阅读器中的「打开原文件」可回到浏览器自带的查看器。',
    pdfAsk: '需要时再打开', pdfAskHint: 'PDF 照常用浏览器打开；在链接上点右键选「用公报阅读助手打开」。',
  },
  en: {
    title: 'Settings', library: 'My library',
    reminders: 'Reminders', remindersLead: 'Days before a deadline to remind you, separated by commas, e.g. 30, 7, 1; 0 means on the day. Leave empty for no reminders.',
    days: 'Days ahead', save: 'Save', add: 'Add', remove: 'Remove', reset: 'Reset colours',
    saved: 'Saved', unsaved: 'Not saved yet', savedValue: (d: string) => (d ? `Now: ${d} days ahead` : 'Now: no reminders'),
    daysProblem: (p: DaysProblem) =>
      p.problem === 'not-integer' ? `“${p.token}” is not a whole number: use whole numbers from 0 to ${MAX_REMINDER_DAYS}, separated by commas.`
      : p.problem === 'out-of-range' ? `“${p.token}” is out of range: days must be between 0 and ${MAX_REMINDER_DAYS}.`
      : `Too many days (${p.token}); at most 20.`,
    hosts: 'My government sites', hostsLead: 'Gazette Lens reads *.gov.cn sites. Add other government sites here, e.g. *.gov.hk (with every subdomain) or www.example.org (that host only). Sites turned on from the popup are listed here too.',
    hostPlaceholder: '*.gov.hk or www.example.org', newHost: 'New site',
    noHosts: 'No sites added yet.',
    hostInvalid: (h: string) => `“${h}” is not a valid host or pattern: write a host name (www.example.org) or a domain starting with *. (*.gov.hk), without http://, a port or a path.`,
    hostDuplicate: (h: string) => `“${h}” is already listed.`,
    hostEmpty: 'Type a host name.',
    listedInvalid: 'Invalid; Gazette Lens ignores it. Remove it and add it again.',
    permissionDenied: 'Added, but access to the site was not granted: open the popup on that site and choose “Turn on for this site”.',
    asking: (h: string) => `Allow access to ${h} in the browser’s prompt.`,
    added: (h: string) => `Added ${h}: its pages are annotated when opened or reloaded.`,
    removed: (h: string) => `Removed ${h} and its access permission.`,
    colours: 'Highlight colours', coloursLead: 'The colours of the three kinds of highlight on pages.', sample: 'Sample',
    language: 'Language', langAuto: 'Same as the browser', langZh: '中文', langEn: 'English',
    engine: 'Highlighting', engineCss: 'CSS highlights (recommended)', engineCssHint: 'CSS highlights are faster and leave the page unchanged.',
    engineMark: 'mark.js', engineMarkHint: 'mark.js works in older browsers: it inserts <mark> elements into the page.',
    engineNote: 'Changes apply the next time a page is opened.',
    pdf: 'PDF files', pdfAuto: 'Open them in Gazette Lens on government sites', pdfAutoHint: 'PDFs on government sites and on “My government sites” open in the reader with their deadlines, units and numbers marked; “Open the original file” there gives the browser’s own viewer back.',
    pdfAsk: 'Only when I ask', pdfAskHint: 'PDFs open in the browser as usual; right-click a link and choose “Open in Gazette Lens”.',
  },
};

export type SectionKey = 'reminders' | 'hosts' | 'colours' | 'language' | 'engine' | 'pdf';
export type SectionStatus = { kind: 'saved' | 'unsaved' | 'error'; text?: string } | null;

export interface OptionsState {
  lang: Lang;
  reminderText: string;
  reminderProblem: DaysProblem | null;
  reminderDays: number[];
  hosts: string[];
  hostInput: string;
  hostMessage: { kind: 'error' | 'warn' | 'ok'; text: string } | null;
  colours: KindColours;
  language: LanguageSetting;
  engine: EngineSetting;
  pdfOpen: PdfOpenSetting;
  status: Partial<Record<SectionKey, SectionStatus>>;
}

export interface OptionsActions {
  editDays(text: string): void;
  saveDays(): void;
  editHost(text: string): void;
  addHost(): void;
  removeHost(host: string): void;
  setColour(kind: keyof KindColours, colour: string, final: boolean): void;
  resetColours(): void;
  setLanguage(l: LanguageSetting): void;
  setEngine(e: EngineSetting): void;
  setPdfOpen(p: PdfOpenSetting): void;
  openLibrary(): void;
}

export type OptionsWords = (typeof W)['zh'];
export const OPTIONS_WORDS: Record<Lang, OptionsWords> = W;

function status(lang: Lang, s: SectionStatus | undefined, id: string): TemplateResult {
  const w = W[lang];
  const text = !s ? '' : s.text ?? (s.kind === 'saved' ? `✓ ${w.saved}` : s.kind === 'unsaved' ? w.unsaved : '');
  return html`<span class="status ${s?.kind ?? ''}" id=${id} role="status" aria-live="polite">${text}</span>`;
}

function reminders(state: OptionsState, a: OptionsActions): TemplateResult {
  const w = W[state.lang];
  return html`<section class="panel" id="reminders" aria-labelledby="reminders-h">
    <h2 id="reminders-h">${w.reminders}</h2>
    <p class="lead muted">${w.remindersLead}</p>
    <form class="row" novalidate @submit=${(e: Event) => { e.preventDefault(); a.saveDays(); }}>
      <label for="reminder-days">${w.days}</label>
      <input type="text" id="reminder-days" name="reminderDays" inputmode="numeric" .value=${state.reminderText}
        aria-invalid=${state.reminderProblem ? 'true' : 'false'} aria-describedby="reminder-problem reminder-status"
        @input=${(e: Event) => a.editDays((e.target as HTMLInputElement).value)} />
      <button type="submit" class="primary save-days" ?disabled=${!!state.reminderProblem}>${w.save}</button>
      ${status(state.lang, state.status.reminders, 'reminder-status')}
    </form>
    <p class="problem error" id="reminder-problem" role="alert">${state.reminderProblem ? w.daysProblem(state.reminderProblem) : ''}</p>
    <p class="muted small current-days">${w.savedValue(state.reminderDays.join(state.lang === 'zh' ? '、' : ', '))}</p>
  </section>`;
}

function hosts(state: OptionsState, a: OptionsActions): TemplateResult {
  const w = W[state.lang];
  return html`<section class="panel" id="hosts" aria-labelledby="hosts-h">
    <h2 id="hosts-h">${w.hosts} ${status(state.lang, state.status.hosts, 'hosts-status')}</h2>
    <p class="lead muted">${w.hostsLead}</p>
    ${state.hosts.length
      ? html`<ul class="hosts">${state.hosts.map((h) => {
          const ok = parseHostPattern(h) !== null;
          return html`<li class=${ok ? '' : 'invalid'}><code>${h}</code>
            ${ok ? nothing : html`<span class="error small">${w.listedInvalid}</span>`}
            <span class="spacer"></span>
            <button type="button" class="danger remove-host" aria-label=${`${w.remove} ${h}`} @click=${() => a.removeHost(h)}>${w.remove}</button></li>`;
        })}</ul>`
      : html`<p class="empty muted">${w.noHosts}</p>`}
    <form class="row" novalidate @submit=${(e: Event) => { e.preventDefault(); a.addHost(); }}>
      <label for="new-host">${w.newHost}</label>
      <input type="text" id="new-host" name="host" placeholder=${w.hostPlaceholder} .value=${state.hostInput} autocomplete="off" spellcheck="false"
        @input=${(e: Event) => a.editHost((e.target as HTMLInputElement).value)} />
      <button type="submit" class="add-host">${w.add}</button>
    </form>
    ${state.hostMessage ? html`<p class="host-message ${state.hostMessage.kind}" role=${state.hostMessage.kind === 'error' ? 'alert' : 'status'}>${state.hostMessage.text}</p>` : nothing}
  </section>`;
}

function colours(state: OptionsState, a: OptionsActions): TemplateResult {
  const w = W[state.lang];
  return html`<section class="panel" id="colours" aria-labelledby="colours-h">
    <h2 id="colours-h">${w.colours} ${status(state.lang, state.status.colours, 'colours-status')}</h2>
    <p class="lead muted">${w.coloursLead}</p>
    <div class="colour-grid">
      ${LEGEND.map((l) => {
        const c = state.colours[l.kind];
        return html`<label class="colour">
          <input type="color" name=${l.kind} .value=${c}
            @input=${(e: Event) => a.setColour(l.kind, (e.target as HTMLInputElement).value, false)}
            @change=${(e: Event) => a.setColour(l.kind, (e.target as HTMLInputElement).value, true)} />
          <span class="name">${state.lang === 'zh' ? l.zh : l.en}</span>
          <span class="sample" style=${`text-decoration-color:${c};background-color:color-mix(in srgb, ${c} 22%, transparent);text-decoration-style:${l.underline}`}>${SAMPLE[l.kind]}</span>
        </label>`;
      })}
    </div>
    <div class="actions"><button type="button" class="reset-colours" @click=${() => a.resetColours()}>${w.reset}</button></div>
  </section>`;
}

const SAMPLE: Record<keyof KindColours, string> = { docnum: '国办发〔2024〕12号', deadline: '2025年6月30日前', unit: '省卫生健康委' };

function radios<T extends string>(name: string, value: T, choices: Array<{ v: T; label: string; hint?: string }>, set: (v: T) => void): TemplateResult {
  return html`${choices.map((c) => html`<label class="choice">
    <input type="radio" name=${name} value=${c.v} .checked=${value === c.v} @change=${() => set(c.v)} />
    <span><span class="label">${c.label}</span>${c.hint ? html`<span class="hint muted small">${c.hint}</span>` : nothing}</span></label>`)}`;
}

export function renderOptions(state: OptionsState, a: OptionsActions): TemplateResult {
  const w = W[state.lang];
  return html`<div class="gl-root">
    <header class="top">
      <span class="logo" aria-hidden="true">公</span>
      <h1>${w.title}</h1><span class="app">${STRINGS[state.lang].app}</span>
      <span class="spacer"></span>
      <button type="button" class="open-library" @click=${() => a.openLibrary()}>${w.library}</button>
    </header>
    ${reminders(state, a)}
    ${hosts(state, a)}
    ${colours(state, a)}
    <section class="panel" id="language" aria-labelledby="language-h">
      <h2 id="language-h">${w.language} ${status(state.lang, state.status.language, 'language-status')}</h2>
      <div class="choices" role="radiogroup" aria-labelledby="language-h">
        ${radios<LanguageSetting>('language', state.language, [{ v: 'auto', label: w.langAuto }, { v: 'zh', label: w.langZh }, { v: 'en', label: w.langEn }], (v) => a.setLanguage(v))}
      </div>
    </section>
    <section class="panel" id="engine" aria-labelledby="engine-h">
      <h2 id="engine-h">${w.engine} ${status(state.lang, state.status.engine, 'engine-status')}</h2>
      <div class="choices stacked" role="radiogroup" aria-labelledby="engine-h">
        ${radios<EngineSetting>('highlightEngine', state.engine, [
          { v: 'css', label: w.engineCss, hint: w.engineCssHint },
          { v: 'mark', label: w.engineMark, hint: w.engineMarkHint },
        ], (v) => a.setEngine(v))}
      </div>
      <p class="muted small">${w.engineNote}</p>
    </section>
    <section class="panel" id="pdf" aria-labelledby="pdf-h">
      <h2 id="pdf-h">${w.pdf} ${status(state.lang, state.status.pdf, 'pdf-status')}</h2>
      <div class="choices stacked" role="radiogroup" aria-labelledby="pdf-h">
        ${radios<PdfOpenSetting>('pdfOpen', state.pdfOpen, [
          { v: 'auto', label: w.pdfAuto, hint: w.pdfAutoHint },
          { v: 'ask', label: w.pdfAsk, hint: w.pdfAskHint },
        ], (v) => a.setPdfOpen(v))}
      </div>
    </section>
  </div>`;
}
