import type { EntityManager } from 'typeorm';
import { EventName, type EventEnvelop } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';

/** Every signal reaches the kernteam: one melding per person on it. */
@VerwerktEvent(EventName.SignaalGeregistreerd)
export class SignaalGeregistreerdVerwerker implements EventVerwerker<typeof EventName.SignaalGeregistreerd> {
  async verwerk(e: EventEnvelop<typeof EventName.SignaalGeregistreerd>, m: EntityManager): Promise<void> {
    for (const p of e.payload.personen) {
      await m.query(
        `INSERT INTO signaal_melding (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        [
          e.payload.signaalId,
          p.persoonId,
          e.payload.categorie,
          e.payload.bronOrganisatie,
          e.payload.tijdstipIncident,
        ],
      );
    }
  }
}
