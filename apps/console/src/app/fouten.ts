import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** One server validation failure: dotted field path and reason. */
export interface Veldfout {
  readonly veld: string;
  readonly reden: string;
}

export type Foutuitleg =
  | { readonly soort: 'validatie'; readonly melding: string; readonly fouten: readonly Veldfout[] }
  | {
      readonly soort: 'melding';
      readonly code: string | null;
      readonly melding: string;
      /** The service's reasons, when it gave them (e.g. why a FORBIDDEN was refused). */
      readonly fouten?: readonly Veldfout[];
    };

const CODE_TITEL: Record<string, string> = {
  FORBIDDEN: 'Geen toestemming',
  CONFLICT: 'Bestaat al',
  UNPROCESSABLE: 'Niet toegestaan',
  NOT_FOUND: 'Niet gevonden',
  UNAUTHENTICATED: 'Niet aangemeld',
  BAD_USER_INPUT: 'Ongeldige invoer',
  INTERNAL_SERVER_ERROR: 'Fout op de server',
};

export function codeTitel(code: string | null): string {
  return (code && CODE_TITEL[code]) || 'Er ging iets mis';
}

function isVeldfout(v: unknown): v is Veldfout {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as Record<string, unknown>).veld === 'string' &&
    typeof (v as Record<string, unknown>).reden === 'string'
  );
}

/** Turn any error from Apollo into something the UI can show. */
export function legUit(error: unknown): Foutuitleg {
  if (CombinedGraphQLErrors.is(error)) {
    const validatie = error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT');
    if (validatie) {
      const ruw = validatie.extensions?.fouten;
      const fouten = Array.isArray(ruw) ? ruw.filter(isVeldfout) : [];
      return { soort: 'validatie', melding: validatie.message, fouten };
    }
    const metCode = error.errors.find((e) => typeof e.extensions?.code === 'string') ?? error.errors[0];
    const code = typeof metCode?.extensions?.code === 'string' ? metCode.extensions.code : null;
    const ruw = metCode?.extensions?.fouten;
    const fouten = Array.isArray(ruw) ? ruw.filter(isVeldfout) : [];
    return {
      soort: 'melding',
      code,
      melding: metCode?.message ?? error.message,
      ...(fouten.length ? { fouten } : {}),
    };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401)
      return { soort: 'melding', code: 'UNAUTHENTICATED', melding: 'U bent niet (meer) aangemeld.' };
    if (error.statusCode === 403)
      return { soort: 'melding', code: 'FORBIDDEN', melding: 'U heeft geen toegang tot deze gegevens.' };
    return {
      soort: 'melding',
      code: null,
      melding: `De server antwoordde met HTTP ${error.statusCode}. Probeer het later opnieuw.`,
    };
  }
  if (error instanceof TypeError) {
    return {
      soort: 'melding',
      code: null,
      melding: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    };
  }
  return { soort: 'melding', code: null, melding: error instanceof Error ? error.message : String(error) };
}

/** A one-line message for banners on read screens. */
export function foutTekst(error: unknown): string {
  return legUit(error).melding;
}
