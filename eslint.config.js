import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Architecture boundaries (STYLE §5): the linter keeps them, not a review. */
const sharedMayNotImport = [
  { group: ['electron', 'electron/*', 'electron-store'], message: 'shared/ is pure: no Electron.' },
  {
    group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'zustand', 'zustand/*', 'zundo'],
    message: 'shared/ is pure: no UI.',
  },
  { group: ['d3', 'd3-*'], message: 'shared/ is pure: charts live in renderer/.' },
  {
    group: ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process'],
    message: 'shared/ is pure: no Node.',
  },
  {
    group: ['**/renderer/**', '**/electron/**'],
    message: 'shared/ imports nothing from the hosts or the UI.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: sharedMayNotImport }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', 'electron', 'electron-store'],
              message: 'renderer/ talks to hosts only through the bridge.',
            },
            { group: ['node:*'], message: 'renderer/ runs in a sandboxed page: no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ imports nothing from renderer/.' },
          ],
        },
      ],
    },
  },
);
