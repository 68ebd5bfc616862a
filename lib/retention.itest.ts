import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { purgeExpired } from './retention';

// t.db is the app's least-privilege role: the purge must work with the app's grants.
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

const NOW = new Date('2026-11-28T02:00:00Z');
const settings = { loginAttemptDays: 30, notificationDays: 90, intervalHours: 24 };
const count = async (table: 'login_attempts' | 'notifications') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((e) => e.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('retention purge', () => {
  it('deletes login attempts and notifications past their retention, keeps the rest, and audits it', async () => {
    const recipient = (await t.db.selectFrom('employees').select('id').limit(1).executeTakeFirstOrThrow()).id;
    await t.db
      .insertInto('login_attempts')
      .values([
        { nip: '1', ip: '10.0.0.1', outcome: 'fail', at: new Date('2026-10-29T01:59:00Z') }, // 30 days + 1 min
        { nip: '2', ip: '10.0.0.1', outcome: 'fail', at: new Date('2026-10-29T02:01:00Z') }, // just inside
      ])
      .execute();
    await t.db
      .insertInto('notifications')
      .values([
        {
          recipient_id: recipient,
          kind: 'test.old',
          link: '/',
          created_at: new Date('2026-08-01T00:00:00Z'),
        },
        {
          recipient_id: recipient,
          kind: 'test.new',
          link: '/',
          created_at: new Date('2026-11-27T00:00:00Z'),
        },
      ])
      .execute();
    // The seed's own rows count as they fall: compared with direct counts at the same cut-offs.
    const oldLogins = Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM login_attempts WHERE at < ${new Date('2026-10-29T02:00:00Z')}`.execute(
          t.db,
        )
      ).rows[0]?.n,
    );
    const oldNotes = Number(
      (
        await sql<{
          n: string;
        }>`SELECT count(*) AS n FROM notifications WHERE created_at < ${new Date('2026-08-30T02:00:00Z')}`.execute(
          t.db,
        )
      ).rows[0]?.n,
    );
    const [logins, notes] = [await count('login_attempts'), await count('notifications')];

    const done = await purgeExpired(t.db, settings, NOW);
    expect(done).toEqual({ loginAttempts: oldLogins, notifications: oldNotes });
    expect(done.loginAttempts).toBeGreaterThanOrEqual(1);
    expect(await count('login_attempts')).toBe(logins - oldLogins);
    expect(await count('notifications')).toBe(notes - oldNotes);
    const kept = await t.db
      .selectFrom('login_attempts')
      .select('nip')
      .where('nip', 'in', ['1', '2'])
      .execute();
    expect(kept).toEqual([{ nip: '2' }]);
    const kinds = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('kind', 'like', 'test.%')
      .execute();
    expect(kinds).toEqual([{ kind: 'test.new' }]);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'after'])
      .where('action', '=', 'retention.purge')
      .execute();
    expect(audit).toEqual([
      {
        actor_id: null,
        after: {
          loginAttempts: oldLogins,
          notifications: oldNotes,
          loginAttemptsBefore: '2026-10-29T02:00:00.000Z',
          notificationsBefore: '2026-08-30T02:00:00.000Z',
        },
      },
    ]);
  });

  it('forgets sign-in buckets that are full again, and keeps the others', async () => {
    await t.db
      .insertInto('login_rate_buckets')
      .values([
        { address: '10.0.0.7', tat: new Date(NOW.getTime() - 1000) },
        { address: '10.0.0.8', tat: new Date(NOW.getTime() + 60_000) },
      ])
      .execute();
    await purgeExpired(t.db, settings, NOW);
    const left = await t.db.selectFrom('login_rate_buckets').select('address').execute();
    expect(left).toEqual([{ address: '10.0.0.8' }]);
    await t.db.deleteFrom('login_rate_buckets').execute();
  });

  it('does nothing, and writes no audit row, when nothing is due', async () => {
    const before = await count('login_attempts');
    expect(await purgeExpired(t.db, settings, NOW)).toEqual({ loginAttempts: 0, notifications: 0 });
    expect(await count('login_attempts')).toBe(before);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'retention.purge')
      .execute();
    expect(audit).toHaveLength(1);
  });
});
