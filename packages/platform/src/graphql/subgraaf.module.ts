import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Dienst } from '@ketenbeeld/domain';
import './enums';
import { termijnenResolver } from '../termijnen/termijnen.resolver';
import { PersoonRef, PersoonReferentieResolver } from './persoon-uitbreiding';
import { printSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

/**
 * The GraphQL subgraph (Federation 2) every service exposes at /graphql, with its deadlines
 * (`<dienst>Termijnen`). A subgraph that adds fields to `Persoon` (owned by signalen) sets
 * `breidtPersoonUit`: the key type and its reference resolver then come from here.
 */
export function subgraafModule(dienst: Dienst, opties: { breidtPersoonUit?: boolean } = {}): DynamicModule {
  return {
    module: SubgraafModule,
    imports: [graphqlModule(opties.breidtPersoonUit ? [PersoonRef] : [])],
    providers: [termijnenResolver(dienst), ...(opties.breidtPersoonUit ? [PersoonReferentieResolver] : [])],
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
