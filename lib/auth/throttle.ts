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
 */
export async function isThrottled(
  db: Database,
  nip: string,
  ip: string,
  limits: ThrottleLimits,
): Promise<boolean> {
  const window = sql<Date>`now() - make_interval(mins => ${limits.lockMinutes})`;
  const row = await db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('login_attempts as a')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('a.nip', '=', nip)
        .where('a.outcome', '=', 'fail')
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
        .as('nip_recent'),
      eb
        .selectFrom('login_attempts as d')
        .select((e) => e.fn.countAll<number>().as('n'))
        .where('d.ip', '=', ip)
        .where('d.outcome', '=', 'fail')
        .where('d.at', '>', window)
        .as('ip_failures'),
    ])
    .executeTakeFirstOrThrow();
  const nipLocked = Number(row.nip_failures) >= limits.maxFailures && row.nip_recent === true;
  return nipLocked || Number(row.ip_failures) >= limits.ipMaxFailures;
}

export async function recordAttempt(
  db: Database,
  nip: string,
  ip: string,
  outcome: 'fail' | 'success' | 'unlock',
): Promise<void> {
  await db.insertInto('login_attempts').values({ nip, ip, outcome }).execute();
}

// No attempt is ever recorded from this address, so only the NIP's own lock can answer.
const NO_ADDRESS = '-';

/** Whether the NIP itself is locked now (the same rule as sign-in, without the per-address limit). */
export function isNipLocked(db: Database, nip: string, limits: ThrottleLimits): Promise<boolean> {
  return isThrottled(db, nip, NO_ADDRESS, { ...limits, ipMaxFailures: Number.POSITIVE_INFINITY });
}
