import type { EntityManager } from 'typeorm';
import type { EventName, EventPayload } from '@ketenbeeld/domain';
import type { PersoonVolgHaken } from '@ketenbeeld/platform';

type Samenvoeging = EventPayload<typeof EventName.PersoonSamengevoegd>;

async function notitie(m: EntityManager, casusId: string, tekst: string): Promise<void> {
  await m.query(
    `INSERT INTO casus_gebeurtenis (casus_id, soort, omschrijving) VALUES ($1, 'TRANSITIE', $2)`,
    [casusId, tekst],
  );
  await m.query(`UPDATE casus SET bijgewerkt_op = now() WHERE id = $1`, [casusId]);
}

/**
 * Cases and proposals follow a person merge: those of the merged-away person move to the kept one
 * (recorded, so a split moves exactly those back). A second open case is never created silently:
 * when both persons had an open case, the merged-away one's stays where it is and both cases say
 * so on their timeline, for the procesregisseur to resolve.
 */
export const casusPersoonVolgers: PersoonVolgHaken = {
  async samengevoegd(m, e: Samenvoeging) {
    const [openBehouden] = await m.query<{ id: string }[]>(
      `SELECT id FROM casus WHERE persoon_id = $1 AND open`,
      [e.behoudenId],
    );
    // TypeORM answers UPDATE/DELETE … RETURNING with [rows, count].
    const [verplaatst] = await m.query<[{ id: string }[], number]>(
      `UPDATE casus SET persoon_id = $2 WHERE persoon_id = $1 AND (NOT open OR $3::boolean) RETURNING id`,
      [e.opgaandId, e.behoudenId, !openBehouden],
    );
    for (const c of verplaatst) {
      await m.query(
        `INSERT INTO persoon_verplaatsing (samenvoeging_id, soort, ref_id) VALUES ($1, 'CASUS', $2) ON CONFLICT DO NOTHING`,
        [e.samenvoegingId, c.id],
      );
      await notitie(m, c.id, `Persoon samengevoegd (${e.reden}): de casus hoort nu bij de behouden persoon`);
    }
    const [openOpgaand] = await m.query<{ id: string }[]>(
      `SELECT id FROM casus WHERE persoon_id = $1 AND open`,
      [e.opgaandId],
    );
    if (openOpgaand && openBehouden) {
      for (const id of [openOpgaand.id, openBehouden.id]) {
        await notitie(
          m,
          id,
          `Persoon samengevoegd (${e.reden}): er lopen nu twee open casussen voor dezelfde persoon; sluit of verwijs er één`,
        );
      }
    }
    // Proposals: where both were on the same signal the merged-away one goes; the rest move.
    await m.query(
      `DELETE FROM casus_voorstel WHERE persoon_id = $1 AND status = 'OPEN' AND signaal_id = ANY($2::uuid[])`,
      [e.opgaandId, e.samengevallen],
    );
    const [voorstellen] = await m.query<[{ id: string }[], number]>(
      `UPDATE casus_voorstel SET persoon_id = $2 WHERE persoon_id = $1 AND status = 'OPEN' RETURNING id`,
      [e.opgaandId, e.behoudenId],
    );
    for (const v of voorstellen) {
      await m.query(
        `INSERT INTO persoon_verplaatsing (samenvoeging_id, soort, ref_id) VALUES ($1, 'VOORSTEL', $2) ON CONFLICT DO NOTHING`,
        [e.samenvoegingId, v.id],
      );
    }
  },

  async gesplitst(m, e: Samenvoeging) {
    const [terug] = await m.query<[{ soort: 'CASUS' | 'VOORSTEL'; ref_id: string }[], number]>(
      `DELETE FROM persoon_verplaatsing WHERE samenvoeging_id = $1 RETURNING soort, ref_id`,
      [e.samenvoegingId],
    );
    for (const t of terug) {
      if (t.soort === 'CASUS') {
        await m.query(`UPDATE casus SET persoon_id = $2 WHERE id = $1`, [t.ref_id, e.opgaandId]);
        await notitie(
          m,
          t.ref_id,
          `Samenvoeging ongedaan gemaakt (${e.reden}): de casus hoort weer bij de oorspronkelijke persoon`,
        );
      } else {
        await m.query(`UPDATE casus_voorstel SET persoon_id = $2 WHERE id = $1 AND status = 'OPEN'`, [
          t.ref_id,
          e.opgaandId,
        ]);
      }
    }
  },
};
