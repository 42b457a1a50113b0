import { Column, Entity, PrimaryColumn } from 'typeorm';

export type PlaatsingStatus = 'VOORGESTELD' | 'GOEDGEKEURD' | 'ACTIEF' | 'BEEINDIGD';

/** A placement of a person at a location on the escalation ladder (R1). Issue 7 adds the workflow. */
@Entity({ name: 'plaatsing' })
export class PlaatsingEntity {
  @PrimaryColumn({ type: 'uuid' }) id!: string;
  @Column({ name: 'persoon_id', type: 'uuid' }) persoonId!: string;
  @Column({ type: 'text' }) locatie!: string;
  @Column({ type: 'text' }) status!: PlaatsingStatus;
  @Column({ type: 'date' }) van!: string;
  @Column({ type: 'date', nullable: true }) tot!: string | null;
}
