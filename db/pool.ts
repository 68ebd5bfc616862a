import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './types';

// DATE columns stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// Counts and bigserial ids fit comfortably in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Database = Kysely<DB>;

export type PoolOptions = { max?: number; statementTimeoutMs?: number; applicationName?: string };

/** One pool per process; a failing database must surface as a readable error, never crash the process. */
export function createDb(connectionString: string, options: PoolOptions = {}): Database {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? Number(process.env.PG_POOL_MAX ?? 10),
    connectionTimeoutMillis: 3000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? Number(process.env.PG_STATEMENT_TIMEOUT_MS ?? 15_000),
    application_name: options.applicationName ?? 'kinerja-asn',
  });
  pool.on('error', (err) => {
    console.error('[db] idle client error:', err.message);
  });
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
