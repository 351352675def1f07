// Lint: type-aware rules for all TypeScript; server code sees only Apps Script globals, sidebar code only the browser's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'playground/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/server/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-globals': [
        'error',
        'setTimeout',
        'setInterval',
        'fetch',
        'process',
        'require',
        'Buffer',
        'window',
        'document',
      ],
    },
  },
  {
    files: ['src/sidebar/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, google: 'readonly' } },
    rules: {
      'no-restricted-globals': ['error', 'SpreadsheetApp', 'PropertiesService', 'MailApp', 'ScriptApp'],
    },
  },
  {
    files: [
      'src/cli/**/*.ts',
      'emulator/**/*.ts',
      'playground/**/*.ts',
      'test/**',
      'bench/**/*.ts',
      'scripts/**',
      'bin/**',
      '*.js',
      '*.mjs',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
