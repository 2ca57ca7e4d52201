/// <reference types="mocha" />
// <gl-popup>: the popup's state in, the reader's requests out as gl- events.
import { expect } from 'chai';
import { GlPopup } from './gl-popup.ts';

if (!customElements.get('gl-popup')) customElements.define('gl-popup', GlPopup);

describe('<gl-popup>', () => {
  it('on a page it did not read it says so, offers the site switch, and sends the requests', async () => {
    const el = document.createElement('gl-popup');
    el.state = { lang: 'zh', today: '2026-12-03', host: 'blog.example.com', page: null, watches: [{ id: 'w1', kind: 'deadline', text: '2026年12月31日前', due: '2026-12-31', docnum: null, title: '某通知', url: 'https://www.example.gov.cn/a.html', created: '2026-12-01T08:00:00+08:00', reminded: [] }], message: null };
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('.gl-root') as HTMLElement;
    expect(root.innerText).to.contain('此页面尚未读取');
    expect(root.innerText).to.contain('还剩 28 天');
    const asked: string[] = [];
    for (const type of ['gl-enable-site', 'gl-open-library', 'gl-open-options'] as const) el.addEventListener(type, () => asked.push(type));
    [...root.querySelectorAll('button')].find((b) => b.textContent!.startsWith('在此网站启用'))!.click();
    (root.querySelector('.open-library') as HTMLButtonElement).click();
    (root.querySelector('.open-options') as HTMLAnchorElement).click();
    expect(asked).to.deep.equal(['gl-enable-site', 'gl-open-library', 'gl-open-options']);
    el.remove();
  });
});
