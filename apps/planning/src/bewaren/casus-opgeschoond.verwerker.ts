import type { EntityManager } from 'typeorm';
import { EventName, type EventEnvelop } from '@ketenbeeld/domain';
import { VerwerktEvent, verwijderTermijnen, type EventVerwerker } from '@ketenbeeld/platform';

/**
 * casusregie removed a closed case (its retention period passed): the case's procedure plan goes with
 * its steps and deadlines (transport requests, R13), and placements and the person's read model no
 * longer point at it. Idempotent: a second delivery finds nothing.
 */
@VerwerktEvent(EventName.CasusOpgeschoond)
export class CasusOpgeschoondVerwerker implements EventVerwerker<typeof EventName.CasusOpgeschoond> {
  async verwerk(e: EventEnvelop<typeof EventName.CasusOpgeschoond>, m: EntityManager): Promise<void> {
    const { casusId } = e.payload;
    await m.query(`DELETE FROM procedure_stap WHERE casus_id = $1`, [casusId]);
    await m.query(`DELETE FROM persoon_verplaatsing WHERE tabel = 'procedure_plan' AND ref_id = $1`, [
      casusId,
    ]);
    await m.query(`DELETE FROM procedure_plan WHERE casus_id = $1`, [casusId]);
    // Deadline history is append-only except for retention: only within this transaction.
    await m.query(`SELECT set_config('ketenbeeld.opschonen', 'bewaartermijn', true)`);
    await verwijderTermijnen(m, 'casus', [casusId]);
    await m.query(`SELECT set_config('ketenbeeld.opschonen', '', true)`);
    await m.query(`UPDATE plaatsing SET casus_id = NULL WHERE casus_id = $1`, [casusId]);
    await m.query(
      `UPDATE planning_persoon SET casus_id = NULL, casus_open = false, spoor = NULL, kansarm = NULL, bijgewerkt_op = now()
        WHERE casus_id = $1`,
      [casusId],
    );
  }
}
