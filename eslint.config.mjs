// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import docusaurus from '@docusaurus/eslint-plugin';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['build/', '.docusaurus/', 'node_modules/', 'tests/fixtures/', 'test-results/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      '@docusaurus': docusaurus,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@docusaurus/string-literal-i18n-messages': 'error',
      '@docusaurus/no-untranslated-text': [
        'error',
        // Punctuation, units and symbols that read the same in both languages.
        {
          ignoredStrings: [
            '·',
            '—',
            '–',
            '/',
            '%',
            '×',
            '∞',
            '(',
            ')',
            ':',
            ',',
            'p50',
            'p99',
            'p99.9',
          ],
        },
      ],
      '@docusaurus/no-html-links': 'error',
      '@docusaurus/prefer-docusaurus-heading': 'error',
    },
  },
  {
    // Models are pure functions: no React, no DOM, nothing untranslated to show.
    files: ['src/lib/**/*.ts'],
    rules: {
      '@docusaurus/no-untranslated-text': 'off',
    },
  },
);
