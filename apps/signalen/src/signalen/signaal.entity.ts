import { Column, Entity, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import type { Organisatie, SignaalCategorie } from '@ketenbeeld/domain';
import { PersoonEntity } from '../personen/persoon.entity';

@Entity({ name: 'signaal' })
export class SignaalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'bron_organisatie', type: 'text' })
  bronOrganisatie!: Organisatie;

  @Column({ name: 'bron_referentie', type: 'text' })
  bronReferentie!: string;

  @Column({ type: 'text' })
  categorie!: SignaalCategorie;

  @Column({ type: 'text' })
  omschrijving!: string;

  @Column({ name: 'tijdstip_incident', type: 'timestamptz' })
  tijdstipIncident!: Date;

  @Column({ name: 'geregistreerd_op', type: 'timestamptz' })
  geregistreerdOp!: Date;

  @Column({ name: 'geregistreerd_door', type: 'text' })
  geregistreerdDoor!: string;

  @Column({ name: 'geregistreerd_door_organisatie', type: 'text' })
  geregistreerdDoorOrganisatie!: Organisatie;

  @ManyToMany(() => PersoonEntity)
  @JoinTable({
    name: 'signaal_persoon',
    joinColumn: { name: 'signaal_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'persoon_id', referencedColumnName: 'id' },
  })
  personen!: PersoonEntity[];
}
