import { ApolloFederationDriver, type ApolloFederationDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { Module, type DynamicModule } from '@nestjs/common';
import type { Dienst } from '@ketenbeeld/domain';
import './enums';
import { termijnenResolver } from '../termijnen/termijnen.resolver';
import { DIENST_NAAM } from '../config/config.module';
import { instrumenteerBetrokkenen } from '../verwerkingslog/betrokkenen-schema';
import { verwerkingslogPlugin } from '../verwerkingslog/verwerkingslog.plugin';
import { verwerkingslogResolver } from '../verwerkingslog/verwerkingslog.resolver';
import { VerwerkingslogSchrijver } from '../verwerkingslog/verwerkingslog.schrijver';
import { PersoonRef, PersoonReferentieResolver } from './persoon-uitbreiding';
import { printSubgraphSchema } from '@apollo/subgraph';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';

/**
 * The GraphQL subgraph (Federation 2) every service exposes at /graphql, with its deadlines
 * (`<dienst>Termijnen`). A subgraph that adds fields to `Persoon` (owned by signalen) sets
 * `breidtPersoonUit`: the key type and its reference resolver then come from here.
 */
export function subgraafModule(dienst: Dienst, opties: { breidtPersoonUit?: boolean } = {}): DynamicModule {
  return {
    module: SubgraafModule,
    imports: [graphqlModule(opties.breidtPersoonUit ? [PersoonRef] : [])],
    providers: [
      termijnenResolver(dienst),
      verwerkingslogResolver(dienst),
      ...(opties.breidtPersoonUit ? [PersoonReferentieResolver] : []),
    ],
  };
}

@Module({})
export class SubgraafModule {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
function graphqlModule(entiteiten: Function[]): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloFederationDriverConfig>({
    driver: ApolloFederationDriver,
    inject: [VerwerkingslogSchrijver, DIENST_NAAM],
    useFactory: (schrijver: VerwerkingslogSchrijver, dienst: string) =>
      graphqlOpties(entiteiten, dienst, schrijver),
  });
}

function graphqlOpties(
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entiteiten: Function[],
  dienst: string,
  schrijver: VerwerkingslogSchrijver,
): Omit<ApolloFederationDriverConfig, 'driver'> {
  return {
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    buildSchemaOptions: { orphanedTypes: entiteiten },
    path: '/graphql',
    context: ({ req }: { req: unknown }) => ({ req }),
    includeStacktraceInErrorResponses: false,
    // graphql-js reports `null` for a non-null argument with a default as an execution error (no
    // code): it is the caller's input, so it is BAD_USER_INPUT like any other wrong argument.
    formatError: (formatted: GraphQLFormattedError) =>
      /^Argument "[^"]+" of non-null type "[^"]+" must not be null\.?$/.test(formatted.message) &&
      (!formatted.extensions?.code || formatted.extensions.code === 'INTERNAL_SERVER_ERROR')
        ? { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } }
        : formatted,
    introspection: true,
    // Persons concerned, for the processing log: only Persoon and person-id fields are wrapped.
    transformSchema: instrumenteerBetrokkenen,
    // Cast: Nest loads the ESM build of @apollo/server, this package the CJS one (identical at run time).
    plugins: [
      ApolloServerPluginInlineTraceDisabled() as never,
      verwerkingslogPlugin(dienst, schrijver) as never,
    ],
  };
}

/** The subgraph SDL as committed in apps/<service>/schema.graphql. */
export function subgraafSdl(schema: GraphQLSchema): string {
  return printSubgraphSchema(schema).trim() + '\n';
}
