import type { Validatiefout } from '@ketenbeeld/domain';

/**
 * Kinds of domain error. Each feature defines its own specific `code` strings; the `soort` decides
 * how the one filter maps it to HTTP and GraphQL.
 */
export type FoutSoort =
  | 'VALIDATIE'
  | 'NIET_GEAUTHENTICEERD'
  | 'VERBODEN'
  | 'NIET_GEVONDEN'
  | 'CONFLICT'
  | 'ONVERWERKBAAR'
  | 'TE_GROOT'
  | 'TE_VEEL_VERZOEKEN'
  | 'NIET_BESCHIKBAAR';

export class DomeinFout extends Error {
  constructor(
    readonly soort: FoutSoort,
    /** Feature-specific code, e.g. SIGNAAL_DUBBEL. */
    readonly code: string,
    message: string,
    readonly fouten: readonly Validatiefout[] = [],
  ) {
    super(message);
    this.name = 'DomeinFout';
  }
}

export class ValidatieFout extends DomeinFout {
  constructor(fouten: readonly Validatiefout[], code = 'VALIDATIE', message?: string) {
    super(
      'VALIDATIE',
      code,
      message ?? `Ongeldige invoer: ${fouten.map((f) => `${f.veld}: ${f.reden}`).join('; ')}`,
      fouten,
    );
  }
}

export interface FoutVertaling {
  http: number;
  graphql: string;
  titel: string;
}

/** Exhaustive mapping: adding a FoutSoort without a mapping fails to compile. */
export function vertaalFoutSoort(soort: FoutSoort): FoutVertaling {
  switch (soort) {
    case 'VALIDATIE':
      return { http: 400, graphql: 'BAD_USER_INPUT', titel: 'Ongeldige invoer' };
    case 'NIET_GEAUTHENTICEERD':
      return { http: 401, graphql: 'UNAUTHENTICATED', titel: 'Niet aangemeld' };
    case 'VERBODEN':
      return { http: 403, graphql: 'FORBIDDEN', titel: 'Geen toegang' };
    case 'NIET_GEVONDEN':
      return { http: 404, graphql: 'NOT_FOUND', titel: 'Niet gevonden' };
    case 'CONFLICT':
      return { http: 409, graphql: 'CONFLICT', titel: 'Conflict' };
    case 'ONVERWERKBAAR':
      return { http: 422, graphql: 'UNPROCESSABLE', titel: 'Niet verwerkbaar' };
    case 'TE_GROOT':
      return { http: 413, graphql: 'PAYLOAD_TOO_LARGE', titel: 'Verzoek te groot' };
    case 'TE_VEEL_VERZOEKEN':
      return { http: 429, graphql: 'RATE_LIMITED', titel: 'Te veel verzoeken' };
    case 'NIET_BESCHIKBAAR':
      return { http: 503, graphql: 'SERVICE_UNAVAILABLE', titel: 'Tijdelijk niet beschikbaar' };
  }
}
