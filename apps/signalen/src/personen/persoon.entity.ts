import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person: registered (V-nummer) or a provisional identity known only by what was given. */
@Entity({ name: 'persoon' })
export class PersoonEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'v_nummer', type: 'text', nullable: true, unique: true })
  vNummer!: string | null;

  @Column({ type: 'text', nullable: true })
  naam!: string | null;

  @Column({ type: 'date', nullable: true })
  geboortedatum!: string | null;

  @Column({ type: 'text', nullable: true })
  nationaliteit!: string | null;

  @Column({ type: 'smallint', nullable: true })
  geboortejaar!: number | null;

  @Column({ name: 'coa_nummer', type: 'text', nullable: true })
  coaNummer!: string | null;

  @Column({ type: 'text', nullable: true })
  omschrijving!: string | null;

  @Column({ type: 'text', default: 'ACTIEF' })
  status!: 'ACTIEF' | 'SAMENGEVOEGD';

  @Column({ name: 'samengevoegd_in', type: 'uuid', nullable: true })
  samengevoegdIn!: string | null;

  @Column({ name: 'naam_sleutels', type: 'text', array: true, default: () => "'{}'" })
  naamSleutels!: string[];

  @CreateDateColumn({ name: 'aangemaakt_op', type: 'timestamptz' })
  aangemaaktOp!: Date;
}
