import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';

/** A page of a paginated list (signals, cases) as the cache holds it (items are references). */
interface PaginaCache {
  readonly items: readonly unknown[];
  readonly volgendeCursor?: string | null;
}

/** One list per filter; "Meer laden" (a cursor in `na`) appends, a first page replaces. */
const gepagineerd = {
  keyArgs: ['filter', 'eerste'],
  merge(
    bestaand: PaginaCache | undefined,
    nieuw: PaginaCache,
    { args }: { args: Record<string, unknown> | null },
  ) {
    if (!bestaand || !args?.na) return nieuw;
    return { ...nieuw, items: [...bestaand.items, ...nieuw.items] };
  },
};

export interface ClientOpties {
  readonly graphqlUrl: string;
  readonly token: string;
  readonly verlooptOp: number;
  /** The session's current purpose (read per request: the user can change it at any time). */
  readonly doel: () => string;
  /** Called on a 401 / UNAUTHENTICATED answer or an expired token. */
  readonly opNietGeautoriseerd: (verlopen: boolean) => void;
}

export function isNietGeautoriseerd(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
  }
  return false;
}

/**
 * One client per session: a new sign-in gets an empty cache, so nothing one persona was
 * allowed to see stays visible to the next.
 */
export function maakApolloClient({
  graphqlUrl,
  token,
  verlooptOp,
  doel,
  opNietGeautoriseerd,
}: ClientOpties): ApolloClient {
  const authLink = new SetContextLink((vorige) => {
    if (Date.now() >= verlooptOp) {
      opNietGeautoriseerd(true);
      throw new Error('Uw sessie is verlopen.');
    }
    const headers = (vorige.headers ?? {}) as Record<string, string>;
    return { headers: { ...headers, authorization: `Bearer ${token}`, 'ketenbeeld-doel': doel() } };
  });

  const foutLink = new ErrorLink(({ error }) => {
    if (isNietGeautoriseerd(error)) opNietGeautoriseerd(false);
  });

  return new ApolloClient({
    link: ApolloLink.from([foutLink, authLink, new HttpLink({ uri: graphqlUrl })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            signalen: gepagineerd,
            casussen: gepagineerd,
            zsmOverzicht: { merge: false },
          },
        },
        // Sub-lists of a person come from different services and carry no id: replace them whole.
        Persoon: {
          fields: {
            signalen: { merge: false },
            signaalMeldingen: { merge: false },
            zsmSignaalOverzicht: { merge: false },
            plaatsingen: { merge: false },
            aliassen: { merge: false },
            kandidaten: { merge: false },
            samenvoegingen: { merge: false },
            zsmRegistraties: { merge: false },
            detenties: { merge: false },
            dublinClaim: { merge: false },
            afdoeningsadvies: { merge: false },
            plaatsingsAanleidingen: { merge: false },
            inhuisregistratiePlichten: { merge: false },
            inhuisregistraties: { merge: false },
            procedurePlannen: { merge: false },
          },
        },
        // The ZSM overview carries no id and comes whole from zsm on every poll.
        ZsmOverzicht: {
          fields: { registraties: { merge: false }, klokken: { merge: false }, detenties: { merge: false } },
        },
        ZsmRegistratie: { fields: { afdoeningen: { merge: false } } },
        Signaal: {
          fields: { personen: { merge: false }, historie: { merge: false }, plaats: { merge: true } },
        },
        // Sub-lists of a case, a meeting and an agenda item come whole from casusregie.
        Casus: {
          fields: {
            mogelijkeTransities: { merge: false },
            procedurePlan: { merge: false },
            deelnemers: { merge: false },
            transities: { merge: false },
            signalen: { merge: false },
            maatregelen: { merge: false },
            acties: { merge: false },
            uitkomsten: { merge: false },
            tijdlijn: { merge: false },
            topx: { merge: false },
            procesregisseur: { merge: true },
          },
        },
        Overleg: { fields: { deelnemers: { merge: false }, agenda: { merge: false } } },
        Agendapunt: { fields: { besluiten: { merge: false } } },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
