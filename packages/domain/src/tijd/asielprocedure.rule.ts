import {
  formatteerDatum,
  formatteerMoment,
  naarMoment,
  verschuifKalender,
  type TijdInvoer,
} from './amsterdam-tijd';
import type { GeenTermijn, Termijn } from './termijn';
import { controleerJaNee, TermijnFout } from './termijn-fout';
import { wettelijkeTermijn } from './termijnenwet.rule';

/**
 * R8 — Rust- en voorbereidingstijd (RVT): at least 6 days before the algemene asielprocedure starts.
 * None in spoor 1 (Dublin) or spoor 2 (safe country / protection elsewhere); the IND may withhold it
 * for nuisance (`onthouden`). The result is the EARLIEST instant the procedure may start: 6 calendar
 * days after `aanvang` at the same Amsterdam clock time. A minimum, not a term to act within, so R23
 * (Atw) does not apply.
 */
export function rustEnVoorbereidingstijd(invoer: {
  aanvang: TijdInvoer;
  spoor: 1 | 2 | 4;
  onthouden?: boolean;
}): Termijn | GeenTermijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  const onthouden = controleerJaNee(invoer.onthouden, 'onthouden');
  const grondslag = 'Vb 2000 art. 3.109; DT&V';
  if (invoer.spoor === 1 || invoer.spoor === 2) {
    const reden =
      invoer.spoor === 1
        ? 'Dublinzaak (spoor 1)'
        : 'veilig land van herkomst of bescherming elders in de EU (spoor 2)';
    return { regel: 'R8', vervaltOp: null, uitleg: `Geen rust- en voorbereidingstijd: ${reden}`, grondslag };
  }
  if (invoer.spoor !== 4) {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      'spoor',
      `spoor moet 1, 2 of 4 zijn (gekregen: ${String(invoer.spoor)})`,
    );
  }
  if (onthouden) {
    return {
      regel: 'R8',
      vervaltOp: null,
      uitleg: 'Geen rust- en voorbereidingstijd: door de IND onthouden wegens overlast',
      grondslag,
    };
  }
  const vervaltOp = verschuifKalender(aanvang, { days: 6 });
  return {
    regel: 'R8',
    vervaltOp,
    uitleg:
      `Rust- en voorbereidingstijd: ten minste 6 dagen vanaf ${formatteerMoment(aanvang)} → ` +
      `algemene asielprocedure niet vóór ${formatteerMoment(vervaltOp)}`,
    grondslag,
  };
}

/**
 * Kind of asylum decision, for the appeal term (Vw art. 69):
 * - AA: rejected in the algemene asielprocedure;
 * - KENNELIJK_ONGEGROND: rejected as manifestly unfounded;
 * - NIET_ONTVANKELIJK: declared inadmissible (e.g. Dublin, protection elsewhere);
 * - OVERIG: any other decision (e.g. the verlengde procedure).
 */
export type SoortBesluit = 'AA' | 'KENNELIJK_ONGEGROND' | 'NIET_ONTVANKELIJK' | 'OVERIG';

const SOORT_OMSCHRIJVING: Record<SoortBesluit, string> = {
  AA: 'besluit in de algemene asielprocedure',
  KENNELIJK_ONGEGROND: 'afwijzing als kennelijk ongegrond',
  NIET_ONTVANKELIJK: 'niet-ontvankelijkverklaring',
  OVERIG: 'besluit',
};

/**
 * R10 — Beroepstermijn (Vw art. 69): 1 week (7 days) against an AA decision, a manifestly unfounded
 * rejection or an inadmissibility decision; otherwise 4 weeks (28 days). The term starts on the day
 * after bekendmaking (Awb art. 6:8) and runs up to and including the same weekday 1 or 4 weeks later.
 *
 * R23 applies: a term set in a law within which the alien must act, so the Algemene termijnenwet
 * extends it (art. 1: an end on a Saturday, Sunday or feestdag runs on to the next working day;
 * art. 2: at least two working days in the term).
 */
export function beroepstermijn(invoer: { bekendmaking: TijdInvoer; soortBesluit: SoortBesluit }): Termijn {
  const bekendmaking = naarMoment(invoer.bekendmaking, 'bekendmaking');
  if (!(invoer.soortBesluit in SOORT_OMSCHRIJVING)) {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      'soortBesluit',
      `onbekende soortBesluit: ${String(invoer.soortBesluit)}`,
    );
  }
  const kort = invoer.soortBesluit !== 'OVERIG';
  const termijn = wettelijkeTermijn({ gebeurtenis: bekendmaking, aantal: kort ? 7 : 28, eenheid: 'dagen' });
  return {
    regel: 'R10',
    vervaltOp: termijn.vervaltOp,
    uitleg:
      `Beroepstermijn: ${kort ? '7 dagen' : '4 weken'} na bekendmaking van ${SOORT_OMSCHRIJVING[invoer.soortBesluit]} ` +
      `op ${formatteerDatum(bekendmaking)} → tot en met ${formatteerDatum(termijn.vervaltOp)}` +
      (termijn.verlengdDoor ? ` (${termijn.toelichting})` : ''),
    grondslag:
      `Vw art. 69 lid ${kort ? '2' : '1'}; Awb art. 6:8` +
      (termijn.verlengdDoor ? `; ${termijn.verlengdDoor}` : ''),
  };
}

/**
 * R11 — Vertrektermijn (Vw art. 62): the alien leaves within 4 weeks (28 days), or at once (0 days)
 * after a rejection as safe country of origin, or when the term is withheld (Vw art. 62 lid 2:
 * risk of absconding, manifestly unfounded, public order).
 *
 * `aanvang` is the instant the departure term starts to run (e.g. the terugkeerbesluit taking effect).
 * 28 days: counted like R10 (from the next day, up to and including day 28) and R23 APPLIES: Vw
 * art. 62 is a term set in a law within which the alien must act, and the Atw excludes it nowhere we
 * know of. Applying it is also the safe side for the state: supervision or detention for not having
 * left must not start before the extended end. 0 days: due at `aanvang` itself; no term, nothing
 * to extend.
 */
export function vertrektermijn(invoer: {
  aanvang: TijdInvoer;
  veiligLandVanHerkomst?: boolean;
  termijnOnthouden?: boolean;
}): Termijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  const veiligLand = controleerJaNee(invoer.veiligLandVanHerkomst, 'veiligLandVanHerkomst');
  const onthouden = controleerJaNee(invoer.termijnOnthouden, 'termijnOnthouden');
  if (veiligLand || onthouden) {
    const reden = veiligLand ? 'afwijzing als veilig land van herkomst' : 'vertrektermijn onthouden';
    return {
      regel: 'R11',
      vervaltOp: aanvang,
      uitleg: `Vertrektermijn: 0 dagen (${reden}) → direct vertrekken, vanaf ${formatteerMoment(aanvang)}`,
      grondslag: 'Vw art. 62 lid 2; DT&V',
    };
  }
  const termijn = wettelijkeTermijn({ gebeurtenis: aanvang, aantal: 28, eenheid: 'dagen' });
  return {
    regel: 'R11',
    vervaltOp: termijn.vervaltOp,
    uitleg:
      `Vertrektermijn: 28 dagen vanaf ${formatteerDatum(aanvang)} → vertrek uiterlijk ${formatteerDatum(termijn.vervaltOp)}` +
      (termijn.verlengdDoor ? ` (${termijn.toelichting})` : ''),
    grondslag: 'Vw art. 62 lid 1; DT&V' + (termijn.verlengdDoor ? `; ${termijn.verlengdDoor}` : ''),
  };
}
