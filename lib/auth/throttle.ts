import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { config } from '@/lib/config';

export type ThrottleLimits = { maxFailures: number; lockMinutes: number; ipMaxFailures: number };

export const defaultLimits = (): ThrottleLimits => ({
  maxFailures: config.loginMaxFailures,
  lockMinutes: config.loginLockMinutes,
  ipMaxFailures: config.loginIpMaxFailures,
});

/**
 * A NIP is locked after `maxFailures` consecutive failures (since its last success or admin unlock) until
 * `lockMinutes` after the last of them; an IP is refused after `ipMaxFailures` failures within that window.
 * Attempts refused by a lock are not recorded, so a lock ends on time instead of being extended forever.
 * `before`: the caller's own attempt, already recorded as a failure while its password is checked (see
 * `beginAttempt`); only attempts recorded before it count, so of attempts arriving together the first ones
 * (by id) go on to a password check and the rest are refused — not all of them, nor none.
 */
export async function isThrottled(
  db: Database,
  nip: string,
  ip: string,
  limits: ThrottleLimits,
  before: number | null = null,
): Promise<boolean> {
  const window = sql<Date>`now() - make_interval(mins => ${limits.lockMinutes})`;
  const earlier = sql<boolean>`(${before}::bigint IS NULL OR ${sql.ref('id')} < ${before}::bigint)`;
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('login_attempts as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('a.nip', '=', nip)
        .where('a.outcome', '=', 'fail')
        .where(earlier)
        .where('a.at', '>', sql<Date>`now() - interval '1 day'`)
        .where(
          'a.at',
          '>',
          eb
            .selectFrom('login_attempts as b')
            .select(sql<Date>`coalesce(max(b.at), '-infinity')`.as('at'))
            .where('b.nip', '=', nip)
            .where('b.outcome', 'in', ['success', 'unlock']),
        )
        .as('nip_failures'),
      eb
        .selectFrom('login_attempts as c')
        .select(sql<boolean>`coalesce(max(c.at) > ${window}, false)`.as('recent'))
        .where('c.nip', '=', nip)
        .where('c.outcome', '=', 'fail')
        .where(earlier)
        .as('nip_recent'),
      eb
        .selectFrom('login_attempts as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('d.ip', '=', ip)
        .where('d.outcome', '=', 'fail')
        .where(earlier)
        .where('d.at', '>', window)
        .as('ip_failures'),
    ])
    .executeTakeFirstOrThrow();
  const nipLocked = Number(row.nip_failures) >= limits.maxFailures && row.nip_recent === true;
  return nipLocked || Number(row.ip_failures) >= limits.ipMaxFailures;
}

/**
 * Records a sign-in as a failure before its password is checked, so that attempts arriving together (a
 * parallel guess at one NIP, a flood from one address) see each other in `isThrottled` instead of all
 * passing the check before any has failed. The caller then keeps it (a failure), turns it into a success
 * (`settleAttempt`), or drops it when the check refuses the attempt (a refused attempt is not recorded).
 */
export async function beginAttempt(db: Database, nip: string, ip: string): Promise<number> {
  const row = await db
    .insertInto('login_attempts')
    .values({ nip, ip, outcome: 'fail' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function settleAttempt(db: Database, id: number, outcome: 'success' | 'refused'): Promise<void> {
  if (outcome === 'refused') await db.deleteFrom('login_attempts').where('id', '=', id).execute();
  else await db.updateTable('login_attempts').set({ outcome, at: sql`now()` }).where('id', '=', id).execute();
}

// No attempt is ever recorded from this address, so only the NIP's own lock can answer.
const NO_ADDRESS = '-';

/** Whether the NIP itself is locked now (the same rule as sign-in, without the per-address limit). */
export function isNipLocked(db: Database, nip: string, limits: ThrottleLimits): Promise<boolean> {
  return isThrottled(db, nip, NO_ADDRESS, { ...limits, ipMaxFailures: Number.POSITIVE_INFINITY });
}
