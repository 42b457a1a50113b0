import type { EntityManager } from 'typeorm';
import type { EventName, EventPayload } from '@ketenbeeld/domain';
import type { SignaalVolgHaken } from '@ketenbeeld/platform';

/**
 * A signal's retention period passed in signalen (removed, or anonymised under R21). Besides the copy
 * in signaal_melding (dropped by the platform's handler) casusregie drops the signal's links: to
 * cases, from proposals that never became a case, from a group case, and the reference on the case
 * timeline (the line itself stays with the case, which has its own period). A proposal that became a
 * case stays with that case.
 */
export const casusSignaalVolgers: SignaalVolgHaken = {
  async signaalOpgeschoond(m: EntityManager, e: EventPayload<typeof EventName.SignaalOpgeschoond>) {
    await m.query(`DELETE FROM casus_signaal WHERE signaal_id = $1`, [e.signaalId]);
    const [voorstellen] = await m.query<[{ id: string }[], number]>(
      `DELETE FROM casus_voorstel WHERE signaal_id = $1 AND casus_id IS NULL RETURNING id`,
      [e.signaalId],
    );
    await m.query(`DELETE FROM persoon_verplaatsing WHERE soort = 'VOORSTEL' AND ref_id = ANY($1::uuid[])`, [
      voorstellen.map((v) => v.id),
    ]);
    await m.query(`UPDATE groepscasus SET signaal_id = NULL WHERE signaal_id = $1`, [e.signaalId]);
    // The timeline is append-only except for retention: only for this statement of this transaction.
    await m.query(`SELECT set_config('ketenbeeld.opschonen', 'bewaartermijn', true)`);
    await m.query(`UPDATE casus_gebeurtenis SET ref_id = NULL WHERE ref_id = $1 AND soort = 'SIGNAAL'`, [
      e.signaalId,
    ]);
    await m.query(`SELECT set_config('ketenbeeld.opschonen', '', true)`);
  },
};
