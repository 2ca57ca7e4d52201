/// <reference types="mocha" />
// <gazette-lens-document> in a real browser (Chromium and Firefox): it reads the text it holds,
// paints it, opens cards, sends its events, speaks both languages, re-reads a changed text and
// shares a page with another of its kind.
import { expect } from 'chai';
import '../gazette-lens.ts';
import type { GazetteLensDocument } from './gazette-lens-document.ts';
import type { GlReadyDetail, GlSelectDetail, GlWatchDetail } from '../events.ts';

const NOTICE = `
  <h1>某区人民政府办公室关于印发《区医疗保障基金监管工作实施方案》的通知</h1>
  <p>某政办发〔2020〕12号</p>
  <p>各镇人民政府、街道办事处，区政府各部门、单位：</p>
  <p>现印发给你们，请认真贯彻执行。</p>
  <p>（一）健全监管制度。<b>2020年底前</b>，建立健全医疗保障基金监管制度体系（区医保局负责，区财政局参与）。</p>
  <p>（二）及时核查线索。收到举报线索后，应当在15个工作日内完成核查（区医保局牵头，区公安分局配合）。</p>
  <p>依据《医疗保障基金使用监督管理条例》（国务院令第735号）制定本方案。</p>
  <p>本方案自2020年11月1日起施行，有效期至2025年10月31日。</p>
  <p>某区人民政府办公室</p>
  <p>2020年10月20日</p>`;

const placed: HTMLElement[] = [];

/** Places an element with `inner` as its light DOM; resolves with it and its first gl-ready. */
async function mount(inner: string, attrs: Record<string, string> = {}): Promise<{ el: GazetteLensDocument; ready: GlReadyDetail }> {
  const el = document.createElement('gazette-lens-document');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  // The test's own fixed markup, standing in for a page's article.
  el.append(...new DOMParser().parseFromString(`<body>${inner}</body>`, 'text/html').body.childNodes);
  const ready = new Promise<GlReadyDetail>((resolve) => el.addEventListener('gl-ready', (e) => resolve(e.detail), { once: true }));
  document.body.append(el);
  placed.push(el);
  return { el, ready: await ready };
}

/** The ranges the element registered for a kind (its highlight names carry its own scope). */
function rangesOf(kind: string): AbstractRange[] {
  const out: AbstractRange[] = [];
  for (const [name, h] of CSS.highlights) if (name.startsWith(`gl-${kind}--`)) out.push(...(h as Highlight));
  return out;
}

/** Clicks the middle of a highlight whose text is `text` (a synthetic click at its first box). */
function clickHighlight(text: string): void {
  const range = [...rangesOf('deadline'), ...rangesOf('unit'), ...rangesOf('docnum')]
    .map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x; })
    .find((r) => r.toString().replace(/\s+/g, '') === text);
  if (!range) throw new Error(`no highlight reads ${text}`);
  range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
  const box = range.getClientRects()[0]!;
  range.startContainer.parentElement!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }));
}

async function until<T>(f: () => T | null | undefined | false, what: string, ms = 3000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = f();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const card = (el: GazetteLensDocument): HTMLElement | null => el.shadowRoot!.querySelector('.card');

afterEach(() => {
  for (const el of placed.splice(0)) el.remove();
});

describe('<gazette-lens-document>', () => {
  it('reads the text it holds: gl-ready gives the counts and the engine result, and the highlights are painted', async () => {
    const { el, ready } = await mount(NOTICE, { today: '2020-11-20' });
    expect(ready.counts.deadline).to.be.at.least(3);
    expect(ready.counts.unit).to.equal(4);
    expect(ready.counts.docnum).to.equal(2);
    expect(ready.documents).to.equal(1);
    expect(el.result?.documents[0]?.docnum).to.equal('某政办发〔2020〕12号');
    expect(el.result?.documents[0]?.expiryDate).to.equal('2025-10-31');
    expect(rangesOf('deadline').length).to.equal(ready.counts.deadline);
    expect(rangesOf('unit').map((r) => { const x = document.createRange(); x.setStart(r.startContainer, r.startOffset); x.setEnd(r.endContainer, r.endOffset); return x.toString(); })).to.include('区医保局');
    // The page's markup is untouched (the CSS engine paints without changing the DOM).
    expect(el.querySelector('b')!.textContent).to.equal('2020年底前');
  });

  it('a click on a deadline opens its card with the day and the days left, and tells the page (gl-select)', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20' });
    const selected = new Promise<GlSelectDetail>((r) => el.addEventListener('gl-select', (e) => r(e.detail), { once: true }));
    clickHighlight('2020年底前');
    const detail = await selected;
    expect(detail.kind).to.equal('deadline');
    expect(detail.text).to.equal('2020年底前');
    const c = await until(() => card(el), 'the card');
    expect(c.textContent).to.contain('2020-12-31');
    expect(c.textContent).to.contain('还剩 41 天');
  });

  it('takes a page\'s colours through --gl-color-<kind> (the card and the launcher follow)', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20' });
    el.style.setProperty('--gl-color-deadline', '#aa00aa');
    clickHighlight('2020年底前');
    const c = await until(() => card(el), 'the card');
    expect(getComputedStyle(c).borderTopColor).to.equal('rgb(170, 0, 170)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('.launcher .kind-deadline')!).color).to.equal('rgb(170, 0, 170)');
    // The highlight itself: its underline in the page's colour, its background mixed from it.
    const name = [...CSS.highlights.keys()].find((k) => k.startsWith('gl-deadline--'))!;
    const painted = el.querySelector('b')!; // <b>2020年底前</b>
    const style = getComputedStyle(painted, `::highlight(${name})`);
    expect(style.textDecorationColor).to.equal('rgb(170, 0, 170)');
    expect(style.backgroundColor).to.match(/0\.666667 0 0\.666667 \/ 0\.32|170, 0, 170, 0\.32/);
  });

  it('without a page colour, the highlights keep the legend\'s own colours', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20' });
    const name = [...CSS.highlights.keys()].find((k) => k.startsWith('gl-deadline--'))!;
    const style = getComputedStyle(el.querySelector('b')!, `::highlight(${name})`);
    expect(style.textDecorationColor).to.equal('rgb(183, 126, 0)'); // #B77E00
    expect(style.backgroundColor).to.match(/0\.901961 0\.623529 0 \/ 0\.32|230, 159, 0, 0\.32/); // rgba(230, 159, 0, 0.32)
  });

  it('a page that cancels gl-select keeps the card closed', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20' });
    el.addEventListener('gl-select', (e) => e.preventDefault());
    clickHighlight('2020年底前');
    await el.updateComplete; // a card, had it opened, would be rendered by now
    expect(card(el)).to.equal(null);
  });

  it('「关注此期限」 sends gl-watch with the due day and the document; the card then says it is watched', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20' });
    clickHighlight('2020年底前');
    const c = await until(() => card(el), 'the card');
    const watched = new Promise<GlWatchDetail>((r) => el.addEventListener('gl-watch', (e) => r(e.detail), { once: true }));
    const button = [...c.querySelectorAll('button')].find((b) => b.textContent === '关注此期限')!;
    button.click();
    const w = await watched;
    expect(w).to.include({ text: '2020年底前', due: '2020-12-31', docnum: '某政办发〔2020〕12号' });
    await until(() => [...card(el)!.querySelectorAll('button')].find((b) => b.textContent === '已关注'), '「已关注」');
  });

  it('speaks English with lang="en", and switches when the attribute changes', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20', lang: 'en' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.launcher')!.textContent).to.contain('Open outline');
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.launcher')!.textContent).to.contain('打开大纲');
  });

  it('the outline lists the document; an entry opens that highlight\'s card; Esc closes the card, then the outline', async () => {
    const { el } = await mount(NOTICE, { today: '2020-11-20' });
    (el.shadowRoot!.querySelector('.launcher') as HTMLButtonElement).click();
    const outline = await until(() => el.shadowRoot!.querySelector('.outline'), 'the outline');
    expect(outline.textContent).to.contain('区医疗保障基金监管工作实施方案');
    const entry = await until(() => [...outline.querySelectorAll('button')].find((b) => b.textContent!.includes('2020年底前')), 'a timeline entry');
    entry.click();
    await until(() => card(el), 'the card');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !card(el), 'the card to close');
    expect(el.shadowRoot!.querySelector('.outline')).to.not.equal(null);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await until(() => !el.shadowRoot!.querySelector('.outline'), 'the outline to close');
  });

  it('Alt+J steps through the highlights in reading order and announces where it is', async () => {
    const { el, ready } = await mount(NOTICE, { today: '2020-11-20' });
    const total = ready.counts.deadline + ready.counts.unit + ready.counts.docnum;
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true }));
    await until(() => card(el), 'the first card');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', code: 'KeyJ', altKey: true, bubbles: true }));
    await el.updateComplete;
    const live = el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    expect(live).to.match(new RegExp(`^2 / ${total} · `));
  });

  it('reads the text again when the page changes it', async () => {
    const { el, ready } = await mount(NOTICE, { today: '2020-11-20' });
    const again = new Promise<GlReadyDetail>((r) => el.addEventListener('gl-ready', (e) => r(e.detail), { once: true }));
    const p = document.createElement('p');
    p.textContent = '各镇街要于2021年3月底前报送总结（区医保局负责）。';
    el.querySelector('p:last-of-type')!.before(p);
    const next = await again;
    expect(next.counts.deadline).to.equal(ready.counts.deadline + 1);
    expect(next.counts.unit).to.equal(ready.counts.unit + 1);
  });

  it('two elements on one page keep their own highlights', async () => {
    const a = await mount(NOTICE, { today: '2020-11-20' });
    const b = await mount('<p>请于2021年6月30日前完成（市财政局负责）。</p>', { today: '2020-11-20' });
    expect(b.ready.counts.deadline).to.equal(1);
    expect(rangesOf('deadline').length).to.equal(a.ready.counts.deadline + 1);
    b.el.remove();
    expect(rangesOf('deadline').length).to.equal(a.ready.counts.deadline);
  });

  it('page text reaches the card as text, never as markup', async () => {
    // Text that reads like markup (escaped in the page: it is text there too) inside a task.
    const { el } = await mount('<p>各单位要在2021年6月30日前完成&lt;img src=x onerror="window.__glInjected=1"&gt;整改（区医保局负责）。</p>', { today: '2020-11-20' });
    clickHighlight('2021年6月30日前');
    const c = await until(() => card(el), 'the card');
    expect(c.textContent, c.textContent!).to.contain('<img src=x');
    expect(c.querySelector('img')).to.equal(null);
    expect((window as { __glInjected?: number }).__glInjected).to.equal(undefined);
  });
});
