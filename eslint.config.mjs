// Lint: ESLint's and typescript-eslint's recommended rules, the Lit and web-component rule sets,
// and Prettier's list of rules it owns turned off. `npm run lint` also runs Prettier and lit-analyzer.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      '.consumers/',
      'bench/out/',
      '.screens/',
      '**/node_modules/',
      'test/consumers/react-app/dist/',
      '.eleventy-site/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    rules: {
      // A comma-operator return or a ternary used as a statement hides what a line does.
      'no-sequences': ['error', { allowInParentheses: false }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: false, allowTernary: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our elements register through define(), which guards against a second definition.
      'wc/guard-define-call': 'off',
    },
  },
  prettier,
);
