import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, OperationTypeNode, type GraphQLFormattedError } from 'graphql';
import {
  DOEL_ONTBREEKT,
  doelOntbreekt,
  huidigeVerwerking,
  LOG_ONBESCHIKBAAR,
  regelVan,
  type VerwerkingStatus,
} from './verwerking';
import type { VerwerkingslogSchrijver } from './verwerkingslog.schrijver';

/** The outcome of an answer for the log: OK, refused (no access) or failed, with the first code. */
export function uitkomstVan(fouten: readonly GraphQLFormattedError[] | undefined): {
  status: VerwerkingStatus;
  foutcode: string | null;
} {
  if (!fouten?.length) return { status: 'OK', foutcode: null };
  const codes = fouten.map((f) => {
    const e = f.extensions ?? {};
    return {
      code: typeof e.code === 'string' ? e.code : '',
      fout: typeof e.foutcode === 'string' ? e.foutcode : null,
    };
  });
  const geweigerd = codes.find((c) => c.code === 'FORBIDDEN' || c.code === 'UNAUTHENTICATED');
  const eerste = geweigerd ?? codes[0];
  return { status: geweigerd ? 'GEWEIGERD' : 'FOUT', foutcode: eerste.fout ?? (eerste.code || null) };
}

export const DOEL_ONTBREEKT_FOUT: GraphQLFormattedError = {
  message: DOEL_ONTBREEKT.bericht,
  extensions: { code: 'BAD_USER_INPUT', foutcode: DOEL_ONTBREEKT.code, fouten: DOEL_ONTBREEKT.fouten },
};

const LOG_ONBESCHIKBAAR_FOUT: GraphQLFormattedError = {
  message: LOG_ONBESCHIKBAAR.bericht,
  extensions: { code: 'SERVICE_UNAVAILABLE', foutcode: LOG_ONBESCHIKBAAR.code },
};

function vervangAntwoord(ctx: GraphQLRequestContextWillSendResponse<object>, fout: GraphQLFormattedError) {
  if (ctx.response.body.kind === 'single') {
    ctx.response.body.singleResult = { errors: [fout] };
  }
}

/**
 * The processing log for GraphQL: every operation of an authenticated caller is written to the
 * service's `logboek` before its answer leaves (operation, outcome, actor, purpose and every person
 * whose data the answer touched, as recorded by the resolvers instrumenteerBetrokkenen wraps).
 */
export function verwerkingslogPlugin(dienst: string, schrijver: VerwerkingslogSchrijver): ApolloServerPlugin {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await
    async requestDidStart() {
      const v = huidigeVerwerking();
      if (!v) return;
      return {
        // eslint-disable-next-line @typescript-eslint/require-await
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          v.soort = operation.operation === OperationTypeNode.MUTATION ? 'SCHRIJVEN' : 'LEZEN';
          const velden = operation.selectionSet.selections.flatMap((s) =>
            s.kind === Kind.FIELD ? [s.name.value] : [],
          );
          v.operatie = `${operation.operation} ${operationName ?? '(naamloos)'} {${[...new Set(velden)].join(',')}}`;
        },
        async willSendResponse(ctx) {
          let { status, foutcode } = uitkomstVan(ctx.errors?.map((e) => e.toJSON()));
          if (doelOntbreekt(v)) {
            vervangAntwoord(ctx, DOEL_ONTBREEKT_FOUT);
            status = 'GEWEIGERD';
            foutcode = DOEL_ONTBREEKT.code;
          }
          try {
            await schrijver.schrijf(regelVan(v, dienst, status, foutcode));
          } catch {
            vervangAntwoord(ctx, LOG_ONBESCHIKBAAR_FOUT);
          }
        },
      };
    },
  };
}
