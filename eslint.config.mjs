// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.local/**',
      '**/*.js',
      '**/*.mjs',
      'apps/console/vite.config.ts',
      // Codegen config: not in the console's tsconfig, so the project service cannot type it.
      'apps/console/codegen.ts',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Configuration is parsed once at boot: process.env is read nowhere else.
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Lees configuratie via het config-schema (laadConfig), niet via process.env.',
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Decorator > CallExpression[callee.name='Publiek']",
          message: '@Publiek() is alleen voor health-endpoints en de OpenAPI-beschrijving.',
        },
      ],
    },
  },
  {
    files: [
      'packages/platform/src/config/config.schema.ts',
      'packages/testing/src/**',
      '**/test/**',
      '**/*.spec.ts',
    ],
    rules: { 'no-restricted-properties': 'off' },
  },
  { files: ['packages/platform/src/health/**', '**/*openapi*.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // React hooks hand out functions as object properties; they are not methods bound to `this`.
  { files: ['apps/console/**'], rules: { '@typescript-eslint/unbound-method': 'off' } },
  {
    // Tests assert on loosely typed JSON bodies.
    files: ['**/test/**', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
