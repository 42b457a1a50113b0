import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { magAlleSignalenZien, type Actor, type SignaalCategorie } from '@ketenbeeld/domain';

export interface CategorieAantal {
  categorie: SignaalCategorie;
  aantal: number;
  laatste: Date;
}

@Injectable()
export class ZsmSignaalService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Signals about a person per category (the "recent signals by category" of the ZSM lookup). */
  async overzicht(actor: Actor, persoonId: string): Promise<CategorieAantal[]> {
    const alle = magAlleSignalenZien(actor);
    const rijen: { categorie: SignaalCategorie; aantal: string; laatste: Date }[] = await this.ds.query(
      `SELECT categorie, count(*) AS aantal, max(tijdstip_incident) AS laatste
         FROM zsm_persoon_signaal
        WHERE persoon_id = $1 AND ($2::boolean OR bron_organisatie = $3)
        GROUP BY categorie ORDER BY max(tijdstip_incident) DESC`,
      [persoonId, alle, actor.organisatie],
    );
    return rijen.map((r) => ({
      categorie: r.categorie,
      aantal: Number(r.aantal),
      laatste: new Date(r.laatste),
    }));
  }
}
