import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type Database } from '@/db/pool';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { withDatabase } from '@/db/testing-global-setup';
import { loginBuckets, sharedBuckets } from './login-rate-store';

// Two pools as the app's role, as two workers or two instances have, on one database.
let t: TestDatabase;
let other: Database;
beforeAll(async () => {
  t = await createTestDatabase();
  other = createDb(withDatabase(inject('pgAppUrl'), new URL(t.url).pathname.slice(1)), { max: 2 });
});
afterAll(async () => {
  await other.destroy();
  await t.drop();
});

const verdicts = async (take: (a: string) => unknown, address: string, n: number) => {
  const out: boolean[] = [];
  for (let i = 0; i < n; i++) out.push(((await take(address)) as { allowed: boolean }).allowed);
  return out;
};

describe('the sign-in limit shared in PostgreSQL', () => {
  it('gives one address one bucket across instances: the (burst + 1)-th post is refused wherever it lands', async () => {
    const rate = { perMinute: 6, burst: 4 };
    const first = sharedBuckets(t.db, rate);
    const second = sharedBuckets(other, rate);
    expect(await verdicts(first, '203.0.113.7', 2)).toEqual([true, true]);
    expect(await verdicts(second, '203.0.113.7', 2)).toEqual([true, true]);
    expect(await first('203.0.113.7')).toEqual({ allowed: false, retryAfter: 10 });
    expect(await second('203.0.113.7')).toEqual({ allowed: false, retryAfter: 10 });
    // Another address has its own bucket.
    expect(await verdicts(second, '203.0.113.8', 4)).toEqual([true, true, true, true]);
  });

  it('refuses exactly the posts past the burst when instances take at the same moment', async () => {
    const rate = { perMinute: 1, burst: 10 };
    const takers = [sharedBuckets(t.db, rate), sharedBuckets(other, rate)];
    const all = await Promise.all(
      Array.from({ length: 30 }, (_, i) => takers[i % 2]?.('198.51.100.1') as Promise<{ allowed: boolean }>),
    );
    expect(all.filter((v) => v.allowed)).toHaveLength(10);
  });

  it('refills on the database clock, and a refused post changes nothing', async () => {
    const rate = { perMinute: 60, burst: 2 };
    const take = sharedBuckets(t.db, rate);
    expect(await verdicts(take, '192.0.2.5', 3)).toEqual([true, true, false]);
    const tat = async () =>
      (
        await t.db
          .selectFrom('login_rate_buckets')
          .select('tat')
          .where('address', '=', '192.0.2.5')
          .executeTakeFirstOrThrow()
      ).tat;
    const before = await tat();
    expect((await take('192.0.2.5')).allowed).toBe(false);
    expect(await tat()).toEqual(before);
    // Two seconds later by the database's clock: the bucket has two posts again.
    await t.ownerDb
      .updateTable('login_rate_buckets')
      .set({ tat: sql`tat - interval '2 seconds'` })
      .where('address', '=', '192.0.2.5')
      .execute();
    expect(await verdicts(take, '192.0.2.5', 3)).toEqual([true, true, false]);
  });

  it("is what server.ts uses whenever DATABASE_URL is set: two instances' buckets are one", async () => {
    const env = { DATABASE_URL: withDatabase(inject('pgAppUrl'), new URL(t.url).pathname.slice(1)) };
    const rate = { perMinute: 60, burst: 2 };
    const [one, two] = [loginBuckets(rate, env), loginBuckets(rate, env)];
    expect(await one?.('192.0.2.77')).toEqual({ allowed: true });
    expect(await two?.('192.0.2.77')).toEqual({ allowed: true });
    expect(await one?.('192.0.2.77')).toEqual({ allowed: false, retryAfter: 1 });
    expect(await two?.('192.0.2.77')).toEqual({ allowed: false, retryAfter: 1 });
    expect(loginBuckets({ perMinute: 0, burst: 2 }, env)).toBeNull();
  });

  it('lets posts through when the database cannot answer, and says so', async () => {
    const gone = createDb(withDatabase(inject('pgAppUrl'), 'no_such_database'), { max: 1 });
    const errors: string[] = [];
    const take = sharedBuckets(gone, { perMinute: 60, burst: 1 }, (e) => errors.push(e.message));
    expect(await verdicts(take, '192.0.2.9', 2)).toEqual([true, true]);
    expect(errors).toHaveLength(2);
    await gone.destroy();
  });
});
