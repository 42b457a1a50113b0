import { Column, Entity, JoinTable, ManyToMany, PrimaryColumn } from 'typeorm';
import type { Organisatie } from '@ketenbeeld/domain';
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
  categorie!: string;

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

  @Column({ type: 'text', nullable: true })
  subcategorie!: string | null;

  @Column({ type: 'smallint' })
  ernst!: number;

  @Column({ name: 'tijdstip_melding', type: 'timestamptz' })
  tijdstipMelding!: Date;

  @Column({ type: 'text', nullable: true })
  gemeente!: string | null;

  @Column({ name: 'locatie_code', type: 'text', nullable: true })
  locatieCode!: string | null;

  @Column({ type: 'double precision', nullable: true })
  breedtegraad!: number | null;

  @Column({ type: 'double precision', nullable: true })
  lengtegraad!: number | null;

  @Column({ type: 'boolean', default: false })
  aangifte!: boolean;

  @Column({ name: 'pv_nummer', type: 'text', nullable: true })
  pvNummer!: string | null;

  @Column({ type: 'text', default: 'ACTIEF' })
  status!: 'ACTIEF' | 'INGETROKKEN';

  @Column({ type: 'int', default: 1 })
  versie!: number;

  @ManyToMany(() => PersoonEntity)
  @JoinTable({
    name: 'signaal_persoon',
    joinColumn: { name: 'signaal_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'persoon_id', referencedColumnName: 'id' },
  })
  personen!: PersoonEntity[];
}
