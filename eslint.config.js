import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'web/src/gql/', 'test-output/', 'node_modules/', '.data/', '.jest-cache/', 'coverage/', 'test/helpers/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'test/helpers/*.mjs', 'src/tooling/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
      globals: { process: 'readonly', console: 'readonly', globalThis: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name=/^(it|describe|test)$/][callee.property.name='only']", message: 'Focused tests skip the rest of the suite.' },
      ],
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  // Reports read other features' data through the services those features export (plain data),
  // so that a table's shape stays its feature's business. Before the layers below: their rule
  // replaces this one for src/reports/domain, which may import no outer file at all.
  {
    files: ['src/reports/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/*.entity.js'], message: "Reports read other features' data through their exported services, never their entities." }] },
      ],
    },
  },
  // Layers: pure domain code and statistics know no framework, no database, no shared glue
  // and no feature's outer files (other features' domain/ folders and statistics are fine);
  // common/ knows no feature's outer files (a feature's pure domain/ code, such as the evidence
  // grades, is fine: it imports nothing of common/, so no cycle can form).
  {
    files: ['src/*/domain/*.ts', 'src/statistics/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg', 'pg-*', 'graphql', 'mercurius', 'fastify', 'class-validator', 'class-transformer', 'dataloader'], message: 'Pure domain code imports no framework or database library.' },
            { group: ['**/common/**', '**/config/**', '**/database/**', '**/app/**'], message: 'Pure domain code imports no shared glue.' },
            { group: ['../*', '!../*/', '../../*/*', '!../../*/domain/', '!../../statistics/*'], message: "Import only this domain, another feature's domain/ or statistics/." },
          ],
        },
      ],
    },
  },
  ...[
    { files: ['src/common/*.ts'], up: '../' },
    { files: ['src/common/*/*.ts'], up: '../../' },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [`${up}*`, `!${up}*/`, `${up}*/*`, `!${up}*/domain/`, `!${up}common/**`, `!${up}config/**`, `!${up}statistics/**`],
              message: "common/ is shared by every feature and knows none of them (pure domain/ code aside, which imports nothing of common/).",
            },
          ],
        },
      ],
    },
  })),
  // shared/ runs in the browser too (screens, PDFs and spreadsheets share it): no framework, no
  // database, nothing of the server but pure domain/ rules and statistics.
  ...[
    { files: ['src/shared/*.ts'], up: '../' },
    { files: ['src/shared/*/*.ts'], up: '../../' },
  ].map(({ files, up }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'typeorm', 'pg', 'pg-*', 'graphql', 'mercurius', 'fastify', 'class-validator', 'class-transformer', 'node:*'], message: 'shared/ is browser-safe: no framework, database or Node library.' },
            { group: [`${up}*`, `!${up}*/`, `${up}*/*`, `!${up}*/domain/`, `!${up}shared/**`, `!${up}statistics/**`], message: 'shared/ imports only shared/, pure domain/ code and statistics/.' },
          ],
        },
      ],
    },
  })),
  // The web app's hooks: called in the same order on every render, with every value they read
  // among their dependencies.
  {
    files: ['web/src/**/*.ts', 'web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The web app runs in the browser: of the server's sources it may use only what is
      // browser-safe, through the @src alias (never a relative path out of web/).
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+(\\.\\.)?/?src/', message: 'Import the server sources through @src/, not a relative path out of web/.' },
            {
              regex: '^@src/(?!shared/|[a-z-]+/domain/|statistics/)',
              message: 'The web app imports only src/shared (words, tables, chart layouts), pure */domain code and statistics/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/unbound-method': 'off' },
  },
);
