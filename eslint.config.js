// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Modules the pure layers (engine, ingest, model) must never import: they run in Node, in
 * workers and in the CLI, and must stay testable without a DOM. */
const pureLayerRestrictions = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'recharts'], message: 'engine/ingest/model are pure: no React, store or charts.' },
        { group: ['**/store/**', '**/views/**', '**/app/**', '**/charts/**', '**/briefing/**'], message: 'engine/ingest/model must not depend on UI layers.' },
        { group: ['d3'], message: 'Import the d3 module you use (d3-scale, d3-array…), never the whole bundle.' },
      ],
    },
  ],
  'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator'],
};

export default tseslint.config(
  { ignores: ['dist/**', 'dist-single/**', 'node_modules/**', 'coverage/**', 'datasets/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import the d3 module you use (d3-scale, d3-array…), never the whole bundle.' }] }],
    },
  },
  { files: ['src/engine/**', 'src/ingest/**', 'src/model/**'], rules: pureLayerRestrictions },
);
