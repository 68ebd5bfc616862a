import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { getAppraisal } from '@/lib/appraisal/queries';
import { canViewEmployee } from '@/lib/auth/policy';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { getReport } from '@/lib/reports/queries';
import { getSkpDocument } from '@/lib/skp/queries';
import { createEmployee, deactivateEmployee, moveEmployee } from './employees/mutations';
import { addSupervisionLine } from './supervision/mutations';
import { closeUnit, createUnit, moveUnit, renameUnit } from './units/mutations';

/**
 * Administration of the organisation: only admins change it; a move ends the old supervisor's access the
 * same day and hands the appraisal in progress to the new one; no loops in units or supervision; a unit
 * with people stays open; every change leaves its audit row.
 */
const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};

async function auditCount(action: string) {
  const row = await t.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function unitOf(employeeId: number) {
  return t.db
    .selectFrom('units as u')
    .innerJoin('employees as e', 'e.unit_id', 'u.id')
    .select(['u.id', 'u.path', 'u.parent_id'])
    .where('e.id', '=', employeeId)
    .executeTakeFirstOrThrow();
}

async function versionOf(employeeId: number) {
  return (
    await t.db
      .selectFrom('employees')
      .select('version')
      .where('id', '=', employeeId)
      .executeTakeFirstOrThrow()
  ).version;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of ['admin', 'sekda', 'kadisdik', 'kabid', 'staffA', 'staffB'] as const)
    v[key] = await viewerFor(t.db, NIP[key]);
});
afterAll(() => t?.drop());

describe('only admins change the organisation', () => {
  it('refuses everyone else as not found and writes nothing', async () => {
    const unit = await unitOf(v.staffA!.employeeId);
    const before = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    for (const who of [v.kabid!, v.kadisdik!, v.sekda!, v.staffA!]) {
      await expect(renameUnit(t.db, who, { unitId: unit.id, name: 'Nama baru' })).rejects.toThrow(
        'errors.notFound',
      );
      await expect(closeUnit(t.db, who, { unitId: unit.id })).rejects.toThrow('errors.notFound');
      await expect(
        moveEmployee(
          t.db,
          who,
          { employeeId: v.staffB!.employeeId, version: 1, positionId: 1, effectiveOn: ON },
          ON,
        ),
      ).rejects.toThrow('errors.notFound');
      await expect(
        addSupervisionLine(
          t.db,
          who,
          {
            employeeId: v.staffB!.employeeId,
            supervisorNip: NIP.sekda,
            kind: 'plh',
            validFrom: ON,
            validTo: '2026-12-05',
          },
          ON,
        ),
      ).rejects.toThrow('errors.notFound');
    }
    const after = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    expect(await pejabatPenilaiOf(t.db, v.staffB!.employeeId, ON)).toBe(v.kabid!.employeeId);
  });
});

describe('moving an employee', () => {
  it("ends the old supervisor's access at once and gives the new one the employee and the draft appraisal", async () => {
    const staff = v.staffA!.employeeId;
    const [skp, report, draft] = await Promise.all([
      t.db
        .selectFrom('skps')
        .select('id')
        .where('employee_id', '=', staff)
        .where('year', '=', 2026)
        .executeTakeFirstOrThrow(),
      t.db
        .selectFrom('daily_reports')
        .select('id')
        .where('employee_id', '=', staff)
        .orderBy('id')
        .executeTakeFirstOrThrow(),
      t.db
        .selectFrom('appraisals')
        .select('id')
        .where('employee_id', '=', staff)
        .where('status', '=', 'draft')
        .executeTakeFirstOrThrow(),
    ]);
    expect(await getAppraisal(t.db, v.kabid!, draft.id, ON)).not.toBeNull();
    // Another bidang of the same dinas, under its own head; the Kepala Dinas becomes the pejabat penilai.
    const target = await t.db
      .selectFrom('positions as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.unit_id'])
      .where('u.parent_id', '=', (await unitOf(staff)).parent_id)
      .where('u.id', '!=', (await unitOf(staff)).id)
      .where('p.is_unit_head', '=', false)
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    const moves = await auditCount('employee.move');
    await moveEmployee(
      t.db,
      v.admin!,
      {
        employeeId: staff,
        version: await versionOf(staff),
        positionId: target.id,
        supervisorNip: NIP.kadisdik,
        effectiveOn: ON,
      },
      ON,
    );
    expect(await auditCount('employee.move')).toBe(moves + 1);
    expect((await unitOf(staff)).id).toBe(target.unit_id);
    expect(await pejabatPenilaiOf(t.db, staff, ON)).toBe(v.kadisdik!.employeeId);

    const kabid = await viewerFor(t.db, NIP.kabid);
    expect(await canViewEmployee(t.db, kabid, staff, ON)).toBe(false);
    expect(await getSkpDocument(t.db, kabid, skp.id, ON)).toBeNull();
    expect(await getReport(t.db, kabid, report.id, ON)).toBeNull();
    expect(await getAppraisal(t.db, kabid, draft.id, ON)).toBeNull();

    const kadisdik = await viewerFor(t.db, NIP.kadisdik);
    expect(await getSkpDocument(t.db, kadisdik, skp.id, ON)).not.toBeNull();
    expect(await getReport(t.db, kadisdik, report.id, ON)).not.toBeNull();
    expect((await getAppraisal(t.db, kadisdik, draft.id, ON))?.role).toBe('evaluator');
    const moved = await t.db
      .selectFrom('appraisals')
      .select('evaluator_id')
      .where('id', '=', draft.id)
      .executeTakeFirstOrThrow();
    expect(moved.evaluator_id).toBe(kadisdik.employeeId);
    const notice = await t.db
      .selectFrom('notifications')
      .select('link')
      .where('recipient_id', '=', kadisdik.employeeId)
      .where('kind', '=', 'appraisal.handed_over')
      .executeTakeFirst();
    expect(notice?.link).toBe(`/appraisals/${draft.id}`);
    expect(await auditCount('appraisal.hand_over')).toBeGreaterThan(0);
  });

  it('refuses a stale form and a date in the future', async () => {
    const staff = v.staffB!.employeeId;
    const position = (
      await t.db
        .selectFrom('employees')
        .select('position_id')
        .where('id', '=', staff)
        .executeTakeFirstOrThrow()
    ).position_id;
    await expect(
      moveEmployee(
        t.db,
        v.admin!,
        { employeeId: staff, version: (await versionOf(staff)) + 5, positionId: position, effectiveOn: ON },
        ON,
      ),
    ).rejects.toThrow('errors.conflict');
    await expect(
      moveEmployee(
        t.db,
        v.admin!,
        {
          employeeId: staff,
          version: await versionOf(staff),
          positionId: position,
          effectiveOn: '2026-12-01',
        },
        ON,
      ),
    ).rejects.toThrow('adminOrg.errors.futureDate');
  });
});

describe('supervision lines', () => {
  it('refuses a line that would close a loop', async () => {
    // Staff B reports to the Kepala Bidang, who reports to the Kepala Dinas: she cannot be supervised by Staff B.
    await expect(
      addSupervisionLine(
        t.db,
        v.admin!,
        {
          employeeId: v.kadisdik!.employeeId,
          supervisorNip: NIP.staffB,
          kind: 'plh',
          validFrom: ON,
          validTo: '2026-12-10',
        },
        ON,
      ),
    ).rejects.toThrow('adminOrg.errors.supervisionCycle');
  });

  it('refuses a second definitive line over the same days', async () => {
    await expect(
      addSupervisionLine(
        t.db,
        v.admin!,
        {
          employeeId: v.staffB!.employeeId,
          supervisorNip: NIP.sekda,
          kind: 'definitive',
          validFrom: ON,
          validTo: null,
        },
        ON,
      ),
    ).rejects.toThrow('adminOrg.errors.lineOverlap');
  });

  it('a Plh line makes the Plh the pejabat penilai for its span only, audited', async () => {
    const lines = await auditCount('supervision.create');
    await addSupervisionLine(
      t.db,
      v.admin!,
      {
        employeeId: v.staffB!.employeeId,
        supervisorNip: NIP.kadisdik,
        kind: 'plh',
        validFrom: '2026-12-01',
        validTo: '2026-12-08',
        note: 'Cuti',
      },
      ON,
    );
    expect(await auditCount('supervision.create')).toBe(lines + 1);
    expect(await pejabatPenilaiOf(t.db, v.staffB!.employeeId, ON)).toBe(v.kabid!.employeeId);
    expect(await pejabatPenilaiOf(t.db, v.staffB!.employeeId, '2026-12-03')).toBe(v.kadisdik!.employeeId);
    expect(await pejabatPenilaiOf(t.db, v.staffB!.employeeId, '2026-12-08')).toBe(v.kabid!.employeeId);
  });
});

describe('units', () => {
  it('refuses to close a unit that still has active people, and closes an empty one', async () => {
    const unit = await unitOf(v.staffB!.employeeId);
    await expect(closeUnit(t.db, v.admin!, { unitId: unit.id })).rejects.toThrow(
      'adminOrg.errors.unitHasPeople',
    );
    expect(
      (await t.db.selectFrom('units').select('active').where('id', '=', unit.id).executeTakeFirstOrThrow())
        .active,
    ).toBe(true);
    const empty = await createUnit(t.db, v.admin!, {
      kind: 'subbagian',
      parentId: unit.id,
      code: 'UJI-KOSONG',
      name: 'Subbagian Uji',
    });
    await closeUnit(t.db, v.admin!, { unitId: empty });
    expect(
      (await t.db.selectFrom('units').select('active').where('id', '=', empty).executeTakeFirstOrThrow())
        .active,
    ).toBe(false);
    expect(await auditCount('unit.close')).toBe(1);
  });

  it('moves a subtree with its paths, and refuses moving a unit under its own descendant', async () => {
    const home = await unitOf(v.staffB!.employeeId);
    const other = await t.db
      .selectFrom('units')
      .select(['id', 'path'])
      .where('parent_id', '=', home.parent_id)
      .where('id', '!=', home.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const a = await createUnit(t.db, v.admin!, {
      kind: 'subbagian',
      parentId: home.id,
      code: 'UJI-A',
      name: 'Unit Uji A',
    });
    const b = await createUnit(t.db, v.admin!, {
      kind: 'subbagian',
      parentId: a,
      code: 'UJI-B',
      name: 'Unit Uji B',
    });
    await expect(moveUnit(t.db, v.admin!, { unitId: a, parentId: b })).rejects.toThrow(
      'adminOrg.errors.unitCycle',
    );
    await expect(moveUnit(t.db, v.admin!, { unitId: home.id, parentId: home.id })).rejects.toThrow(
      'adminOrg.errors.unitCycle',
    );
    await moveUnit(t.db, v.admin!, { unitId: a, parentId: other.id });
    const bRow = await t.db.selectFrom('units').select('path').where('id', '=', b).executeTakeFirstOrThrow();
    expect(bRow.path).toBe(`${other.path}${a}/${b}/`);
    expect(await auditCount('unit.move')).toBe(1);
  });
});

describe('employees', () => {
  const position = async () =>
    (
      await t.db
        .selectFrom('employees')
        .select('position_id')
        .where('id', '=', v.staffB!.employeeId)
        .executeTakeFirstOrThrow()
    ).position_id;

  it('refuses an NIP whose birth date cannot be, beside the field, and saves a valid one under the unit head', async () => {
    const input = {
      kind: 'PNS' as const,
      name: 'Pegawai Baru',
      positionId: await position(),
      pangkat: 'III/a',
      startsOn: ON,
    };
    await expect(
      createEmployee(t.db, v.admin!, { ...input, nip: '199013402020121001' }),
    ).rejects.toMatchObject({
      messageKey: 'adminOrg.nip.birth_date',
      field: 'nip',
    });
    await expect(createEmployee(t.db, v.admin!, { ...input, nip: NIP.staffB })).rejects.toMatchObject({
      field: 'nip',
    });
    const id = await createEmployee(t.db, v.admin!, { ...input, nip: '199601102020122001' });
    const e = await t.db
      .selectFrom('employees')
      .select(['birth_date', 'tmt', 'gender'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(e).toEqual({ birth_date: '1996-01-10', tmt: '2020-12-01', gender: 'P' });
    // No supervisor named: the head of the unit (the Kepala Bidang) is proposed.
    expect(await pejabatPenilaiOf(t.db, id, ON)).toBe(v.kabid!.employeeId);
    expect(await auditCount('employee.create')).toBe(1);
  });

  it('leaving the agency ends the session at the next request; a supervisor with people is refused', async () => {
    await expect(
      deactivateEmployee(t.db, v.admin!, {
        employeeId: v.kabid!.employeeId,
        version: await versionOf(v.kabid!.employeeId),
        leftOn: ON,
      }),
    ).rejects.toThrow('adminOrg.errors.stillSupervises');
    const leaver = v.staffB!.employeeId;
    const sv = (
      await t.db
        .selectFrom('users')
        .select('session_version')
        .where('employee_id', '=', leaver)
        .executeTakeFirstOrThrow()
    ).session_version;
    expect(await loadViewer(t.db, { uid: leaver, sv, lat: 0 })).not.toBeNull();
    await deactivateEmployee(t.db, v.admin!, {
      employeeId: leaver,
      version: await versionOf(leaver),
      leftOn: ON,
    });
    expect(await loadViewer(t.db, { uid: leaver, sv, lat: 0 })).toBeNull();
    expect(await pejabatPenilaiOf(t.db, leaver, ON)).toBeNull();
    expect(await auditCount('employee.deactivate')).toBe(1);
  });
});
