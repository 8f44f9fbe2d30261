// ESLint: rules that catch bugs, not taste (Prettier owns layout). `npm run lint` runs it with Prettier's check.
// A dot-file, so the top level stays as README's "Repository layout" says; package.json and
// .vscode/settings.json point ESLint at it.
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TYPESCRIPT = ['**/*.ts', '**/*.mts'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-cms/',
      'reports/',
      '.astro/',
      'node_modules/',
      'src/cli/packed/',
      'src/cms/cms-config.generated.ts',
    ],
  },
  {
    files: [...TYPESCRIPT, '**/*.mjs', '**/*.astro'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Code that can never run, or runs twice by mistake.
      'no-unreachable': 'error',
      'no-dupe-keys': 'error',
      'no-duplicate-case': 'error',
      'no-dupe-else-if': 'error',
      'no-self-assign': 'error',
      'no-self-compare': 'error',
      'no-fallthrough': 'error',
      'no-unsafe-finally': 'error',
      'no-cond-assign': 'error',
      'no-debugger': 'error',
      'no-empty-pattern': 'error',
      'use-isnan': 'error',
      'valid-typeof': 'error',
      // A promise in a loop body that should have run in parallel, or an async Promise executor that swallows errors.
      'no-async-promise-executor': 'error',
      'no-constant-binary-expression': 'error',
    },
  },
  {
    files: TYPESCRIPT,
    extends: [tseslint.configs.base],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits loses its error: the page goes on as if the work had been done.
      '@typescript-eslint/no-floating-promises': 'error',
      // An async function where a plain callback is expected (forEach, an event listener's return) runs unawaited.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
      '@typescript-eslint/await-thenable': 'error',
      // Unused code is usually a half-finished change; a leading _ says "unused on purpose".
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Code that runs on staff's phones: an `any` from JSON.parse or storage is where corrupt saved
    // progress would blank a page, so it must be checked before use.
    files: ['src/features/**/*.ts', 'src/utils/*.ts', 'src/layouts/*.ts'],
    // Build-time modules that read Astro's content collections: their types come from `astro sync`
    // (absent in a fresh clone before the type check), and none of them runs on a phone.
    ignores: [
      'src/features/alerts/alerts-data.ts',
      'src/features/helper/build-data.ts',
      'src/features/search/search-hints.ts',
      'src/utils/content-index.ts',
    ],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'error',
      '@typescript-eslint/no-unsafe-member-access': 'error',
      '@typescript-eslint/no-unsafe-call': 'error',
      '@typescript-eslint/no-unsafe-return': 'error',
      '@typescript-eslint/no-unsafe-argument': 'error',
    },
  },
  ...astro.configs['flat/recommended'],
  {
    files: ['**/*.astro'],
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
);
