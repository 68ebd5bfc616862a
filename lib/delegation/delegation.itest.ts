import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { validationQueue } from '@/lib/reports/queries';
import { cancelDelegation, delegate, setDelegationLimits } from './mutations';

/**
 * A supervisor on leave names a Plh: the Plh has the supervisor's definitive staff — their queue — for
 * the span and only then; BKPSDM's limits (longest span, same OPD) hold; everything is audited.
 */
const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let plh: Viewer;

const employeesInQueue = async (viewer: Viewer, on: string) =>
  (await validationQueue(t.db, viewer, on)).employees.map((e) => e.id);

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of ['admin', 'kabid', 'staffA', 'staffB', 'pppk', 'kadisdik'] as const)
    v[key] = await viewerFor(t.db, NIP[key]);
  // The head of another bidang of the same dinas, a peer of the Kepala Bidang.
  const peer = await t.db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select('e.nip')
    .where('u.code', '=', 'disdikbud.smp')
    .where('p.is_unit_head', '=', true)
    .executeTakeFirstOrThrow();
  plh = await viewerFor(t.db, peer.nip);
});
afterAll(() => t?.drop());

describe('delegation to a Plh', () => {
  it('refuses a span beyond the limit, a Plh from another OPD once BKPSDM requires the same one, and non-admin limits', async () => {
    await expect(
      delegate(t.db, v.kabid!, { delegateNip: plh.nip, validFrom: ON, validTo: '2026-12-28' }, ON),
    ).rejects.toThrow('adminOrg.delegation.errors.tooLong');
    const outsider = await t.db
      .selectFrom('employees as e')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .select('e.nip')
      .where('u.code', 'like', 'dinkes%')
      .where('e.active', '=', true)
      .executeTakeFirstOrThrow();
    await expect(
      delegate(t.db, v.kabid!, { delegateNip: outsider.nip, validFrom: ON, validTo: '2026-12-01' }, ON),
    ).rejects.toThrow('adminOrg.delegation.errors.otherOpd');
    await expect(setDelegationLimits(t.db, v.kabid!, { maxDays: 60, sameOpd: 'no' })).rejects.toThrow(
      'errors.notFound',
    );
    await setDelegationLimits(t.db, v.admin!, { maxDays: 30, sameOpd: 'yes' });
    const limits = await t.db.selectFrom('delegation_limits').selectAll().executeTakeFirstOrThrow();
    expect(limits).toMatchObject({ max_days: 30, same_opd: true });
  });

  it("gives the Plh the supervisor's staff and queue for the span only", async () => {
    const staff = [v.staffA!.employeeId, v.staffB!.employeeId, v.pppk!.employeeId];
    expect(await employeesInQueue(plh, ON)).not.toContain(v.staffA!.employeeId);
    const id = await delegate(
      t.db,
      v.kabid!,
      { delegateNip: plh.nip, validFrom: '2026-11-30', validTo: '2026-12-05' },
      ON,
    );
    // Before the span: still the Kepala Bidang.
    expect(await pejabatPenilaiOf(t.db, v.staffA!.employeeId, ON)).toBe(v.kabid!.employeeId);
    expect(await employeesInQueue(plh, ON)).not.toContain(v.staffA!.employeeId);
    // During: the Plh, for every definitive staff member; the Kepala Bidang's queue no longer has them.
    for (const s of staff) expect(await pejabatPenilaiOf(t.db, s, '2026-12-02')).toBe(plh.employeeId);
    expect(await employeesInQueue(plh, '2026-12-02')).toEqual(expect.arrayContaining(staff));
    expect(await employeesInQueue(v.kabid!, '2026-12-02')).not.toContain(v.staffA!.employeeId);
    // From the first day back: the Kepala Bidang again.
    expect(await pejabatPenilaiOf(t.db, v.staffA!.employeeId, '2026-12-05')).toBe(v.kabid!.employeeId);
    expect(await employeesInQueue(plh, '2026-12-05')).not.toContain(v.staffA!.employeeId);
    const audited = await t.db
      .selectFrom('audit_log')
      .select('entity_id')
      .where('action', '=', 'delegation.create')
      .execute();
    expect(audited).toEqual([{ entity_id: String(id) }]);

    await expect(
      delegate(t.db, v.kabid!, { delegateNip: plh.nip, validFrom: '2026-12-03', validTo: '2026-12-06' }, ON),
    ).rejects.toThrow('adminOrg.delegation.errors.overlap');
    await expect(cancelDelegation(t.db, v.staffA!, { delegationId: id }, ON)).rejects.toThrow(
      'errors.notFound',
    );
    await cancelDelegation(t.db, v.kabid!, { delegationId: id }, ON);
    expect(await pejabatPenilaiOf(t.db, v.staffA!.employeeId, '2026-12-02')).toBe(v.kabid!.employeeId);
    const lines = await t.db
      .selectFrom('supervisions')
      .select('id')
      .where('delegation_id', '=', id)
      .execute();
    expect(lines).toEqual([]);
  });

  it('refuses someone with no definitive staff', async () => {
    await expect(
      delegate(t.db, v.staffA!, { delegateNip: NIP.staffB, validFrom: ON, validTo: '2026-12-01' }, ON),
    ).rejects.toThrow('adminOrg.delegation.errors.nobody');
  });
});
