import type { EntityManager } from 'typeorm';
import { BewaarActie, BewaarSoort } from '@ketenbeeld/domain';
import type { BewaarRegel } from './bewaar-regel';

const NAAM = /^[a-z_]+$/;

/**
 * Remove the deadlines (and their append-only history) of removed subjects, e.g. the custody clocks
 * of a ZSM registration or the measure and action deadlines of a case. Only inside the retention
 * job's transaction (the history trigger lets a DELETE through only there).
 */
export async function verwijderTermijnen(
  m: EntityManager,
  onderwerpType: string,
  onderwerpIds: readonly string[],
): Promise<void> {
  if (!onderwerpIds.length) return;
  await m.query(
    `DELETE FROM termijn_historie WHERE termijn_id IN
       (SELECT id FROM termijn WHERE onderwerp_type = $1 AND onderwerp_id = ANY($2::text[]))`,
    [onderwerpType, onderwerpIds],
  );
  await m.query(`DELETE FROM termijn WHERE onderwerp_type = $1 AND onderwerp_id = ANY($2::text[])`, [
    onderwerpType,
    onderwerpIds,
  ]);
}

/**
 * A rule removing the lines of an append-only log older than the LOGBOEK period. Every service has
 * the platform's `logboek`; zsm also its own register of lookups. Never a line younger than a year,
 * whatever is configured (configuration refuses less, and the logboek trigger refuses the DELETE):
 * the rule leaves those out rather than fail on them.
 */
export function logRegel(opties: {
  naam: string;
  tabel: string;
  sleutel: string;
  tijd: string;
  omschrijving: string;
}): BewaarRegel {
  for (const n of [opties.tabel, opties.sleutel, opties.tijd]) {
    if (!NAAM.test(n)) throw new Error(`ongeldige naam ${n}`);
  }
  const { tabel, sleutel, tijd } = opties;
  return {
    naam: opties.naam,
    soort: BewaarSoort.LOGBOEK,
    actie: BewaarActie.VERWIJDEREN,
    omschrijving: opties.omschrijving,
    verlopen: `SELECT ${sleutel}::text AS id FROM ${tabel} WHERE ${tijd} < $1 AND ${tijd} < now() - interval '1 year'`,
    async voerUit(m, ids) {
      const weg = await m.query<[unknown[], number]>(
        `DELETE FROM ${tabel} WHERE ${sleutel} = ANY($1::bigint[]) AND ${tijd} < now() - interval '1 year'`,
        [ids],
      );
      return weg[1];
    },
  };
}

/** The processing log every service keeps (platform table `logboek`). */
export const LOGBOEK_REGEL = logRegel({
  naam: 'logboek',
  tabel: 'logboek',
  sleutel: 'volgnummer',
  tijd: 'start',
  omschrijving:
    'Regels van het logboek dataverwerkingen ouder dan de bewaartermijn (nooit jonger dan een jaar)',
});

/**
 * Events the relay delivered: the payloads carry personal data (a signal's description, names). An
 * event not yet sent is never removed, however old.
 */
export const OUTBOX_REGEL: BewaarRegel = {
  naam: 'outbox',
  soort: BewaarSoort.OUTBOX,
  actie: BewaarActie.VERWIJDEREN,
  omschrijving: 'Afgeleverde events in de outbox',
  verlopen: `SELECT volgnummer::text AS id FROM outbox WHERE verzonden_op < $1`,
  async voerUit(m, ids) {
    const weg = await m.query<[unknown[], number]>(
      `DELETE FROM outbox WHERE volgnummer = ANY($1::bigint[]) AND verzonden_op IS NOT NULL`,
      [ids],
    );
    return weg[1];
  },
};
