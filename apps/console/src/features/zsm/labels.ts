import { useQuery } from '@apollo/client/react';
import { codeAlsTekst } from '../../app/opmaak';
import { SIGNAAL_OPTIES } from '../nieuw-signaal/signaalOpties.graphql';

/** Custody clocks (TermijnSoort) and their Dutch names. */
const KLOK_LABEL: Readonly<Record<string, string>> = {
  OPHOUDEN_VOOR_ONDERZOEK: 'Ophouden voor onderzoek',
  INVERZEKERINGSTELLING: 'Inverzekeringstelling',
  VOORGELEIDING: 'Voorgeleiding rechter-commissaris',
};

export function klokLabel(soort: string): string {
  return KLOK_LABEL[soort] ?? codeAlsTekst(soort);
}

/** Kinds of detention reported by DJI (DETENTIE_SOORTEN). */
const DETENTIE_LABEL: Readonly<Record<string, string>> = {
  POLITIECEL: 'Politiecel',
  HUIS_VAN_BEWARING: 'Huis van bewaring',
  GEVANGENIS: 'Gevangenis',
  VREEMDELINGENBEWARING: 'Vreemdelingenbewaring',
};

export function detentieLabel(soort: string): string {
  return DETENTIE_LABEL[soort] ?? codeAlsTekst(soort);
}

/** A clock with less than this many minutes left is shown in red. */
export const DRINGEND_MINUTEN = 60;

/**
 * Labels of the delict codes (signalen's managed taxonomy), with the same document as the signal
 * form so the cache holds one shape; readable codes while loading or when signalen does not answer.
 */
export function useDelictLabel(): (code: string) => string {
  const { data } = useQuery(SIGNAAL_OPTIES, { fetchPolicy: 'cache-first', errorPolicy: 'all' });
  return (code) => data?.signaalCategorieen?.find((c) => c.code === code)?.label ?? codeAlsTekst(code);
}
