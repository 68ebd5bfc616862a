import { sql } from 'kysely';
import { createDb, type Database } from './pool';

/**
 * An optional read replica (DATABASE_READ_URL: a PostgreSQL streaming replica of the app's database, with
 * the same roles) for the heavy reads that need no row locks: dashboards and exports. Writes, and every
 * read that decides a write, stay on the primary (getDb()).
 *
 * Read-your-writes: after a write, a viewer's session remembers the primary's WAL position (the
 * `kinerja.wrote` cookie, set by lib/action.ts). A read for that viewer goes to the replica only once the
 * replica has replayed past that position, so nobody sees a page older than their own last write.
 * A replica that is unreachable, or not yet caught up, sends the read to the primary: the replica can
 * only ever take load off, never add an error.
 */

const globalForReplica = globalThis as unknown as { kinerjaReplica?: Database | null };

/** The replica's pool, or null when DATABASE_READ_URL is unset. */
export function getReplicaDb(): Database | null {
  if (globalForReplica.kinerjaReplica === undefined) {
    const url = process.env.DATABASE_READ_URL;
    globalForReplica.kinerjaReplica = url ? createDb(url, { applicationName: 'kinerja-asn-read' }) : null;
  }
  return globalForReplica.kinerjaReplica;
}

/** A WAL position as PostgreSQL prints a pg_lsn ('16/B374D848'); anything else is ignored. */
export const LSN_PATTERN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/;

/** The primary's WAL position now: every transaction committed before this call is at or before it. */
export async function primaryPosition(primary: Database): Promise<string> {
  const { rows } = await sql<{ lsn: string }>`SELECT pg_current_wal_lsn()::text AS lsn`.execute(primary);
  return rows[0]?.lsn as string;
}

/**
 * Where a read goes: the replica when there is one, it answers, it is a replica, and it has replayed the
 * viewer's last write (`wrote`, a primary position; none when the viewer has not written lately).
 */
export async function pickReader(
  primary: Database,
  replica: Database | null,
  wrote: string | undefined,
): Promise<Database> {
  if (!replica) return primary;
  const since = wrote && LSN_PATTERN.test(wrote) ? wrote : null;
  try {
    const { rows } = await sql<{ standby: boolean; caught_up: boolean | null }>`
      SELECT pg_is_in_recovery() AS standby,
             (${since}::pg_lsn IS NULL OR pg_last_wal_replay_lsn() >= ${since}::pg_lsn) AS caught_up`.execute(
      replica,
    );
    const row = rows[0];
    return row?.standby && row.caught_up ? replica : primary;
  } catch {
    return primary;
  }
}
