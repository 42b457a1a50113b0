import type { EntityManager } from 'typeorm';
import { EventName, type EventEnvelop } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';
import { VoorstelService } from './voorstel.service';

/**
 * Every signal reaches the kernteam: one melding per person on it (the local copy), then per person
 * either a link to the open case or a proposal with a suitability verdict. Runs in the consumer's
 * transaction, so a redelivered event changes nothing twice.
 */
@VerwerktEvent(EventName.SignaalGeregistreerd)
export class SignaalGeregistreerdVerwerker implements EventVerwerker<typeof EventName.SignaalGeregistreerd> {
  constructor(private readonly voorstellen: VoorstelService) {}

  async verwerk(e: EventEnvelop<typeof EventName.SignaalGeregistreerd>, m: EntityManager): Promise<void> {
    const s = e.payload;
    for (const p of s.personen) {
      await m.query(
        `INSERT INTO signaal_melding (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident, bron_referentie,
                                     categorie_label, ernst, vpt, locatie_code, gemeente, omschrijving)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
        [
          s.signaalId,
          p.persoonId,
          s.categorie,
          s.bronOrganisatie,
          s.tijdstipIncident,
          s.bronReferentie,
          s.categorieLabel ?? null,
          s.ernst ?? null,
          s.vpt ?? false,
          s.locatieCode ?? null,
          s.gemeente ?? null,
          s.omschrijving ?? null,
        ],
      );
    }
    await this.voorstellen.verwerkSignaal(m, s);
  }
}
