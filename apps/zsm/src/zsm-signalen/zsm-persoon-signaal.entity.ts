import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Organisatie, SignaalCategorie } from '@ketenbeeld/domain';

@Entity({ name: 'zsm_persoon_signaal' })
export class ZsmPersoonSignaalEntity {
  @PrimaryColumn({ name: 'signaal_id', type: 'uuid' }) signaalId!: string;
  @PrimaryColumn({ name: 'persoon_id', type: 'uuid' }) persoonId!: string;
  @Column({ type: 'text' }) categorie!: SignaalCategorie;
  @Column({ name: 'bron_organisatie', type: 'text' }) bronOrganisatie!: Organisatie;
  @Column({ name: 'tijdstip_incident', type: 'timestamptz' }) tijdstipIncident!: Date;
  @Column({ name: 'bijgewerkt_op', type: 'timestamptz' }) bijgewerktOp!: Date;
}
