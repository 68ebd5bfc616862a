import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { getAgencyDashboard } from '@/lib/dashboard/agency';
import { parseFilters } from '@/lib/dashboard/params';
import { getTeamDashboard } from '@/lib/dashboard/team';
import { workingDays } from '@/lib/domain/reports';
import { complianceOf } from './realisation';
import { refreshReportRollups } from './rollups';

const ON = TEST_TODAY;
const MONTH = ON.slice(0, 7);
let t: TestDatabase;
let days: number;

/** Straight from daily_reports and the holiday table, none of the rollups. */
async function direct(employeeIds: number[], month = MONTH, last = ON) {
  const { rows } = await sql<{ id: number; reported: number; validated: number; pending: number }>`
    WITH d AS (
      SELECT d.* FROM daily_reports d
      WHERE d.employee_id = ANY(${employeeIds}::int[])
        AND d.report_date BETWEEN ${`${month}-01`}::date AND ${last}::date)
    SELECT e.id,
      (SELECT count(DISTINCT report_date) FROM d WHERE d.employee_id = e.id AND d.status <> 'rejected'
        AND extract(dow FROM report_date) NOT IN (0, 6) AND report_date NOT IN (SELECT date FROM holidays))::int AS reported,
      (SELECT count(DISTINCT report_date) FROM d WHERE d.employee_id = e.id AND d.status = 'approved'
        AND extract(dow FROM report_date) NOT IN (0, 6) AND report_date NOT IN (SELECT date FROM holidays))::int AS validated,
      (SELECT count(*) FROM d WHERE d.employee_id = e.id AND d.status = 'pending')::int AS pending
    FROM employees e WHERE e.id = ANY(${employeeIds}::int[])`.execute(t.db);
  return new Map(rows.map((r) => [r.id, r]));
}

const filters = (raw: Record<string, string> = {}) => {
  const f = parseFilters(raw, ON);
  if (!f) throw new Error('bad filters');
  return f;
};

let staffB: number;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const holidays = await t.db.selectFrom('holidays').select('date').execute();
  days = workingDays(`${MONTH}-01`, ON, new Set(holidays.map((h) => h.date))).length;
  // Staff B reported every working day of the month, and the Kepala Bidang has validated none of it yet.
  staffB = await employeeIdByNip(t.db, NIP.staffB);
  await sql`INSERT INTO daily_reports (employee_id, skp_id, indicator_id, report_date, start_time, end_time,
      minutes, activity, quantity, unit, idempotency_key)
    SELECT r.employee_id, r.skp_id, r.indicator_id, day::date, '08:00', '09:00', 60, 'Menyusun laporan bulanan',
      1, r.unit, gen_random_uuid()
    FROM generate_series(${`${MONTH}-01`}::date, ${ON}::date, interval '1 day') AS day
    CROSS JOIN LATERAL (SELECT * FROM daily_reports WHERE employee_id = ${staffB} ORDER BY id DESC LIMIT 1) r
    WHERE extract(isodow FROM day) < 6 AND day::date NOT IN (SELECT date FROM holidays)
      AND NOT EXISTS (SELECT 1 FROM daily_reports x WHERE x.employee_id = ${staffB} AND x.report_date = day::date)`.execute(
    t.db,
  );
  const touched = await t.db
    .updateTable('daily_reports')
    .set({ status: 'pending', reviewed_by: null, reviewed_at: null, review_comment: null })
    .where('employee_id', '=', staffB)
    .where('report_date', '>=', `${MONTH}-01`)
    .returning(['report_date', 'indicator_id'])
    .execute();
  await t.db.transaction().execute((trx) =>
    refreshReportRollups(
      trx,
      touched.map((r) => ({ employeeId: staffB, date: r.report_date })),
      touched.map((r) => r.indicator_id),
    ),
  );
});
afterAll(() => t.drop());

describe('compliance: days reported and days validated', () => {
  it('someone who reported every day with nothing validated: all days reported, none validated, all pending', async () => {
    const agencyId = (await viewerFor(t.db, NIP.staffB)).agencyId;
    const c = (await complianceOf(t.db, agencyId, [staffB], MONTH, ON)).get(staffB);
    const d = (await direct([staffB])).get(staffB);
    expect(d?.reported).toBe(days);
    expect(c).toMatchObject({
      workingDays: days,
      reportedDays: days,
      validatedDays: 0,
      pendingReports: d?.pending,
      running: true,
      through: ON,
    });
    expect(c?.pendingReports).toBeGreaterThanOrEqual(days);
  });

  it('equals direct counts for a whole team, this month and last month (counted to its end)', async () => {
    const kabid = await viewerFor(t.db, NIP.kabid);
    const team = await getTeamDashboard(t.db, kabid, filters(), ON, { all: true });
    const ids = team.rows.map((r) => r.id);
    const counts = await direct(ids);
    const mine = await complianceOf(t.db, kabid.agencyId, ids, MONTH, ON);
    for (const r of team.rows) {
      const d = counts.get(r.id);
      expect(mine.get(r.id)).toMatchObject({
        reportedDays: d?.reported,
        validatedDays: d?.validated,
        pendingReports: d?.pending,
      });
      expect(r.reported).toBeCloseTo(((d?.reported ?? 0) / days) * 100, 1);
      expect(r.compliance).toBeCloseTo(((d?.validated ?? 0) / days) * 100, 1);
    }
    expect(team.rows.find((r) => r.id === staffB)).toMatchObject({ reported: 100, compliance: 0 });
    expect(team).toMatchObject({ running: true, through: ON, workingDays: days });

    const previous = '2026-10';
    const before = await complianceOf(t.db, kabid.agencyId, ids, previous, ON);
    const old = await direct(ids, previous, '2026-10-31');
    for (const id of ids)
      expect(before.get(id)).toMatchObject({
        through: '2026-10-31',
        running: false,
        reportedDays: old.get(id)?.reported,
        validatedDays: old.get(id)?.validated,
      });
  });

  it('the leadership overview shows both figures and marks only the month in progress as running', async () => {
    const sekda = await viewerFor(t.db, NIP.sekda);
    const d = await getAgencyDashboard(t.db, sekda, filters(), ON);
    if (!d) throw new Error('no dashboard');
    const { rows } = await sql<{ id: number }>`SELECT id FROM employees WHERE active`.execute(t.db);
    const counts = [...(await direct(rows.map((r) => r.id))).values()];
    const sum = (f: (c: (typeof counts)[number]) => number) => counts.reduce((n, c) => n + f(c), 0);
    expect(d.summary.reported).toBeCloseTo((sum((c) => c.reported) / (rows.length * days)) * 100, 1);
    expect(d.summary.compliance).toBeCloseTo((sum((c) => c.validated) / (rows.length * days)) * 100, 1);
    expect(d.summary.pending).toBe(sum((c) => c.pending));
    expect(d.summary.reported).toBeGreaterThan(d.summary.compliance);
    expect(d.trend.filter((p) => p.running).map((p) => p.month)).toEqual([MONTH]);
    expect(d.trend.at(-1)?.reported).toBeCloseTo(d.summary.reported, 1);
    expect(d).toMatchObject({ running: true, through: ON });
  });
});
