import { defineConfig } from 'wxt';

// See ../shared/TOOLCHAIN.md: Chrome rejects a content script that is not valid UTF-8,
// and vite 8 can emit raw U+FFFF when it minifies, so the bundle is kept ASCII.
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'alarms', 'notifications'],
    host_permissions: ['*://*.gov.cn/*'],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: '__MSG_extName__' },
    // The note editor is shown in a frame inside our UI on pages (entrypoints/note-editor).
    web_accessible_resources: [{ resources: ['note-editor.html'], matches: ['*://*/*'] }],
    browser_specific_settings: {
      gecko: { id: 'gazette-lens@gazette-lens.invalid' },
    },
  },
  vite: () => ({
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
