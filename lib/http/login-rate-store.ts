/**
 * The sign-in buckets of lib/http/login-rate.ts in PostgreSQL, so that one address has one bucket however
 * many workers (lib/http/workers.ts) and instances serve it: with a bucket per process, each let a full
 * burst through. One statement per post, no transaction around it: an upsert that moves the address's
 * `tat` only when the post passes (a refused post writes nothing), on the database's clock, so instances
 * with different clocks agree. Rows whose `tat` has passed are full buckets; the retention purge deletes them.
 * Not `server-only`: server.ts runs outside Next.
 */
import { sql } from 'kysely';
import { createDb, type Database } from '@/db/pool';
import { ALLOWED, type Buckets, gcra, type LoginRate, memoryBuckets, type Verdict } from './login-rate';

const ms = (n: number) => sql<Date>`now() + ${n}::float8 * interval '1 millisecond'`;

export function sharedBuckets(
  db: Database,
  rate: LoginRate,
  onError: (error: Error) => void = () => {},
): Buckets {
  const rule = gcra(rate);
  const refused: Verdict = { allowed: false, retryAfter: rule.retryAfter };
  const from = sql<Date>`greatest(login_rate_buckets.tat, now())`;
  return async (address) => {
    try {
      const row = await db
        .insertInto('login_rate_buckets')
        .values({ address, tat: ms(rule.period) })
        .onConflict((oc) =>
          oc
            .column('address')
            .doUpdateSet({ tat: sql<Date>`${from} + ${rule.period}::float8 * interval '1 millisecond'` })
            .where(from, '<=', ms(rule.tolerance)),
        )
        .returning('address')
        .executeTakeFirst();
      return row ? ALLOWED : refused;
    } catch (error) {
      // The database is away: let the post through to the app, whose throttle needs the database anyway.
      onError(error as Error);
      return ALLOWED;
    }
  };
}

/**
 * server.ts's buckets: in PostgreSQL when DATABASE_URL is set (a small pool of its own, so a busy app pool
 * never delays a refusal), else in this process; null when LOGIN_RATE_PER_MINUTE is 0.
 */
export function loginBuckets(rate: LoginRate, env: Record<string, string | undefined> = process.env) {
  if (rate.perMinute === 0) return null;
  if (!env.DATABASE_URL) return memoryBuckets(rate);
  const db = createDb(env.DATABASE_URL, {
    max: 2,
    applicationName: 'kinerja-login-rate',
    statementTimeoutMs: 2000,
  });
  let warnedAt = 0;
  return sharedBuckets(db, rate, (error) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    console.error(`[kinerja] sign-in limit: the database did not answer, posts pass (${error.message})`);
  });
}
