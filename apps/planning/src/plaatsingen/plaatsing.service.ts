import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { magAlleSignalenZien, type Actor, type SignaalCategorie } from '@ketenbeeld/domain';
import { PlaatsingEntity } from './plaatsing.entity';

@Injectable()
export class PlaatsingService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Placements are chain data: national roles and the kernteam see them (partners get scopes later). */
  async vanPersoon(actor: Actor, persoonId: string): Promise<PlaatsingEntity[]> {
    if (!magAlleSignalenZien(actor)) return [];
    return this.ds.getRepository(PlaatsingEntity).find({ where: { persoonId }, order: { van: 'DESC' } });
  }

  async aanleidingen(actor: Actor, persoonId: string) {
    const rijen: { signaal_id: string; categorie: SignaalCategorie; tijdstip_incident: Date }[] =
      await this.ds.query(
        `SELECT signaal_id, categorie, tijdstip_incident FROM plaatsing_aanleiding
        WHERE persoon_id = $1 AND ($2::boolean OR bron_organisatie = $3) ORDER BY tijdstip_incident DESC`,
        [persoonId, magAlleSignalenZien(actor), actor.organisatie],
      );
    return rijen.map((r) => ({
      signaalId: r.signaal_id,
      categorie: r.categorie,
      tijdstipIncident: new Date(r.tijdstip_incident).toISOString(),
    }));
  }
}
