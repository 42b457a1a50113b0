import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** The part of a pg client or pool this needs: a query with a statement name. */
interface PgQueryable {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const namen = new Map<string, string>();

/** A stable statement name per SQL text (the same text always gets the same name). */
export function statementNaam(sql: string): string {
  let naam = namen.get(sql);
  if (!naam) {
    naam = `kb_${createHash('sha256').update(sql).digest('hex').slice(0, 24)}`;
    if (namen.size < 1000) namen.set(sql, naam);
  }
  return naam;
}

/**
 * Run a hot statement as a named prepared statement: PostgreSQL parses and plans it once per
 * connection instead of on every call (what pgbench's `-M prepared` does). Only for statements whose
 * text comes from a small fixed set (the name is a hash of the text; the values are parameters).
 * Inside a transaction pass its EntityManager: the statement runs on the transaction's connection.
 * Not for deployments behind a transaction-pooling PgBouncer (named statements are per connection).
 */
export async function voerVoorbereidUit<T = Record<string, unknown>>(
  bron: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<T[]> {
  const verzoek = { name: statementNaam(sql), text: sql, values: parameters };
  if (bron instanceof DataSource) {
    const pool = (bron.driver as unknown as { master: PgQueryable }).master;
    return (await pool.query(verzoek)).rows as T[];
  }
  const runner = bron.queryRunner;
  if (!runner)
    throw new Error('voerVoorbereidUit: EntityManager zonder queryRunner (alleen binnen een transactie)');
  const client = (await runner.connect()) as PgQueryable;
  return (await client.query(verzoek)).rows as T[];
}
