import { createHash } from 'node:crypto';
import { Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, sql } from 'kysely';
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
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
}

const PREPARED_MARK = '/* prepared */';

/**
 * Appended to a query (`.modifyEnd(PREPARED)`) that runs on nearly every request, to make it a named
 * prepared statement on each connection. PostgreSQL then plans it with its parameters for the first five
 * runs and, where a generic plan costs no more, stops planning it at all: planning was most of the
 * database time of the viewer lookup and the navigation badges (about 1 ms each, 0.1 ms of running).
 * Only queries of a fixed shape are marked (no lists of varying length), so each connection holds a
 * handful of them; a constant a partial index depends on is written as a literal (`sql.lit`), or the
 * generic plan could not use that index and PostgreSQL keeps planning per run. None selects `*`: a
 * prepared statement whose result columns change under it (a migration adding a column) fails until its
 * connection closes, so marked queries name their columns. The app restarts after migrating anyway.
 */
export const PREPARED = sql.raw(PREPARED_MARK);

const statementName = (text: string) => `k_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;

/** The pool as Kysely sees it, sending marked queries as named statements (pg parses each once per connection). */
function preparingPool(pool: pg.Pool): PostgresPool {
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      return {
        // Anything else (unmarked text, or a cursor when streaming) goes to pg as Kysely sent it.
        query: ((text: string, values?: unknown[]) =>
          typeof text === 'string' && text.endsWith(PREPARED_MARK)
            ? client.query({ name: statementName(text), text, values })
            : client.query(text, values)) as unknown as PostgresPoolClient['query'],
        release: () => client.release(),
      };
    },
    end: () => pool.end(),
  };
}
