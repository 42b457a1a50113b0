import { DataSource, type DataSourceOptions } from 'typeorm';
import { PlatformTabellen1763800000000 } from './migrations/1763800000000-platform-tabellen';
import { Termijnen1763800010000 } from './migrations/1763800010000-termijnen';
import { Logboek1763800020000 } from './migrations/1763800020000-logboek';
import { TermijnTrace1763800025000 } from './migrations/1763800025000-termijn-trace';
import { Opschoning1763800033000 } from './migrations/1763800033000-opschoning';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Klasse = Function;

export interface DatabaseOpties {
  url: string;
  /** Entities of the service. Platform tables (outbox, verwerkt_event) are used through SQL. */
  entities: Klasse[];
  /** Migrations of the service (platform migrations run first). */
  migrations: Klasse[];
}

/** Data source options for a service's own database. Never `synchronize`: migrations only. */
export function dataSourceOpties(opties: DatabaseOpties): DataSourceOptions {
  return {
    type: 'postgres',
    url: opties.url,
    entities: opties.entities,
    migrations: [
      PlatformTabellen1763800000000,
      Termijnen1763800010000,
      Logboek1763800020000,
      TermijnTrace1763800025000,
      Opschoning1763800033000,
      ...opties.migrations,
    ],
    migrationsTableName: 'migraties',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, application_name: 'ketenbeeld' },
  };
}

const MIGRATIE_LOCK = 7_361_000_001;

/**
 * Run pending migrations under a PostgreSQL advisory lock, so that several instances starting at
 * once (or the migrate command next to a running service) never run the same migration twice.
 */
export async function voerMigratiesUit(ds: DataSource): Promise<string[]> {
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATIE_LOCK]);
    const uitgevoerd = await ds.runMigrations({ transaction: 'each' });
    return uitgevoerd.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATIE_LOCK]).catch(() => undefined);
    await runner.release();
  }
}

/** The migrate command of a service: connect, migrate, disconnect; prints what ran. */
export async function migreerCommando(opties: DatabaseOpties, log: (s: string) => void = console.log) {
  const ds = new DataSource(dataSourceOpties(opties));
  await ds.initialize();
  try {
    const namen = await voerMigratiesUit(ds);
    log(namen.length ? `migraties uitgevoerd: ${namen.join(', ')}` : 'database is bij: geen migraties nodig');
  } finally {
    await ds.destroy();
  }
}
