import type { EntityManager } from 'typeorm';
import { EventName, type EventEnvelop } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';

/** casusregie removed a closed case (its retention period passed): the ZSM desk's copy goes too. */
@VerwerktEvent(EventName.CasusOpgeschoond)
export class CasusOpgeschoondVerwerker implements EventVerwerker<typeof EventName.CasusOpgeschoond> {
  async verwerk(e: EventEnvelop<typeof EventName.CasusOpgeschoond>, m: EntityManager): Promise<void> {
    await m.query(`DELETE FROM zsm_casus WHERE casus_id = $1`, [e.payload.casusId]);
  }
}
