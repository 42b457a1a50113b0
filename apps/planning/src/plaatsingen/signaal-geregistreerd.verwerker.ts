import type { EntityManager } from 'typeorm';
import { EventName, SignaalCategorie, type EventEnvelop } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';

/**
 * R2: a missed registration, absconding or nuisance at the reception location is a reason to
 * consider an art. 56 measure and a PBL placement. Such signals are kept as aanleidingen.
 */
export const PLAATSINGS_AANLEIDING: readonly SignaalCategorie[] = [
  SignaalCategorie.NIET_VERSCHENEN,
  SignaalCategorie.ONTTREKKING_TOEZICHT,
  SignaalCategorie.OVERLAST_OPVANGLOCATIE,
  SignaalCategorie.HUISREGELOVERTREDING,
  SignaalCategorie.GEWELD,
  SignaalCategorie.GEWELD_VPT,
  SignaalCategorie.BEDREIGING,
];

@VerwerktEvent(EventName.SignaalGeregistreerd)
export class SignaalGeregistreerdVerwerker implements EventVerwerker<typeof EventName.SignaalGeregistreerd> {
  async verwerk(e: EventEnvelop<typeof EventName.SignaalGeregistreerd>, m: EntityManager): Promise<void> {
    if (!PLAATSINGS_AANLEIDING.includes(e.payload.categorie as SignaalCategorie)) return;
    for (const p of e.payload.personen) {
      await m.query(
        `INSERT INTO plaatsing_aanleiding (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident)
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
