// @ts-check
// ESLint 9 flat config: eslint's and typescript-eslint's recommended rules
// (syntax-only, no type information, so `eslint .` stays fast). Formatting is
// prettier's job (.prettierrc.json); neither recommended set has style rules.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // generated/ is pgtyped's output, never edited by hand; dist/ is the build.
  globalIgnores(['dist/', 'generated/', 'coverage/', '.tmp/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
    },
  },
  {
    rules: {
      // `const { dropped: _, ...rest } = row` is how a key is left out.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests drive functions of many row types through one helper; the library itself stays any-free.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.cts'],
    languageOptions: { sourceType: 'commonjs' },
    rules: {
      // test/fixtures/consumer/*.cts checks the `require` types with `import x = require()`.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
);
