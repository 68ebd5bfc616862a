import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { workingDays } from '@/lib/domain/reports';
import { getAgencyDashboard } from './agency';
import { parseFilters } from './params';
import { getTeamDashboard } from './team';

const ON = TEST_TODAY;
const MONTH = ON.slice(0, 7);
let t: TestDatabase;
let days: number;

const filters = (raw: Record<string, string> = {}) => {
  const f = parseFilters(raw, ON);
  if (!f) throw new Error('bad filters');
  return f;
};

/** Straight from daily_reports and the holiday table, none of the rollups. */
async function direct(employeeIds: number[]) {
  const { rows } = await sql<{ employee_id: number; approved_days: number; pending: number }>`
    SELECT e.id AS employee_id,
      (SELECT count(DISTINCT d.report_date) FROM daily_reports d
        WHERE d.employee_id = e.id AND d.status = 'approved'
          AND d.report_date BETWEEN ${`${MONTH}-01`}::date AND ${ON}::date
          AND extract(dow FROM d.report_date) NOT IN (0, 6)
          AND d.report_date NOT IN (SELECT date FROM holidays))::int AS approved_days,
      (SELECT count(*) FROM daily_reports d WHERE d.employee_id = e.id AND d.status = 'pending')::int AS pending
    FROM employees e WHERE e.id = ANY(${employeeIds}::int[])`.execute(t.db);
  return new Map(rows.map((r) => [r.employee_id, r]));
}

async function subtreeEmployees(unitId: number | null) {
  const { rows } = await sql<{ id: number; approved: boolean }>`
    SELECT e.id, EXISTS (SELECT 1 FROM skps k WHERE k.employee_id = e.id AND k.year = 2026
      AND k.status = 'approved') AS approved
    FROM employees e JOIN units u ON u.id = e.unit_id
    WHERE e.active AND (${unitId}::int IS NULL
      OR u.path LIKE (SELECT path FROM units WHERE id = ${unitId}::int) || '%')`.execute(t.db);
  return rows;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  const holidays = await t.db.selectFrom('holidays').select('date').execute();
  days = workingDays(`${MONTH}-01`, ON, new Set(holidays.map((h) => h.date))).length;
});
afterAll(() => t.drop());

describe('leadership dashboard', () => {
  it('gives the Sekda every OPD, each figure equal to a direct count', async () => {
    const sekda = await viewerFor(t.db, NIP.sekda);
    const d = await getAgencyDashboard(t.db, sekda, filters(), ON);
    if (!d) throw new Error('no dashboard');
    const opds = await t.db.selectFrom('units').select('id').where('parent_id', 'is', null).execute();
    expect(d.units.map((u) => u.id).sort()).toEqual(opds.map((o) => o.id).sort());
    const everyone = await subtreeEmployees(null);
    expect(d.summary.headcount).toBe(everyone.length);
    expect(d.summary.skp.approved).toBe(everyone.filter((e) => e.approved).length);
    const counts = await direct(everyone.map((e) => e.id));
    const approvedDays = [...counts.values()].reduce((n, c) => n + c.approved_days, 0);
    expect(d.summary.compliance).toBeCloseTo((approvedDays / (everyone.length * days)) * 100, 1);
    expect(d.summary.compliance).toBeGreaterThan(0);

    for (const unit of d.units.slice(0, 6)) {
      const mine = await subtreeEmployees(unit.id);
      const c = await direct(mine.map((e) => e.id));
      const ad = [...c.values()].reduce((n, x) => n + x.approved_days, 0);
      expect(unit.headcount).toBe(mine.length);
      expect(unit.skp.approved).toBe(mine.filter((e) => e.approved).length);
      expect(unit.compliance).toBeCloseTo(mine.length ? (ad / (mine.length * days)) * 100 : 0, 1);
    }
    expect(d.trend.at(-1)?.compliance).toBeCloseTo(d.summary.compliance, 1);
  });

  it('the median validation delay matches one computed over the reports themselves', async () => {
    const sekda = await viewerFor(t.db, NIP.sekda);
    const d = await getAgencyDashboard(t.db, sekda, filters(), ON);
    const { rows } = await sql<{ median: number | null }>`
      SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY least(30, floor(extract(epoch FROM reviewed_at - created_at) / 86400))) AS median
      FROM daily_reports WHERE status <> 'pending' AND reviewed_at IS NOT NULL
        AND report_date >= ${`${MONTH}-01`}::date AND report_date < ${`${MONTH}-01`}::date + interval '1 month'`.execute(
      t.db,
    );
    expect(d?.summary.medianDelay).toBe(rows[0]?.median === null ? null : Number(rows[0]?.median));
  });

  it('keeps a Kepala OPD inside her OPD: another OPD or its sub-unit is a 404, her own drills down', async () => {
    const kadisdik = await viewerFor(t.db, NIP.kadisdik);
    const own = await getAgencyDashboard(t.db, kadisdik, filters(), ON);
    if (!own?.selected) throw new Error('no scoped dashboard');
    const scopeId = own.selected.id;
    const mine = await subtreeEmployees(scopeId);
    expect(own.summary.headcount).toBe(mine.length);
    expect(own.units[0]?.own).toBe(true);

    const other = await t.db
      .selectFrom('units')
      .select('id')
      .where('parent_id', 'is', null)
      .where('id', '<>', scopeId)
      .executeTakeFirstOrThrow();
    const otherChild = await t.db
      .selectFrom('units')
      .select('id')
      .where('parent_id', '=', other.id)
      .executeTakeFirst();
    expect(await getAgencyDashboard(t.db, kadisdik, filters({ unit: String(other.id) }), ON)).toBeNull();
    if (otherChild)
      expect(
        await getAgencyDashboard(t.db, kadisdik, filters({ unit: String(otherChild.id) }), ON),
      ).toBeNull();
    // A supervisor elsewhere as "team" is refused too.
    expect(
      await getAgencyDashboard(
        t.db,
        kadisdik,
        filters({ team: String(await employeeIdByNip(t.db, NIP.admin)) }),
        ON,
      ),
    ).toBeNull();

    const sub = own.units.find((u) => !u.own && u.headcount > 0);
    if (!sub) throw new Error('no sub-unit');
    const drilled = await getAgencyDashboard(t.db, kadisdik, filters({ unit: String(sub.id) }), ON, {
      allStaff: true,
    });
    expect(drilled?.breadcrumbs.map((b) => b.id)).toEqual([scopeId, sub.id]);
    expect(drilled?.summary.headcount).toBe(sub.headcount);
    const direct = await t.db
      .selectFrom('employees')
      .select('id')
      .where('unit_id', '=', sub.id)
      .where('active', '=', true)
      .execute();
    expect(drilled?.staff?.rows.map((r) => r.id).sort()).toEqual(direct.map((r) => r.id).sort());
  });

  it("offers a supervisor's team only when that team is in the viewer's scope, and the heat map keeps the table's order", async () => {
    const kadisdik = await viewerFor(t.db, NIP.kadisdik);
    const own = await getAgencyDashboard(t.db, kadisdik, filters(), ON);
    if (!own?.selected) throw new Error('no scoped dashboard');
    // Her own unit's staff include herself, whose supervisor (the Sekda) leads a team outside her scope.
    const staff = await getAgencyDashboard(t.db, kadisdik, filters({ unit: String(own.selected.id) }), ON, {
      allStaff: true,
    });
    const sub = own.units.find((u) => !u.own && u.headcount > 1);
    if (!sub) throw new Error('no sub-unit');
    const subStaff = await getAgencyDashboard(t.db, kadisdik, filters({ unit: String(sub.id) }), ON, {
      allStaff: true,
    });
    const rows = [...(staff?.staff?.rows ?? []), ...(subStaff?.staff?.rows ?? [])];
    const sekda = await employeeIdByNip(t.db, NIP.sekda);
    const me = rows.find((r) => r.id === kadisdik.employeeId);
    expect(me?.supervisor).toMatchObject({ id: sekda, visible: false });
    for (const r of rows.filter((x) => x.supervisor?.visible)) {
      const team = filters({ team: String(r.supervisor?.id) });
      expect(await getAgencyDashboard(t.db, kadisdik, team, ON)).not.toBeNull();
    }
    expect(rows.some((r) => r.supervisor?.visible)).toBe(true);

    const sekdaView = await viewerFor(t.db, NIP.sekda);
    const byCompliance = await getAgencyDashboard(
      t.db,
      sekdaView,
      filters({ sort: 'compliance', dir: 'desc' }),
      ON,
    );
    const tableOrder = byCompliance?.units.filter((u) => u.headcount > 0).map((u) => u.id);
    expect(byCompliance?.heat.rows.map((r) => r.id)).toEqual(tableOrder);
  });

  it('answers null to staff and supervisors without leadership', async () => {
    for (const nip of [NIP.staffA, NIP.kabid]) {
      expect(await getAgencyDashboard(t.db, await viewerFor(t.db, nip), filters(), ON)).toBeNull();
    }
  });
});

describe('team dashboard', () => {
  it('lists exactly the current subordinates, with pending and compliance equal to direct counts', async () => {
    const kabid = await viewerFor(t.db, NIP.kabid);
    const d = await getTeamDashboard(t.db, kabid, filters(), ON, { all: true });
    const subs = await sql<{ employee_id: number }>`
      SELECT DISTINCT s.employee_id FROM supervisions s JOIN employees e ON e.id = s.employee_id AND e.active
      WHERE s.supervisor_id = ${kabid.employeeId} AND s.valid_from <= ${ON}::date
        AND (s.valid_to IS NULL OR s.valid_to > ${ON}::date)`.execute(t.db);
    expect(d.rows.map((r) => r.id).sort()).toEqual(subs.rows.map((r) => r.employee_id).sort());
    const counts = await direct(d.rows.map((r) => r.id));
    for (const r of d.rows) {
      expect(r.pending).toBe(counts.get(r.id)?.pending);
      expect(r.compliance).toBeCloseTo(((counts.get(r.id)?.approved_days ?? 0) / days) * 100, 1);
    }
    expect(d.rows.some((r) => r.pending > 0)).toBe(true);
  });

  it('sorts by an allowlisted column and ignores anything else', async () => {
    const kabid = await viewerFor(t.db, NIP.kabid);
    const bySorted = await getTeamDashboard(t.db, kabid, filters({ sort: 'pending', dir: 'desc' }), ON);
    const pend = bySorted.rows.map((r) => r.pending);
    expect(pend).toEqual([...pend].sort((a, b) => b - a));
    const hostile = await getTeamDashboard(t.db, kabid, filters({ sort: 'name; DROP TABLE units --' }), ON);
    expect(hostile.sort).toBe('name');
  });

  it('an employee without subordinates sees an empty team', async () => {
    const d = await getTeamDashboard(t.db, await viewerFor(t.db, NIP.staffA), filters(), ON);
    expect(d.rows).toEqual([]);
  });
});
