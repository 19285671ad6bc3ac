import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of src/, in the order data flows; an import may only point down this list's
// dependency rules (README, "How the code is laid out"). Paths are resolved, so the rules
// hold at every folder depth, whatever the relative path looks like.
const SHARED = ['./src/format', './src/lib', './src/i18n', './src/components'];
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const LAYER_ZONES = [
  ...SHARED.map((target) => ({
    target,
    from: ['./src/features', './src/app'],
    message: 'Shared layers must not import features or the app.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features must not import the app shell.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: share through lib/, or wire them in the app.',
  })),
];

// The validator (zod and the format's schema) runs in the store worker and loads on demand;
// a value imported from it on the page would put zod and its schema building in the first
// screen's script (~90 KB and ~100 ms of evaluation). Types are free.
const VALIDATOR_ON_THE_PAGE = {
  group: ['**/format/schema', '**/format/validate-store'],
  allowTypeImports: true,
  message: 'Import values from format/format-name or other zod-free modules on the page.',
};

// vis-timeline and vis-data's `peer` and `standalone` builds carry Babel's core-js
// polyfills (vis-data: 105 KB minified against 15.6 KB); the `esnext` builds are the same
// code without them. Two builds in one page would also be two copies of the library.
const VIS_ESNEXT_ONLY = {
  regex: '^vis-(timeline|data)(/(peer|standalone)(/.*)?)?$',
  allowTypeImports: true,
  message: "Import vis-timeline and vis-data from their 'esnext' builds (no polyfills).",
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Store text must never become markup: no raw HTML sinks anywhere in the app.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Store text is plain text: use textContent.' },
        { property: 'outerHTML', message: 'Store text is plain text: use textContent.' },
        { property: 'insertAdjacentHTML', message: 'Store text is plain text: use textContent.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Store text is plain text: render it as a React text node.',
        },
      ],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [VALIDATOR_ON_THE_PAGE, VIS_ESNEXT_ONLY] }],
    },
  },
  {
    // The editor is its own page (/edit/, its own entry and chunks): checking a draft while
    // the person types needs the validator on that page, and the explorer never loads it.
    // Only the modules the explorer does not import may use it; the preview hand-off
    // (storage/draft-preview.ts) and the format-free model stay under the rule.
    files: ['src/features/editor/model/field-problems.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The format's own modules use the schema; tests may validate fixtures.
    files: ['src/format/**/*.ts', 'src/lib/testing/**/*.ts', 'src/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // What the store worker runs before it knows whether an item needs zod to be explained
    // (store-checker.ts and the plain checks it uses): a value from the schema here would put
    // zod back before the first events of every store.
    files: [
      'src/format/store-checker.ts',
      'src/format/fast-event.ts',
      'src/format/vocabulary.ts',
      'src/format/events-stream.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(schema|validate-store)$|^zod$',
              allowTypeImports: true,
              message: 'Only types from zod and the schema here (store-checker.ts says why).',
            },
          ],
        },
      ],
    },
  },
);
