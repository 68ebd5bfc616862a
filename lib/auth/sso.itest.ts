import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { authenticate } from './authenticate';
import { matchSsoAccount } from './sso';
import { defaultLimits } from './throttle';

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});

afterAll(async () => {
  await t?.drop();
});

describe('single sign-on: the account is the one of the NIP claim', () => {
  it('matches the employee of the claim named by OIDC_NIP_CLAIM, and only that claim', async () => {
    const id = await employeeIdByNip(t.db, NIP.staffA);
    const match = await matchSsoAccount(t.db, { sub: 'x', nip_baru: NIP.staffA, nip: NIP.kabid }, 'nip_baru');
    expect(match).toMatchObject({ ok: true, employeeId: id });
    const viaDefault = await matchSsoAccount(t.db, { sub: 'x', nip: NIP.kabid }, 'nip');
    expect(viaDefault).toMatchObject({ ok: true, employeeId: await employeeIdByNip(t.db, NIP.kabid) });
  });

  it('refuses an unknown NIP, a missing claim and a claim that is not a NIP as unknown', async () => {
    for (const claims of [{ nip: '199901012024011999' }, { sub: NIP.staffA }, { nip: 'staffA' }]) {
      expect(await matchSsoAccount(t.db, claims, 'nip')).toEqual({ ok: false, reason: 'unknown' });
    }
  });

  it('refuses a disabled user and an employee who left as disabled', async () => {
    const b = await employeeIdByNip(t.db, NIP.staffB);
    await t.db.updateTable('users').set({ disabled_at: new Date() }).where('employee_id', '=', b).execute();
    expect(await matchSsoAccount(t.db, { nip: NIP.staffB }, 'nip')).toEqual({
      ok: false,
      reason: 'disabled',
    });
    const p = await employeeIdByNip(t.db, NIP.pppk);
    const left = (active: boolean) =>
      t.db.updateTable('employees').set({ active }).where('id', '=', p).execute();
    await left(false);
    try {
      expect(await matchSsoAccount(t.db, { nip: NIP.pppk }, 'nip')).toEqual({
        ok: false,
        reason: 'disabled',
      });
    } finally {
      // The dashboards' rollups count active employees: leave the database as the seed made it.
      await left(true);
    }
  });
});

describe('PASSWORD_LOGIN=off', () => {
  it('refuses the right NIP and password without checking them or counting an attempt', async () => {
    const options = { demoMode: true, limits: defaultLimits(), maxConcurrentHashes: 2 };
    const input = { nip: NIP.kabid, password: 'pariaman2026', ip: '10.9.8.7' };
    expect(await authenticate(t.db, input, options)).toMatchObject({ ok: true });
    const before = await t.db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await authenticate(t.db, input, { ...options, passwordLogin: false })).toEqual({
      ok: false,
      passwordOff: true,
    });
    const after = await t.db
      .selectFrom('login_attempts')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });
});
