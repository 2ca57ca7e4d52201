import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileParam, isPdfContentType, isPdfDownload, opensInReader, pdfRedirectRule, readerUrlFor } from '../../lib/pdf/intercept.ts';

const POLICY = { setting: 'auto' as const, hosts: ['*.gov.cn', 'www.example.org'], paused: ['paused.gov.cn'] };

test('what says PDF: the content type, or a download named .pdf', () => {
  assert.ok(isPdfContentType('application/pdf'));
  assert.ok(isPdfContentType('Application/PDF; charset=binary'));
  assert.ok(!isPdfContentType('application/pdfx'));
  assert.ok(!isPdfContentType('text/html'));
  assert.ok(isPdfDownload('https://a.gov.cn/f/2020-3.pdf', 'application/octet-stream', null));
  assert.ok(isPdfDownload('https://a.gov.cn/download?id=3', 'application/octet-stream', 'attachment; filename="公报2020-3.pdf"'));
  assert.ok(!isPdfDownload('https://a.gov.cn/f/data.zip', 'application/octet-stream', null));
});

test('a PDF opens in the reader on government hosts and the reader\'s own sites, not paused ones, not when the setting says ask', () => {
  assert.ok(opensInReader('https://www.shandong.gov.cn/gb/2020-3.pdf', POLICY));
  assert.ok(opensInReader('http://www.example.org/a.pdf', POLICY));
  assert.ok(!opensInReader('https://example.org/a.pdf', POLICY));
  assert.ok(!opensInReader('https://paused.gov.cn/a.pdf', POLICY));
  assert.ok(!opensInReader('https://gov.cn.example.com/a.pdf', POLICY));
  assert.ok(!opensInReader('file:///home/a.pdf', POLICY));
  assert.ok(!opensInReader('https://www.gov.cn/a.pdf', { ...POLICY, setting: 'ask' }));
});

test('the reader finds the PDF\'s URL whether it came encoded or raw from a redirect rule', () => {
  const url = 'https://www.gov.cn/gb/2020.pdf?a=1&b=2#page=3';
  assert.equal(fileParam(new URL(readerUrlFor('chrome-extension://x/reader.html', url)).search), url);
  assert.equal(fileParam(`?today=2026-11-22&file=${url}`), url);
  assert.equal(fileParam('?file=javascript:alert(1)'), null);
  assert.equal(fileParam('?today=2026-11-22'), null);
});

test('Chromium\'s rule: the government hosts\' PDF responses, paused hosts left out; none when asked to ask', () => {
  const rule = pdfRedirectRule('chrome-extension://x/reader.html', POLICY) as { condition: { requestDomains: string[]; excludedRequestDomains: string[]; responseHeaders: unknown[] }; action: { redirect: { regexSubstitution: string } } };
  assert.deepEqual(rule.condition.requestDomains, ['gov.cn', 'www.example.org']);
  assert.deepEqual(rule.condition.excludedRequestDomains, ['paused.gov.cn']);
  assert.equal(rule.action.redirect.regexSubstitution, 'chrome-extension://x/reader.html?file=\\0');
  assert.equal(pdfRedirectRule('chrome-extension://x/reader.html', { ...POLICY, setting: 'ask' }), null);
});
