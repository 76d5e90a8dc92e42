// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // V8 compiles the copy matchAll searches with again after a full GC (docs/performance.md).
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='matchAll']",
          message:
            'Use matchesOf(text, pattern) from src/text/matches-of.ts: it keeps the compiled pattern.',
        },
      ],
    },
  },
);
