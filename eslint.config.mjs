import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';

export default [
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**', '**/coverage/**', '**/*.cjs', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs'],
    plugins: { '@nx': nx },
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            // Contracts are the bottom layer: zod schemas only.
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [], bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', 'react-*', 'i18next', 'pg'] },
            // Domain libraries are pure functions over data: no framework, no I/O.
            {
              sourceTag: 'type:domain',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'],
              bannedExternalImports: [
                '@nestjs/*',
                'typeorm',
                'pg',
                'react',
                'react-*',
                'i18next',
                'fs',
                'node:fs',
                'node:fs/*',
                'fs/*',
                'http',
                'node:http',
                'net',
                'node:net',
                'child_process',
                'node:child_process',
              ],
            },
            {
              sourceTag: 'scope:api',
              onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:testing'],
              bannedExternalImports: ['react', 'react-*'],
            },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'], bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:contracts', 'type:testing'] },
          ],
        },
      ],
    },
  },
  {
    // Libraries are pure: no I/O, no framework. Nx's rule does not see Node built-ins, so name them here.
    files: ['libs/**/src/**/*.ts'],
    // libs/testing-deepl is test support (a local HTTP server speaking DeepL), not a domain library.
    ignores: ['**/*.spec.ts', '**/test-support/**', 'libs/testing-deepl/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'fs',
                'node:fs',
                'fs/*',
                'node:fs/*',
                'http',
                'node:http',
                'https',
                'node:https',
                'net',
                'node:net',
                'child_process',
                'node:child_process',
                'worker_threads',
                'node:worker_threads',
              ],
              message: 'Libraries do no I/O: take bytes or text as arguments.',
            },
            { group: ['@nestjs/*', 'typeorm', 'pg', 'react', 'react-*', 'i18next', 'express'], message: 'Libraries are framework-free.' },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['**/*.spec.ts', '**/*.test.tsx', '**/*.int-spec.ts', '**/*.e2e-spec.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
