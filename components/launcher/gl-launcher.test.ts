/// <reference types="mocha" />
// <gl-launcher>: counts in, gl-toggle out.
import { expect } from 'chai';
import '../gazette-lens.ts';

describe('<gl-launcher>', () => {
  it('shows the counts and asks to open, then to close, the outline', async () => {
    const el = document.createElement('gl-launcher');
    el.counts = { docnum: 3, deadline: 5, unit: 8 };
    document.body.append(el);
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.replace(/\s+/g, ' ')).to.contain('期限 5').and.contain('责任单位 8').and.contain('文号 3');
    const asked: boolean[] = [];
    el.addEventListener('gl-toggle', (e) => { asked.push(e.detail.open); el.open = e.detail.open; });
    button.click();
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    expect(asked).to.deep.equal([true, false]);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    el.remove();
  });
});
