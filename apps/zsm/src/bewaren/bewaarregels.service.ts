import type { EntityManager } from 'typeorm';
import { BewaarActie, BewaarSoort } from '@ketenbeeld/domain';
import {
  BewaarRegels,
  logRegel,
  verwijderTermijnen,
  type BewaarRegel,
  type BewaarRegelSet,
} from '@ketenbeeld/platform';

/** What an anonymised registration says instead of its free text. */
export const GEANONIMISEERD = '[geanonimiseerd]';

/**
 * Retention of zsm's own records (DOMAIN.md §7): ZSM registrations with their OM decisions (an arrest
 * is police data, R21: anonymised after 5 years, removed after 10), ended detentions, and zsm's own
 * register of lookups (with the processing log's period). Its copies of signals and cases follow
 * signalen and casusregie through events.
 */
@BewaarRegels()
export class ZsmBewaarregels implements BewaarRegelSet {
  regels(): readonly BewaarRegel[] {
    return [
      {
        naam: 'zsm-registratie-verwijderen',
        soort: BewaarSoort.ZSM_REGISTRATIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'ZSM-registraties met hun afdoeningen en klokken (R21: na 10 jaar vernietigen)',
        verlopen: `SELECT id FROM zsm_registratie WHERE aanhouding_op < $1`,
        voerUit: (m, ids) => verwijderRegistraties(m, ids),
      },
      {
        naam: 'zsm-registratie-anonimiseren',
        soort: BewaarSoort.ZSM_REGISTRATIE,
        actie: BewaarActie.ANONIMISEREN,
        omschrijving:
          'ZSM-registraties (R21: na 5 jaar): persoon, naam, V-nummer, omschrijving, referentie en wie registreerde gaan, net als de toelichting bij de afdoening en de klokken; delict, plaats en tijden blijven voor de cijfers',
        verlopen: `SELECT id FROM zsm_registratie WHERE geanonimiseerd_op IS NULL AND aanhouding_op < $1 AND aanhouding_op >= $2`,
        voerUit: (m, ids) => anonimiseerRegistraties(m, ids),
      },
      {
        naam: 'detentie-verwijderen',
        soort: BewaarSoort.DETENTIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Beëindigde detenties',
        verlopen: `SELECT id FROM detentie WHERE eind < $1`,
        async voerUit(m, ids) {
          const [, n] = await m.query<[unknown[], number]>(
            `DELETE FROM detentie WHERE id = ANY($1::uuid[])`,
            [ids],
          );
          return n;
        },
      },
      logRegel({
        naam: 'zsm-verwerkingslog',
        tabel: 'verwerkingslog',
        sleutel: 'id',
        tijd: 'tijdstip',
        omschrijving: 'Regels van zsm’s eigen register van bevragingen (nooit jonger dan een jaar)',
      }),
    ];
  }
}

async function verwijderRegistraties(m: EntityManager, ids: readonly string[]): Promise<number> {
  await m.query(`DELETE FROM afdoening WHERE registratie_id = ANY($1::uuid[])`, [ids]);
  await verwijderTermijnen(m, 'zsm_registratie', ids);
  const [, n] = await m.query<[unknown[], number]>(`DELETE FROM zsm_registratie WHERE id = ANY($1::uuid[])`, [
    ids,
  ]);
  return n;
}

async function anonimiseerRegistraties(m: EntityManager, ids: readonly string[]): Promise<number> {
  const [anoniem] = await m.query<[{ id: string }[], number]>(
    `UPDATE zsm_registratie SET persoon_id = NULL, v_nummer = NULL, naam = NULL, omschrijving = $2,
            zsm_referentie = 'geanonimiseerd:' || id, geregistreerd_door = 'geanonimiseerd', geanonimiseerd_op = now()
      WHERE id = ANY($1::uuid[]) AND geanonimiseerd_op IS NULL
      RETURNING id`,
    [ids, GEANONIMISEERD],
  );
  const klaar = anoniem.map((r) => r.id);
  await m.query(
    `UPDATE afdoening SET toelichting = NULL, door = 'geanonimiseerd' WHERE registratie_id = ANY($1::uuid[])`,
    [klaar],
  );
  // The custody clocks name the person and the ZSM case in their payload; after 5 years they only identify.
  await verwijderTermijnen(m, 'zsm_registratie', klaar);
  return klaar.length;
}
