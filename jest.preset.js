// Shared jest preset: SWC compiles TypeScript (legacy decorators + metadata, CommonJS) and also the
// ESM-only NestJS 12 packages, which jest cannot load natively on Node 20 (see shared/TOOLCHAIN.md).
const path = require('node:path');

/** @param {string} dir package directory */
module.exports = (dir) => ({
  rootDir: dir,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|jose|file-type|strtok3|token-types|@tokenizer|uint8array-extras)/)',
  ],
  moduleNameMapper: {
    '^@ketenbeeld/(domain|platform|testing)$': path.join(__dirname, 'packages/$1/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testTimeout: 60000,
  reporters: ['default', path.join(__dirname, 'infra/local/jest-telling.cjs')],
});
