/// <reference types="mocha" />
// 「在此网站启用」: what the popup says for each answer the browser can give.
import { expect } from 'chai';
import { enableSite, type EnablePort } from './enable-site.ts';

function port(answer: () => Promise<boolean>, enabled: Array<string> = []): EnablePort {
  return {
    request: () => answer(),
    async enable(host) {
      enabled.push(host);
      return { ok: true };
    },
  };
}

describe('enableSite (the popup\'s 「在此网站启用」)', () => {
  it('says it is asking before the browser answers, then that the site is on', async () => {
    const said: string[] = [];
    const enabled: string[] = [];
    let allow: (v: boolean) => void = () => undefined;
    const done = enableSite('www.example.gov.hk', 'zh', port(() => new Promise((r) => (allow = r)), enabled), (m) => said.push(m));
    await Promise.resolve();
    expect(said).to.deep.equal(['请在浏览器的提示中允许访问 www.example.gov.hk。']);
    allow(true);
    expect(await done).to.equal(true);
    expect(enabled).to.deep.equal(['www.example.gov.hk']);
    expect(said.at(-1)).to.equal('已在 www.example.gov.hk 启用，本页正在读取。');
  });

  it('the reader said no: says so and what to do, and turns nothing on', async () => {
    const said: string[] = [];
    const enabled: string[] = [];
    expect(await enableSite('www.example.gov.hk', 'zh', port(async () => false, enabled), (m) => said.push(m))).to.equal(false);
    expect(enabled).to.deep.equal([]);
    expect(said.at(-1)).to.match(/浏览器未授予访问 www\.example\.gov\.hk 的权限.*再点一次「在此网站启用」/);
  });

  it('the browser refused the request itself (not from a click): says so with its reason, in English too', async () => {
    const said: string[] = [];
    const refuse = async (): Promise<boolean> => {
      throw new Error('permissions.request may only be called from a user input handler');
    };
    expect(await enableSite('www.example.gov.hk', 'en', port(refuse), (m) => said.push(m))).to.equal(false);
    expect(said.at(-1)).to.equal('The browser refused the permission request (permissions.request may only be called from a user input handler). Click “Turn on for this site” again.');
  });

  it('a request that throws at once is said too (nothing escapes the click)', async () => {
    const said: string[] = [];
    const p: EnablePort = { request: () => { throw new Error('no'); }, enable: async () => ({ ok: true }) };
    expect(await enableSite('a.gov.hk', 'zh', p, (m) => said.push(m))).to.equal(false);
    expect(said.at(-1)).to.equal('浏览器拒绝了权限请求（no）。请直接点击「在此网站启用」重试。');
  });

  it('the site could not be turned on after the grant: says why', async () => {
    const said: string[] = [];
    const p: EnablePort = { request: async () => true, enable: async () => ({ ok: false, error: 'site.enable: no tab' }) };
    expect(await enableSite('a.gov.hk', 'zh', p, (m) => said.push(m))).to.equal(false);
    expect(said.at(-1)).to.match(/site\.enable: no tab/);
  });
});
