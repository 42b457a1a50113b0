import { formatteerMoment, transportAanvraag } from '../tijd';
import { beschrijf, controleerMoment } from './datum';
import { PlanningFout } from './planning-fout';

/**
 * R13 — Transport of an azc resident to Ter Apel must be requested at least 2 weeks before the
 * appointment (seed evaluation §2.2). The counting lives in tijd/transport-aanvraag.rule.ts.
 */

/** Marker in location codes of the Ter Apel locations (e.g. 'TER_APEL', 'TER_APEL_AC'). */
export const TER_APEL = 'TER_APEL';

/**
 * Transport is needed for an appointment at a Ter Apel location when the person is housed at a known
 * location outside Ter Apel. Unknown housing (null): no transport to plan. Codes compare
 * case-insensitively.
 */
export function transportNodig(i: { afspraakLocatie: string; verblijfLocatie: string | null }): boolean {
  if (typeof i.afspraakLocatie !== 'string' || i.afspraakLocatie.trim() === '') {
    throw new PlanningFout(
      'afspraakLocatie',
      `moet een locatiecode zijn (gekregen: ${beschrijf(i.afspraakLocatie)})`,
    );
  }
  if (i.verblijfLocatie !== null && typeof i.verblijfLocatie !== 'string') {
    throw new PlanningFout('verblijfLocatie', 'moet een locatiecode of null zijn');
  }
  const inTerApel = (code: string) => code.toUpperCase().includes(TER_APEL);
  return inTerApel(i.afspraakLocatie) && i.verblijfLocatie !== null && !inTerApel(i.verblijfLocatie);
}

/** Latest request instant for the transport (R13) and whether `nu` is already past it. */
export function beoordeelTransport(i: { afspraak: Date; nu: Date }): {
  uiterlijkAanvragen: Date;
  teLaat: boolean;
  uitleg: string;
} {
  const afspraak = controleerMoment(i.afspraak, 'afspraak');
  const nu = controleerMoment(i.nu, 'nu');
  const termijn = transportAanvraag({ afspraak });
  const uiterlijkAanvragen = termijn.vervaltOp;
  const teLaat = nu.getTime() > uiterlijkAanvragen.getTime();
  const uitleg = teLaat
    ? `Afspraak te kort dag: transport had uiterlijk ${formatteerMoment(uiterlijkAanvragen)} aangevraagd moeten ` +
      `worden, 2 weken vóór de afspraak op ${formatteerMoment(afspraak)} (R13). Overleg met de vervoerder of ` +
      `verplaats de afspraak.`
    : `${termijn.uitleg} (R13).`;
  return { uiterlijkAanvragen, teLaat, uitleg };
}
