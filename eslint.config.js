import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // test/fixtures/architecture holds deliberately wrong imports for test/architecture.test.ts.
    ignores: ['node_modules/**', 'dist/**', 'data/**', 'test-results/**', 'test/fixtures/architecture/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Test helpers read JSON bodies whose shape each test asserts.
      '@typescript-eslint/no-explicit-any': 'off',
      // One concept per file (docs/ARCHITECTURE.md): a file past 400 lines holds two. Every line
      // counts, comments and blank lines too, as `wc -l` counts them; tests and scripts alike.
      'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    // The browser takes only the types of the API schemas (shared/api/*.ts): TypeBox's runtime stays out of the bundle.
    files: ['src/web/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/api/*'],
              allowTypeImports: true,
              message: 'Import the API shapes with `import type`: the browser needs their types, not TypeBox.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
