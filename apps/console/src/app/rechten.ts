import type { Persona } from './auth';

/**
 * What the UI offers to whom. The services decide (FORBIDDEN otherwise); these only hide actions a
 * persona cannot perform, so nobody is invited to press a button that will be refused.
 */
const REGISSEURSROLLEN = ['KERNTEAMLID', 'PROCESREGISSEUR'] as const;

/** Merging, splitting and linking identities: kernteam members and procesregisseurs. */
export function magIdentiteitenKoppelen(persona: Persona): boolean {
  return persona.rollen.some((r) => (REGISSEURSROLLEN as readonly string[]).includes(r));
}

/** National roles see (and may change) the whole chain (domain: NATIONALE_ROLLEN). */
const NATIONALE_ROLLEN = ['ANALIST_NATIONAAL', 'KETENMARINIER'] as const;

/**
 * Adding persons, correcting or withdrawing a signal: the reporting organisation (bronOrganisatie)
 * or a national role, as the signalen service enforces (SignaalService.vergrendelVoorWijziging).
 */
export function magSignaalBeheren(persona: Persona, signaal: { readonly bronOrganisatie: string }): boolean {
  return (
    persona.organisatie === signaal.bronOrganisatie ||
    persona.rollen.some((r) => (NATIONALE_ROLLEN as readonly string[]).includes(r))
  );
}
