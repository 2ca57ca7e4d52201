/// <reference types="mocha" />
// <gl-options>: the settings page's state in the element; what only the extension can do through
// its port (here a fake that records what it was asked).
import { expect } from 'chai';
import { GlOptions, type OptionsPort } from './gl-options.ts';
import { DEFAULT_SETTINGS, applyPatch, type Settings, type SettingsPatch } from '../../lib/settings/schema.ts';

if (!customElements.get('gl-options')) customElements.define('gl-options', GlOptions);

function fakePort(answer: () => Promise<boolean> = async () => false) {
  let settings: Settings = DEFAULT_SETTINGS;
  const asked: string[][] = [];
  const saved: SettingsPatch[] = [];
  const port: OptionsPort = {
    async save(patch) { saved.push(patch); return (settings = applyPatch(settings, patch)); },
    requestPermission(origins) { asked.push(origins); return answer(); },
    async removePermission() {},
    async enableSite() {},
    openLibrary() {},
    langOf: (s) => (s === 'en' ? 'en' : 'zh'),
  };
  return { port, asked, saved };
}

/** A settings page with the defaults and a fake port, on the test page. */
async function mount(answer?: () => Promise<boolean>) {
  const fake = fakePort(answer);
  const el = document.createElement('gl-options');
  el.port = fake.port;
  el.settings = DEFAULT_SETTINGS;
  document.body.append(el);
  await el.updateComplete;
  return { el, ...fake };
}

async function until<T>(f: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 150; i++) {
    const v = f();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('<gl-options>', () => {
  it('refuses reminder days it cannot read, and stores the ones it can', async () => {
    const { el, saved } = await mount();
    const input = el.querySelector('#reminder-days') as HTMLInputElement;
    input.value = '30, 七';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.querySelector('#reminder-problem')!.textContent).to.not.equal('');
    input.value = '30, 7, 1';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    (el.querySelector('.save-days') as HTMLButtonElement).click();
    await until(() => saved.length === 1, 'the save');
    expect(saved[0]).to.deep.equal({ reminderDays: [30, 7, 1] });
    await until(() => el.querySelector('#reminder-status')?.textContent, 'the saved status');
    el.remove();
  });

  it('PDFs: open by themselves on government sites by default, or only when asked; the choice is stored and said', async () => {
    const { el, saved } = await mount();
    const auto = el.querySelector('input[name=pdfOpen][value=auto]') as HTMLInputElement;
    const ask = el.querySelector('input[name=pdfOpen][value=ask]') as HTMLInputElement;
    expect(auto.checked).to.equal(true);
    expect(el.querySelector('#pdf')!.textContent).to.match(/用公报阅读助手打开/);
    ask.click();
    await until(() => saved.length === 1, 'the save');
    expect(saved[0]).to.deep.equal({ pdfOpen: 'ask' });
    await until(() => /已保存/.test(el.querySelector('#pdf-status')?.textContent ?? ''), 'the saved status');
    el.remove();
  });

  it('adding a site asks the browser for its permission and says so when refused', async () => {
    const { el, asked, saved } = await mount();
    const input = el.querySelector('#new-host') as HTMLInputElement;
    input.value = '*.gov.hk';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    (el.querySelector('.add-host') as HTMLButtonElement).click();
    await until(() => saved.some((p) => p.userHosts), 'the site saved');
    expect(asked).to.deep.equal([['*://*.gov.hk/*']]);
    await until(() => /\*\.gov\.hk/.test(el.querySelector('#hosts')!.textContent ?? ''), 'the site listed');
    await until(() => /未获得访问该网站的权限/.test(el.textContent ?? ''), 'the refusal said');
    el.remove();
  });

  it('while the browser asks, the page says so; once granted, says the site is on', async () => {
    let grant: (v: boolean) => void = () => undefined;
    const { el } = await mount(() => new Promise<boolean>((r) => (grant = r)));
    const input = el.querySelector('#new-host') as HTMLInputElement;
    input.value = 'www.example.gov.hk';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    (el.querySelector('.add-host') as HTMLButtonElement).click();
    await until(() => /请在浏览器的提示中允许访问 www\.example\.gov\.hk/.test(el.textContent ?? ''), 'the prompt named');
    grant(true);
    await until(() => /已添加 www\.example\.gov\.hk：该网站的页面在打开或刷新时即会标注/.test(el.textContent ?? ''), 'the site said to be on');
    expect(el.textContent).to.not.match(/未获得/);
    el.remove();
  });
});
