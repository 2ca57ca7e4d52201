// ESLint flat config (eslint 9 + typescript-eslint 8). Run with `npm run lint`.
//
// Besides the recommended sets, one project rule matters more than the rest: page text
// must never reach the UI as HTML (../shared/STYLE.md: "Page text reaches the UI only as
// text bindings: never innerHTML, never unsafeHTML"). The HTML sinks are therefore
// banned everywhere, in JavaScript and TypeScript alike. Build DOM with
// textContent / createElement, or with lit-html text bindings.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_HTML = 'Page text must never reach the UI as HTML: use textContent or lit text bindings.';

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '.cache/',
    '.output/',
    '.wxt/',
    'dist/',
    'coverage/',
    'tests/fixtures/',
  ]),

  js.configs.recommended,

  {
    files: ['**/*.{ts,mts,cts,tsx}'],
    extends: [tseslint.configs.recommended],
  },

  {
    // The code runs in Node (cli, scripts, unit tests), in extension pages, in content
    // scripts and in the test browser: both sets of globals are legitimate.
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node, ...globals.webextensions },
    },
  },

  {
    // The HTML sinks. Applies to every linted file.
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: NO_HTML },
        { property: 'outerHTML', message: NO_HTML },
        { property: 'insertAdjacentHTML', message: NO_HTML },
        { property: 'setHTMLUnsafe', message: NO_HTML },
        { object: 'document', property: 'write', message: NO_HTML },
        { object: 'document', property: 'writeln', message: NO_HTML },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'lit/directives/unsafe-html',
                'lit/directives/unsafe-html.js',
                'lit-html/directives/unsafe-html',
                'lit-html/directives/unsafe-html.js',
              ],
              message: `unsafeHTML is banned. ${NO_HTML}`,
            },
            {
              regex: '^(lit|lit-html)(/.*)?$',
              importNames: ['unsafeHTML'],
              message: `unsafeHTML is banned. ${NO_HTML}`,
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          // Catches unsafeHTML reached any other way (re-exports, namespaces, globals);
          // import specifiers are already reported by no-restricted-imports.
          selector: ':not(ImportSpecifier) > Identifier[name="unsafeHTML"]',
          message: `unsafeHTML is banned. ${NO_HTML}`,
        },
      ],
    },
  },
]);
