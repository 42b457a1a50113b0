// GraphQL types for the console, generated from the committed API schema
// (apps/gateway/api-schema.graphql, written by `npm run compose`) and the operations in
// src/**/*.graphql.ts. Never edit src/gql/ by hand: run `npm run codegen -w @ketenbeeld/console`.
// `npm run codegen:check` (part of lint) fails when it is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['src/**/*.graphql.ts'],
  generates: {
    'src/gql/schema.ts': {
      // typescript-operations 6 is standalone: it emits the operation and fragment types plus only the
      // enums and input types those operations use (adding the `typescript` plugin would declare them twice).
      plugins: ['typescript-operations'],
      config: {
        enumType: 'string-literal',
        immutableTypes: true,
        skipTypename: true,
        useTypeImports: true,
        printFieldsOnNewLines: true,
        // A custom scalar without a mapping fails generation instead of becoming `any`.
        strictScalars: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown' },
      },
    },
  },
};
export default config;
