// Lint for the web client: the workspace rules (type-aware TypeScript, Nx
// module boundaries) plus Angular's, including the template accessibility set.
// Run from the repository root: `eslint -c apps/web/eslint.config.mjs apps/web`.
import angular from 'angular-eslint';
import tseslint from 'typescript-eslint';

import root from '../../eslint.config.mjs';

export default tseslint.config(
  ...root,
  {
    files: ['apps/web/**/*.ts'],
    extends: [...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'kl', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'kl', style: 'camelCase' }],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-signals': 'error',
      '@angular-eslint/no-async-lifecycle-method': 'error',
      '@angular-eslint/use-component-view-encapsulation': 'error',
      '@angular-eslint/consistent-component-styles': 'error',
      '@angular-eslint/prefer-standalone': 'error',
      // The app logs nothing except a failed bootstrap.
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['apps/web/**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
    rules: {
      '@angular-eslint/template/prefer-control-flow': 'error',
      '@angular-eslint/template/prefer-self-closing-tags': 'error',
      '@angular-eslint/template/no-any': 'error',
      '@angular-eslint/template/button-has-type': 'error',
    },
  },
  {
    // Unit tests run in Node and read files from disk.
    files: ['apps/web/**/*.spec.ts', 'apps/web/jest.config.ts'],
    rules: { 'no-console': 'off' },
  },
);
