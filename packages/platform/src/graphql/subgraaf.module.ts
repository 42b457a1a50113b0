import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import type { DynamicModule } from '@nestjs/common';
import { printSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

/** The GraphQL subgraph (Federation 2) every service exposes at /graphql. */
export function subgraafModule(): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    path: '/graphql',
    context: ({ req }: { req: unknown }) => ({ req }),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Cast: Nest loads the ESM build of @apollo/server, this package the CJS one (identical at run time).
    plugins: [ApolloServerPluginInlineTraceDisabled() as never],
  });
}

/** The subgraph SDL as committed in apps/<service>/schema.graphql. */
export function subgraafSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema).trim() + '\n';
}
