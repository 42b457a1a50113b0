import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Organisatie, SignaalCategorie } from '@ketenbeeld/domain';

/** A signal about a person as it reached the kernteam (event-fed local copy), awaiting triage. */
@Entity({ name: 'signaal_melding' })
export class SignaalMeldingEntity {
  @PrimaryColumn({ name: 'signaal_id', type: 'uuid' }) signaalId!: string;
  @PrimaryColumn({ name: 'persoon_id', type: 'uuid' }) persoonId!: string;
  @Column({ type: 'text' }) categorie!: SignaalCategorie;
  @Column({ name: 'bron_organisatie', type: 'text' }) bronOrganisatie!: Organisatie;
  @Column({ name: 'tijdstip_incident', type: 'timestamptz' }) tijdstipIncident!: Date;
  @Column({ name: 'ontvangen_op', type: 'timestamptz' }) ontvangenOp!: Date;
  @Column({ type: 'text' }) status!: 'NIEUW';
}
