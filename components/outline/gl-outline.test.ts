/// <reference types="mocha" />
// <gl-outline>: the documents of a page from a view; its entries and toggles as gl- events.
import { expect } from 'chai';
import '../gazette-lens.ts';
import { extract } from '../../lib/extract/index.ts';
import { buildPageView } from '../../lib/view/page-view.ts';
import { defaultOutlineState } from './gl-outline.ts';

const TEXT = '某区人民政府办公室关于做好基金监管工作的通知\n某政办发〔2020〕12号\n各单位：\n2020年底前，建立制度（区医保局负责，区财政局参与）。\n2020年10月20日';

describe('<gl-outline>', () => {
  it('lists the document and its deadline; choosing the entry sends gl-select, a kind toggle gl-toggle-kind', async () => {
    const view = buildPageView(TEXT, extract(TEXT, { today: '2020-11-20' }));
    const el = document.createElement('gl-outline');
    el.view = view;
    el.state = { ...defaultOutlineState, counts: { docnum: 1, deadline: 1, unit: 2 } };
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.outline')!.textContent).to.contain('关于做好基金监管工作的通知');
    const selected: string[] = [];
    el.addEventListener('gl-select', (e) => selected.push(e.detail.id));
    [...root.querySelectorAll('button')].find((b) => b.textContent!.includes('2020年底前'))!.click();
    expect(selected).to.deep.equal([view.items.find((i) => i.kind === 'deadline')!.id]);
    const toggles: Array<{ kind: string; visible: boolean }> = [];
    el.addEventListener('gl-toggle-kind', (e) => toggles.push(e.detail));
    const box = root.querySelector('.legend .kind-unit input') as HTMLInputElement;
    box.click();
    expect(toggles).to.deep.equal([{ kind: 'unit', visible: false }]);
    el.remove();
  });
});
