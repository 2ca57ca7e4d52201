/// <reference types="mocha" />
// <gl-card>: data in by properties, actions out as gl- events (bubbling, composed).
import { expect } from 'chai';
import '../gazette-lens.ts';
import { extract } from '../../lib/extract/index.ts';
import { buildPageView } from '../../lib/view/page-view.ts';
import type { GlCard } from './gl-card.ts';

const TEXT = '某区人民政府办公室关于做好基金监管工作的通知\n某政办发〔2020〕12号\n各单位：\n2020年底前，建立制度（区医保局负责，区财政局参与）。\n2020年10月20日';

function card(kind: 'deadline' | 'unit' | 'docnum', lang: 'zh' | 'en' = 'zh'): GlCard {
  const view = buildPageView(TEXT, extract(TEXT, { today: '2020-11-20' }));
  const el = document.createElement('gl-card');
  el.view = view;
  el.item = view.items.find((i) => i.kind === kind)!;
  el.state = { lang, known: {}, host: 'www.example.gov.cn', watched: new Set(), copied: null, watchError: null };
  document.body.append(el);
  return el;
}

afterEach(() => document.querySelectorAll('gl-card').forEach((e) => e.remove()));

describe('<gl-card>', () => {
  it('shows a deadline with its day and days left; its close button sends gl-close', async () => {
    const el = card('deadline');
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.card')!.textContent).to.contain('2020-12-31').and.contain('还剩 41 天');
    let closed = 0;
    document.body.addEventListener('gl-close', () => closed++);
    (root.querySelector('.close') as HTMLButtonElement).click();
    expect(closed).to.equal(1);
  });

  it('sends gl-watch with the due day and the document, out of its shadow root', async () => {
    const el = card('deadline');
    await el.updateComplete;
    const got: unknown[] = [];
    document.addEventListener('gl-watch', (e) => got.push(e.detail), { once: true });
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '关注此期限')!.click();
    expect(got[0]).to.include({ text: '2020年底前', due: '2020-12-31', docnum: '某政办发〔2020〕12号' });
  });

  it('a number card offers to copy it (gl-copy) and to search for it (gl-open); in English', async () => {
    const el = card('docnum', 'en');
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    const copied: string[] = [];
    const opened: string[] = [];
    el.addEventListener('gl-copy', (e) => copied.push(e.detail.text));
    el.addEventListener('gl-open', (e) => opened.push(e.detail.url));
    buttons.find((b) => b.textContent === 'Copy number')!.click();
    buttons.find((b) => b.textContent === 'Search this site')!.click();
    expect(copied).to.deep.equal(['某政办发〔2020〕12号']);
    expect(opened[0]).to.contain(encodeURIComponent('site:www.example.gov.cn'));
  });

  it('in English the units of a deadline\'s task carry English roles', async () => {
    const el = card('deadline', 'en');
    await el.updateComplete;
    const text = el.shadowRoot!.querySelector('.card')!.textContent!;
    expect(text).to.contain('区财政局 (support)').and.contain('41 days left');
    expect(text).to.not.contain('（配合）');
  });

  it('renders nothing without an item', async () => {
    const el = document.createElement('gl-card');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.card')).to.equal(null);
  });
});
