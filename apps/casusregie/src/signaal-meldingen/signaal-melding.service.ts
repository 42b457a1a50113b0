import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { magAlleSignalenZien, type Actor } from '@ketenbeeld/domain';
import { SignaalMeldingEntity } from './signaal-melding.entity';

@Injectable()
export class SignaalMeldingService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async vanPersoon(actor: Actor, persoonId: string): Promise<SignaalMeldingEntity[]> {
    const q = this.ds
      .getRepository(SignaalMeldingEntity)
      .createQueryBuilder('m')
      .where('m.persoonId = :persoonId', { persoonId })
      .orderBy('m.tijdstipIncident', 'DESC');
    if (!magAlleSignalenZien(actor)) q.andWhere('m.bronOrganisatie = :org', { org: actor.organisatie });
    return q.getMany();
  }
}
