import 'server-only';
import { cookies } from 'next/headers';
import { getDb } from '@/db';
import type { Database } from '@/db/pool';
import { getReplicaDb, pickReader, primaryPosition } from '@/db/replica';
import { config } from '@/lib/config';

/** The primary's WAL position after this browser's last write (see db/replica.ts). */
export const WROTE_COOKIE = 'kinerja.wrote';
/** Long enough for any replica worth reading from to catch up; after it the cookie is gone. */
const WROTE_SECONDS = 300;

/**
 * The database for a dashboard or an export: the read replica (DATABASE_READ_URL) once it has this
 * viewer's last write, else the primary. Without a replica, always the primary.
 */
export async function readDb(): Promise<Database> {
  const replica = getReplicaDb();
  if (!replica) return getDb();
  return pickReader(getDb(), replica, (await cookies()).get(WROTE_COOKIE)?.value);
}

/** After a server action's write: remember where the primary stood, so the next reads see it. */
export async function rememberWrite(): Promise<void> {
  if (!getReplicaDb()) return;
  const lsn = await primaryPosition(getDb());
  (await cookies()).set(WROTE_COOKIE, lsn, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    maxAge: WROTE_SECONDS,
  });
}
