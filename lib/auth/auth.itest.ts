import { hash } from '@node-rs/argon2';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { changePassword, revokeSessions } from '@/lib/account/mutations';
import { setDisabled as setUserDisabled } from '@/lib/admin/users/mutations';
import { clientAddress, PEER_HEADER, PEER_MARK, parseTrustedProxies } from '@/lib/domain/client-address';
import { type AuthOptions, authenticate } from './authenticate';
import { DEMO_PASSWORD, hashPassword, needsRehash } from './password';
import { requestAddress } from './request-address';
import { loadViewer } from './viewer';

let t: TestDatabase;
const options: AuthOptions = {
  demoMode: true,
  limits: { maxFailures: 5, lockMinutes: 15, ipMaxFailures: 30 },
  maxConcurrentHashes: 2,
};

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

const attempt = (nip: string, password: string, ip = '10.0.0.1', opts = options) =>
  authenticate(t.db, { nip, password, ip }, opts);

describe('login throttling', () => {
  it('locks a NIP after five failures, refusing even the right password, until the lock ends', async () => {
    expect((await attempt(NIP.staffA, DEMO_PASSWORD)).ok).toBe(true);
    for (let i = 0; i < 5; i++) expect(await attempt(NIP.staffA, 'wrong-password')).toEqual({ ok: false });
    // Sixth attempt, with the correct password: still refused, with the same answer as a wrong one.
    expect(await attempt(NIP.staffA, DEMO_PASSWORD)).toEqual({ ok: false });
    expect(await attempt(NIP.staffA, DEMO_PASSWORD, '10.9.9.9')).toEqual({ ok: false });

    // Fifteen minutes later (moved back in the table rather than waiting) the lock has ended.
    await t.db
      .updateTable('login_attempts')
      .set({ at: sql`at - interval '16 minutes'` })
      .where('nip', '=', NIP.staffA)
      .execute();
    expect((await attempt(NIP.staffA, DEMO_PASSWORD)).ok).toBe(true);
  });

  it('answers an unknown NIP exactly like a wrong password and records it', async () => {
    const unknown = '199901012020011999';
    expect(await attempt(unknown, DEMO_PASSWORD)).toEqual({ ok: false });
    expect(await attempt(NIP.staffB, 'nope')).toEqual({ ok: false });
    const rows = await t.db
      .selectFrom('login_attempts')
      .select('outcome')
      .where('nip', '=', unknown)
      .execute();
    expect(rows).toEqual([{ outcome: 'fail' }]);
  });

  it('refuses an IP after too many failures across NIPs, while other IPs still log in', async () => {
    const limits = { ...options.limits, ipMaxFailures: 4 };
    for (let i = 0; i < 4; i++)
      await attempt(`19800101200501100${i}`, 'x', '10.6.6.6', { ...options, limits });
    expect(await attempt(NIP.pppk, DEMO_PASSWORD, '10.6.6.6', { ...options, limits })).toEqual({ ok: false });
    expect((await attempt(NIP.pppk, DEMO_PASSWORD, '10.7.7.7', { ...options, limits })).ok).toBe(true);
  });

  it('lets no more guesses than the limits reach a password check when they arrive all at once', async () => {
    // Twenty guesses at one (unknown) NIP in parallel: each sees the others, so at most five are checked (before,
    // all twenty passed the check before the first had failed).
    const guesses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt('199101012015011777', `guess-${i}`, `10.8.0.${i}`)),
    );
    expect(guesses.every((g) => g.ok === false)).toBe(true);
    const recorded = await t.db
      .selectFrom('login_attempts')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('nip', '=', '199101012015011777')
      .executeTakeFirstOrThrow();
    expect(Number(recorded.n)).toBeGreaterThan(0);
    expect(Number(recorded.n)).toBeLessThanOrEqual(5);

    // The same for one address flooding unknown NIPs: at most its limit of password checks.
    const limits = { ...options.limits, ipMaxFailures: 6 };
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        attempt(`19700101200001${String(1000 + i)}`, 'x', '10.5.5.5', { ...options, limits }),
      ),
    );
    const fromAddress = await t.db
      .selectFrom('login_attempts')
      .select((e) => e.fn.countAll<string>().as('n'))
      .where('ip', '=', '10.5.5.5')
      .executeTakeFirstOrThrow();
    expect(Number(fromAddress.n)).toBeLessThanOrEqual(6);
  });

  it('stores Argon2id at 19 MiB, two passes, one lane, and redoes a weaker hash at the next login', async () => {
    const employeeId = await employeeIdByNip(t.db, NIP.sekda);
    const hashOf = async () =>
      (
        await t.db
          .selectFrom('users')
          .select('password_hash')
          .where('employee_id', '=', employeeId)
          .executeTakeFirstOrThrow()
      ).password_hash;
    const params = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/;
    // A hash as an older release (or an imported account) may have left it: 4 MiB, one pass.
    const weak = await hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 4096, timeCost: 1, parallelism: 1 });
    await t.db
      .updateTable('users')
      .set({ password_hash: weak })
      .where('employee_id', '=', employeeId)
      .execute();
    expect(needsRehash(weak)).toBe(true);
    expect((await attempt(NIP.sekda, DEMO_PASSWORD, '10.2.2.2')).ok).toBe(true);
    const redone = await hashOf();
    expect(redone).not.toBe(weak);
    expect(redone).toMatch(params);
    // Today's hash is kept as it is, and the password still opens it.
    expect(needsRehash(redone)).toBe(false);
    expect((await attempt(NIP.sekda, DEMO_PASSWORD, '10.2.2.2')).ok).toBe(true);
    expect(await hashOf()).toBe(redone);
    expect(await hashPassword('another-password-2026')).toMatch(params);
  });

  it('refuses the demo password outside demo mode', async () => {
    expect(await attempt(NIP.kabid, DEMO_PASSWORD, '10.1.1.1', { ...options, demoMode: false })).toEqual({
      ok: false,
    });
    expect((await attempt(NIP.kabid, DEMO_PASSWORD, '10.1.1.1')).ok).toBe(true);
  });
});

describe('the per-address limit and X-Forwarded-For', () => {
  const limited = { ...options, limits: { ...options.limits, ipMaxFailures: 4 } };
  const sent = (peer: string, forwardedFor?: string) =>
    new Headers({ [PEER_HEADER]: peer, ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}) });
  const marks = globalThis as Record<symbol, unknown>;
  beforeAll(() => {
    marks[PEER_MARK] = true; // as server.ts does
  });
  afterAll(() => {
    delete marks[PEER_MARK];
  });

  it('is not reset by rotating X-Forwarded-For: the connecting address is what counts', async () => {
    for (let i = 0; i < 4; i++) {
      const ip = requestAddress(sent('203.0.113.5', `198.51.100.${i}`));
      expect(await attempt(`19800101200501200${i}`, 'x', ip, limited)).toEqual({ ok: false });
    }
    const fresh = requestAddress(sent('203.0.113.5', '198.51.100.99, 192.0.2.1'));
    expect(await attempt(NIP.pppk, DEMO_PASSWORD, fresh, limited)).toEqual({ ok: false });
    // The addresses the client wrote are not blamed: someone connecting from one of them logs in.
    expect((await attempt(NIP.pppk, DEMO_PASSWORD, requestAddress(sent('198.51.100.1')), limited)).ok).toBe(
      true,
    );
  });

  it('behind a trusted proxy counts the address the proxy received, whatever the client prepends', async () => {
    const proxies = parseTrustedProxies('10.0.0.0/8');
    const viaProxy = (claimed: string) => clientAddress('10.0.0.2', `${claimed}, 203.0.113.6`, proxies);
    for (let i = 0; i < 4; i++)
      expect(await attempt(`19800101200501300${i}`, 'x', viaProxy(`10.0.0.${i}`), limited)).toEqual({
        ok: false,
      });
    expect(await attempt(NIP.pppk, DEMO_PASSWORD, viaProxy('198.51.100.50'), limited)).toEqual({ ok: false });
    expect(
      (await attempt(NIP.pppk, DEMO_PASSWORD, clientAddress('10.0.0.2', '203.0.113.7', proxies), limited)).ok,
    ).toBe(true);
  });
});

describe('session revocation', () => {
  async function claimsFor(nip: string) {
    const result = await attempt(nip, DEMO_PASSWORD, '10.2.2.2');
    if (!result.ok) throw new Error(`login failed for ${nip}`);
    return { uid: result.employeeId, sv: result.sessionVersion, lat: Math.floor(Date.now() / 1000) };
  }

  it('ends a session when an admin disables the user, and the user cannot log in', async () => {
    const claims = await claimsFor(NIP.staffB);
    expect(await loadViewer(t.db, claims)).not.toBeNull();
    const admin = await loadViewer(t.db, await claimsFor(NIP.admin));
    await setUserDisabled(t.db, admin!, claims.uid, true);
    expect(await loadViewer(t.db, claims)).toBeNull();
    expect(await attempt(NIP.staffB, DEMO_PASSWORD, '10.2.2.3')).toEqual({ ok: false });
    await setUserDisabled(t.db, admin!, claims.uid, false);
    expect((await attempt(NIP.staffB, DEMO_PASSWORD, '10.2.2.3')).ok).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'user')
      .where('entity_id', '=', String(claims.uid))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['user.disable', 'user.enable']);
  });

  it('ends other sessions when the password changes, and on logout', async () => {
    const first = await claimsFor(NIP.kadisdik);
    const viewer = await loadViewer(t.db, first);
    const { sessionVersion } = await changePassword(t.db, viewer!, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Batang Arau mengalir ke laut',
    });
    expect(await loadViewer(t.db, first)).toBeNull();
    const second = { ...first, sv: sessionVersion };
    expect(await loadViewer(t.db, second)).not.toBeNull();
    await revokeSessions(t.db, first.uid, first.uid, 'session.logout');
    expect(await loadViewer(t.db, second)).toBeNull();
  });

  it('refuses a new password containing the NIP or the name, and a wrong current password', async () => {
    const viewer = await loadViewer(t.db, await claimsFor(NIP.pppk));
    await expect(
      changePassword(t.db, viewer!, { currentPassword: DEMO_PASSWORD, newPassword: `x${NIP.pppk}` }),
    ).rejects.toMatchObject({ field: 'newPassword' });
    await expect(
      changePassword(t.db, viewer!, {
        currentPassword: 'not-it',
        newPassword: 'a perfectly fine passphrase',
      }),
    ).rejects.toMatchObject({ field: 'currentPassword' });
    const before = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('employee_id', '=', viewer!.employeeId)
      .executeTakeFirstOrThrow();
    expect((await attempt(NIP.pppk, DEMO_PASSWORD, '10.3.3.3')).ok).toBe(true);
    const after = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('employee_id', '=', viewer!.employeeId)
      .executeTakeFirstOrThrow();
    expect(after.password_hash).toBe(before.password_hash);
  });
});

describe('audit log', () => {
  it('is append-only even for the owner of the tables (the app role may not even try: least-privilege.itest.ts)', async () => {
    const id = await employeeIdByNip(t.db, NIP.admin);
    await t.db
      .insertInto('audit_log')
      .values({ actor_id: id, action: 'test', entity: 'test', entity_id: '1' })
      .execute();
    await expect(sql`UPDATE audit_log SET action = 'tampered'`.execute(t.ownerDb)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM audit_log`.execute(t.ownerDb)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.ownerDb)).rejects.toThrow(/append-only/);
    const rows = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'tampered')
      .execute();
    expect(rows).toHaveLength(0);
  });
});
