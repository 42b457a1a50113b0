import type { EntityManager } from 'typeorm';
import { BewaarActie, BewaarSoort } from '@ketenbeeld/domain';
import {
  BewaarRegels,
  verwijderTermijnen,
  type BewaarRegel,
  type BewaarRegelSet,
} from '@ketenbeeld/platform';

/** The Amsterdam calendar day of the cut-off: a date column is due when it lies before it. */
const GRENSDAG = `(($1::timestamptz) AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Retention of planning's own records (DOMAIN.md §7): ended and refused placements with their history
 * and deadlines; the inhuisregistratie (registrations, missed registrations — the signal they made
 * lives on in signalen — and ended duties). Its copies of signals and cases follow signalen and
 * casusregie through events.
 */
@BewaarRegels()
export class PlanningBewaarregels implements BewaarRegelSet {
  regels(): readonly BewaarRegel[] {
    return [
      {
        naam: 'plaatsing-verwijderen',
        soort: BewaarSoort.PLAATSING,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Beëindigde en afgewezen plaatsingen met hun historie en termijnen',
        // From the end of the placement or its last step, whichever is later.
        verlopen: `SELECT p.id FROM plaatsing p
                    WHERE p.status IN ('BEEINDIGD','AFGEWEZEN')
                      AND greatest(coalesce(p.werkelijk_eind, p.tot, p.van)::timestamp AT TIME ZONE 'Europe/Amsterdam',
                                   coalesce((SELECT max(h.op) FROM plaatsing_historie h WHERE h.plaatsing_id = p.id), p.voorgesteld_op)) < $1`,
        voerUit: (m, ids) => verwijderPlaatsingen(m, ids),
      },
      {
        naam: 'inhuisregistratie-verwijderen',
        soort: BewaarSoort.INHUISREGISTRATIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Registraties van de inhuisregistratie',
        verlopen: `SELECT id FROM inhuisregistratie WHERE datum < ${GRENSDAG}`,
        voerUit: (m, ids) => verwijder(m, 'inhuisregistratie', ids),
      },
      {
        naam: 'gemiste-registratie-verwijderen',
        soort: BewaarSoort.INHUISREGISTRATIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving:
          'Gemiste registraties (het signaal dat ervan gemaakt is, volgt de termijn van signalen)',
        // The signal id is unique per missed registration: one key.
        verlopen: `SELECT signaal_id AS id FROM gemiste_registratie WHERE datum < ${GRENSDAG}`,
        async voerUit(m, ids) {
          const [, n] = await m.query<[unknown[], number]>(
            `DELETE FROM gemiste_registratie WHERE signaal_id = ANY($1::uuid[])`,
            [ids],
          );
          return n;
        },
      },
      {
        naam: 'inhuisregistratie-plicht-verwijderen',
        soort: BewaarSoort.INHUISREGISTRATIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Beëindigde plichten tot inhuisregistratie',
        verlopen: `SELECT id FROM inhuisregistratie_plicht WHERE tot < ${GRENSDAG}`,
        voerUit: (m, ids) => verwijder(m, 'inhuisregistratie_plicht', ids),
      },
    ];
  }
}

/** A row keyed by id that may have followed a person merge (persoon_verplaatsing remembers it). */
async function verwijder(
  m: EntityManager,
  tabel: 'inhuisregistratie' | 'inhuisregistratie_plicht',
  ids: readonly string[],
): Promise<number> {
  await m.query(`DELETE FROM persoon_verplaatsing WHERE tabel = $1 AND ref_id = ANY($2::text[])`, [
    tabel,
    ids,
  ]);
  const [, n] = await m.query<[unknown[], number]>(`DELETE FROM ${tabel} WHERE id = ANY($1::uuid[])`, [ids]);
  return n;
}

async function verwijderPlaatsingen(m: EntityManager, ids: readonly string[]): Promise<number> {
  // What pointed at them keeps its own record, without the pointer.
  await m.query(`UPDATE plaatsing SET vervangt_id = NULL WHERE vervangt_id = ANY($1::uuid[])`, [ids]);
  await m.query(`UPDATE gemiste_registratie SET plaatsing_id = NULL WHERE plaatsing_id = ANY($1::uuid[])`, [
    ids,
  ]);
  await m.query(`DELETE FROM plaatsing_historie WHERE plaatsing_id = ANY($1::uuid[])`, [ids]);
  await verwijderTermijnen(m, 'plaatsing', ids);
  await m.query(`DELETE FROM persoon_verplaatsing WHERE tabel = 'plaatsing' AND ref_id = ANY($1::text[])`, [
    ids,
  ]);
  const [, n] = await m.query<[unknown[], number]>(`DELETE FROM plaatsing WHERE id = ANY($1::uuid[])`, [ids]);
  return n;
}
