import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';

// PDF.js for the reader page, from the installed pdfjs-dist: its worker, the CJK cmaps (without
// them text in fonts that use the predefined Chinese CMaps reads as nothing) and the standard fonts.
const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_ASSETS = [
  { from: join(PDFJS, 'build/pdf.worker.min.mjs'), to: 'pdfjs/pdf.worker.min.mjs' },
  ...['cmaps', 'standard_fonts'].flatMap((dir) => readdirSync(join(PDFJS, dir)).map((f) => ({ from: join(PDFJS, dir, f), to: `pdfjs/${dir}/${f}` }))),
];

// See ../shared/TOOLCHAIN.md: Chrome rejects a content script that is not valid UTF-8,
// and vite 8 can emit raw U+FFFF when it minifies, so the bundle is kept ASCII.
export default defineConfig({
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // PDFs open in the reader page: Chromium by a declarativeNetRequest rule on the response's
    // Content-Type (no access to the page's content needed beyond the host permissions), Firefox
    // by a blocking webRequest listener (its built-in viewer runs no content script).
    permissions: [
      'storage', 'unlimitedStorage', 'scripting', 'activeTab', 'alarms', 'notifications', 'contextMenus',
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : ['declarativeNetRequestWithHostAccess']),
    ],
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // Firefox's default for extension pages adds upgrade-insecure-requests, which turns the
    // reader's fetch of a PDF on an http:// government site into an https:// one that fails.
    // Scripts stay the extension's own (the default's script-src), no WebAssembly, no eval.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    // The note editor is shown in a frame inside our UI on pages (entrypoints/note-editor).
    // The reader page too: a redirected PDF request lands on it.
    web_accessible_resources: [{ resources: ['note-editor.html', 'reader.html'], matches: ['*://*/*'] }],
    browser_specific_settings: {
      gecko: { id: 'gazette-lens@gazette-lens.invalid' },
    },
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const a of PDFJS_ASSETS) files.push({ absoluteSrc: a.from, relativeDest: a.to });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push('/pdfjs/pdf.worker.min.mjs');
    },
  },
  vite: () => ({
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
