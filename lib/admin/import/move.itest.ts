import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { canViewEmployee } from '@/lib/auth/policy';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { getReport } from '@/lib/reports/queries';
import { createImportJob, runImportApply, runImportCheck, startImportApply } from './mutations';
import { parseSheet } from './parse';
import { getImportJob } from './queries';
import { SIASN_HEADERS, siasnRow, toCsv } from './sample';

/**
 * An import that puts an existing person in another unit is a move, as the admin's move is: the unit
 * rollups of both units count them where they now work, and their supervision lines end that day.
 */
const ON = TEST_TODAY;
let t: TestDatabase;
let admin: Viewer;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  admin = await viewerFor(t.db, NIP.admin);
});
afterAll(() => t?.drop());

/** The unit rows of these units as they are, and as a sum over their active people's rows. */
async function unitRows(units: number[]) {
  const stored = await sql<{ row: string }>`
    SELECT concat_ws('|', unit_id, span, starts, approved_days, reported_days, pending, approved_minutes) AS row
    FROM unit_report_stats WHERE unit_id = ANY(${units}::int[]) ORDER BY 1`.execute(t.ownerDb);
  const summed = await sql<{ row: string }>`
    SELECT concat_ws('|', e.unit_id, s.span, s.starts, sum(s.approved_days), sum(s.reported_days),
      sum(s.pending), sum(s.approved_minutes)) AS row
    FROM employee_report_stats s JOIN employees e ON e.id = s.employee_id AND e.active
    WHERE e.unit_id = ANY(${units}::int[]) GROUP BY e.unit_id, s.span, s.starts ORDER BY 1`.execute(
    t.ownerDb,
  );
  return { stored: stored.rows.map((r) => r.row), summed: summed.rows.map((r) => r.row) };
}

describe('an import that moves an existing person', () => {
  it('rewrites both units’ rollups, ends the old lines at once and audits them', async () => {
    const staff = await t.db
      .selectFrom('employees')
      .select(['id', 'nip', 'name', 'pangkat', 'unit_id'])
      .where('nip', '=', NIP.staffB)
      .executeTakeFirstOrThrow();
    // Another bidang of the same dinas, with its head in post.
    const target = await t.db
      .selectFrom('units as u')
      .innerJoin('units as home', 'home.parent_id', 'u.parent_id')
      .innerJoin('positions as hp', (j) =>
        j.onRef('hp.unit_id', '=', 'u.id').on('hp.is_unit_head', '=', true),
      )
      .innerJoin('employees as head', (j) =>
        j.onRef('head.position_id', '=', 'hp.id').on('head.active', '=', true),
      )
      .select(['u.id', 'u.code', 'u.name', 'head.id as headId'])
      .where('home.id', '=', staff.unit_id)
      .where('u.id', '!=', staff.unit_id)
      .orderBy('u.id')
      .executeTakeFirstOrThrow();
    const kabid = await viewerFor(t.db, NIP.kabid);
    const report = await t.db
      .selectFrom('daily_reports')
      .select('id')
      .where('employee_id', '=', staff.id)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(await getReport(t.db, kabid, report.id, ON)).not.toBeNull();
    const before = await unitRows([staff.unit_id, target.id]);
    expect(before.stored.length).toBeGreaterThan(0);
    expect(before.stored).toEqual(before.summed);

    const file = toCsv(SIASN_HEADERS, [
      siasnRow({
        nip: staff.nip,
        name: staff.name,
        golongan: staff.pangkat ?? 'III/a',
        jenisJabatan: 'Fungsional Umum',
        jabatan: 'Pengadministrasi Perkantoran',
        unorId: target.code,
        unorName: target.name,
      }),
    ]);
    const id = await createImportJob(t.db, admin, {
      fileName: 'mutasi.csv',
      people: (await parseSheet(new TextEncoder().encode(file).buffer as ArrayBuffer)).rows,
      supervisionFileName: null,
      lines: [],
      fullExport: false,
    });
    await runImportCheck(t.db, id, ON);
    const checked = await getImportJob(t.db, admin, id);
    expect(checked?.report?.counts).toMatchObject({ issues: 0, changed: 1, proposals: 1 });
    expect(checked?.report?.proposals[0]).toMatchObject({ nip: staff.nip });
    await startImportApply(t.db, admin, id);
    await runImportApply(t.db, id, { actorId: admin.employeeId, on: ON, acceptProposals: true });
    expect((await getImportJob(t.db, admin, id))?.status).toBe('applied');

    // The unit rows count them in the new unit only.
    const after = await unitRows([staff.unit_id, target.id]);
    expect(after.stored).toEqual(after.summed);
    expect(after.stored).not.toEqual(before.stored);

    // The old pejabat penilai loses them that day; the new unit's head (the confirmed proposal) has them.
    expect(await pejabatPenilaiOf(t.db, staff.id, ON)).toBe(target.headId);
    const kabidNow = await viewerFor(t.db, NIP.kabid);
    expect(await canViewEmployee(t.db, kabidNow, staff.id, ON)).toBe(false);
    expect(await getReport(t.db, kabidNow, report.id, ON)).toBeNull();
    const open = await t.db
      .selectFrom('supervisions')
      .select(['supervisor_id', 'valid_from'])
      .where('employee_id', '=', staff.id)
      .where((w) => w.or([w('valid_to', 'is', null), w('valid_to', '>', ON)]))
      .execute();
    expect(open).toEqual([{ supervisor_id: target.headId, valid_from: ON }]);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'employee.import_update')
      .where('entity_id', '=', String(staff.id))
      .executeTakeFirstOrThrow();
    const ended = (audit.after as { linesEnded: { supervisor_id: number }[] }).linesEnded;
    expect(ended.map((l) => l.supervisor_id)).toContain(kabid.employeeId);
  });
});
