import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { magAlleSignalenZien, type Actor } from '@ketenbeeld/domain';
import { PersoonEntity } from './persoon.entity';

@Injectable()
export class PersoonService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * A person, if the caller may see them: national and kernteam roles see everyone; another
   * organisation sees persons on signals it reported. Otherwise null (no existence leak).
   */
  async haal(actor: Actor, id: string): Promise<PersoonEntity | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const q = this.ds.getRepository(PersoonEntity).createQueryBuilder('p').where('p.id = :id', { id });
    if (!magAlleSignalenZien(actor)) {
      q.andWhere(
        `EXISTS (SELECT 1 FROM signaal_persoon sp JOIN signaal s ON s.id = sp.signaal_id
                 WHERE sp.persoon_id = p.id AND s.bron_organisatie = :org)`,
        { org: actor.organisatie },
      );
    }
    return q.getOne();
  }
}
