import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { startAppraisal } from '@/lib/appraisal/mutations';
import { fileReport, reviewReports } from '@/lib/reports/mutations';
import { decideSkp } from '@/lib/skp/mutations';
import { canViewEmployee } from './policy';
import { pejabatPenilaiOf, supervises } from './supervision';
import type { Viewer } from './viewer';

/**
 * One pejabat penilai at a time. In the demo seed the staff of the vacant Bidang Kebudayaan have a
 * definitive line to the Kepala Dinas (the head above the vacant post) and a Plt line to the Kepala
 * Bidang Pembinaan SD: the Plt is their pejabat penilai while the line is valid, the Kepala Dinas again
 * afterwards, and a second acting line at the same time is refused by the database.
 */
const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let member: Viewer;

async function periodId(seq: number) {
  const row = await t.db
    .selectFrom('periods')
    .select('id')
    .where('year', '=', 2026)
    .where('kind', '=', 'quarterly')
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function appraisalCount(employeeId: number) {
  const rows = await t.db
    .selectFrom('appraisals')
    .select('id')
    .where('employee_id', '=', employeeId)
    .execute();
  return rows.length;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of ['kadisdik', 'kabid', 'staffA', 'staffB'] as const)
    v[key] = await viewerFor(t.db, NIP[key]);
  const acting = await t.db
    .selectFrom('supervisions as s')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .select('e.nip')
    .where('s.supervisor_id', '=', v.kabid!.employeeId)
    .where('s.kind', '=', 'plt')
    .orderBy('e.id')
    .executeTakeFirstOrThrow();
  member = await viewerFor(t.db, acting.nip);
  await t.db
    .updateTable('skps')
    .set({ status: 'approved' })
    .where('employee_id', '=', member.employeeId)
    .where('year', '=', 2026)
    .execute();
});
afterAll(() => t?.drop());

describe('two supervision lines at once', () => {
  it('the seeded Plt staff have both a definitive and an acting line valid today', async () => {
    const lines = await t.db
      .selectFrom('supervisions')
      .select(['supervisor_id', 'kind'])
      .where('employee_id', '=', member.employeeId)
      .where('valid_from', '<=', ON)
      .where((w) => w.or([w('valid_to', 'is', null), w('valid_to', '>', ON)]))
      .orderBy('kind')
      .execute();
    expect(lines).toEqual([
      { supervisor_id: v.kadisdik!.employeeId, kind: 'definitive' },
      { supervisor_id: v.kabid!.employeeId, kind: 'plt' },
    ]);
  });

  it('make the acting supervisor the only pejabat penilai: the definitive one may not appraise, approve or validate', async () => {
    expect(await pejabatPenilaiOf(t.db, member.employeeId, ON)).toBe(v.kabid!.employeeId);
    expect(await supervises(t.db, v.kadisdik!.employeeId, member.employeeId, ON)).toBe(false);
    expect(await supervises(t.db, v.kabid!.employeeId, member.employeeId, ON)).toBe(true);

    const q4 = await periodId(4);
    const before = await appraisalCount(member.employeeId);
    await expect(startAppraisal(t.db, v.kadisdik!, member.employeeId, q4, ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    expect(await appraisalCount(member.employeeId)).toBe(before);
    const id = await startAppraisal(t.db, v.kabid!, member.employeeId, q4, ON);
    const started = await t.db
      .selectFrom('appraisals')
      .select('evaluator_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(started.evaluator_id).toBe(v.kabid!.employeeId);

    const indicator = await t.db
      .selectFrom('skp_indicators as i')
      .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
      .innerJoin('skps as k', 'k.id', 'r.skp_id')
      .select('i.id')
      .where('k.employee_id', '=', member.employeeId)
      .where('k.year', '=', 2026)
      .executeTakeFirstOrThrow();
    const report = {
      id: await fileReport(
        t.db,
        member,
        {
          idempotencyKey: randomUUID(),
          reportDate: ON,
          indicatorId: indicator.id,
          activity: 'Mendata cagar budaya di kecamatan',
          quantity: '1',
          unit: 'Dokumen',
          startTime: '08:00',
          endTime: '09:00',
          evidenceLink: '',
          // ON is a Saturday: the employee confirms working that day.
          confirmNonWorkingDay: '1',
        },
        [],
        ON,
      ),
      version: 1,
    };
    await expect(reviewReports(t.db, v.kadisdik!, [report], 'approve', undefined, ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    const untouched = await t.db
      .selectFrom('daily_reports')
      .select(['status', 'reviewed_by'])
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(untouched).toEqual({ status: 'pending', reviewed_by: null });
    await reviewReports(t.db, v.kabid!, [report], 'approve', undefined, ON);

    const skp = await t.db
      .updateTable('skps')
      .set({ status: 'submitted' })
      .where('employee_id', '=', member.employeeId)
      .where('year', '=', 2026)
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await expect(
      decideSkp(t.db, v.kadisdik!, { skpId: skp.id, version: skp.version, decision: 'approve' }, ON),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await decideSkp(t.db, v.kabid!, { skpId: skp.id, version: skp.version, decision: 'approve' }, ON);
  });

  it('hands the role back to the definitive supervisor the day the acting line ends', async () => {
    const end = '2026-12-01';
    await t.db
      .updateTable('supervisions')
      .set({ valid_to: end })
      .where('employee_id', '=', member.employeeId)
      .where('kind', '=', 'plt')
      .execute();
    expect(await pejabatPenilaiOf(t.db, member.employeeId, '2026-11-30')).toBe(v.kabid!.employeeId);
    expect(await pejabatPenilaiOf(t.db, member.employeeId, end)).toBe(v.kadisdik!.employeeId);
    expect(await supervises(t.db, v.kabid!.employeeId, member.employeeId, end)).toBe(false);
    expect(await supervises(t.db, v.kadisdik!.employeeId, member.employeeId, end)).toBe(true);
  });

  it('a Plh standing in for an absent supervisor takes over, also what that supervisor may see', async () => {
    // The Kepala Bidang is away for a week; the Kepala Bidang of the vacant post's neighbour stands in.
    const [standIn] = await t.db
      .selectFrom('employees')
      .select('id')
      .where('unit_id', '<>', v.kabid!.unitId)
      .where('id', 'not in', [v.kabid!.employeeId, v.staffA!.employeeId, v.kadisdik!.employeeId])
      .where('active', '=', true)
      .limit(1)
      .execute();
    await t.db
      .insertInto('supervisions')
      .values({
        employee_id: v.staffA!.employeeId,
        supervisor_id: standIn!.id,
        kind: 'plh',
        valid_from: '2026-11-23',
        valid_to: '2026-11-30',
        note: 'Plh selama cuti',
      })
      .execute();
    expect(await pejabatPenilaiOf(t.db, v.staffA!.employeeId, ON)).toBe(standIn!.id);
    expect(await supervises(t.db, v.kabid!.employeeId, v.staffA!.employeeId, ON)).toBe(false);
    expect(await canViewEmployee(t.db, v.kabid!, v.staffA!.employeeId, ON)).toBe(false);
    expect(await canViewEmployee(t.db, v.kabid!, v.staffA!.employeeId, '2026-11-30')).toBe(true);
    // staffB keeps the Kepala Bidang: one employee's Plh changes nothing for the others.
    expect(await pejabatPenilaiOf(t.db, v.staffB!.employeeId, ON)).toBe(v.kabid!.employeeId);
  });

  it('refuses a second acting line overlapping the first, in the database', async () => {
    const overlapping = t.db
      .insertInto('supervisions')
      .values({
        employee_id: v.staffA!.employeeId,
        supervisor_id: v.kadisdik!.employeeId,
        kind: 'plt',
        valid_from: '2026-11-29',
        valid_to: null,
      })
      .execute();
    await expect(overlapping).rejects.toMatchObject({ code: '23P01', constraint: 'supervisions_one_acting' });
    // Back to back is fine: the Plh ends on the 30th (exclusive), a Plt may start that day.
    await t.db
      .insertInto('supervisions')
      .values({
        employee_id: v.staffA!.employeeId,
        supervisor_id: v.kadisdik!.employeeId,
        kind: 'plt',
        valid_from: '2026-11-30',
        valid_to: '2026-12-31',
      })
      .execute();
    expect(await pejabatPenilaiOf(t.db, v.staffA!.employeeId, '2026-12-15')).toBe(v.kadisdik!.employeeId);
  });
});
