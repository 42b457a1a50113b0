import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Dienst } from '@ketenbeeld/domain';
import './enums';
import { termijnenResolver } from '../termijnen/termijnen.resolver';
import { printSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

/**
 * The GraphQL subgraph (Federation 2) every service exposes at /graphql. `entiteiten` lists entity
 * types this subgraph extends without reaching them from its own queries (e.g. `Persoon`).
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export function subgraafModule(dienst: Dienst, entiteiten: Function[] = []): DynamicModule {
  return {
    module: SubgraafModule,
    imports: [graphqlModule(entiteiten)],
    providers: [termijnenResolver(dienst)],
  };
}

@Module({})
export class SubgraafModule {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function graphqlModule(entiteiten: Function[]): DynamicModule {
  return GraphQLModule.forRoot<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: entiteiten },
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
