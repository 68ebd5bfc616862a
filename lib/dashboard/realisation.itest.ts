import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import type { Viewer } from '@/lib/auth/viewer';
import { reviewEntry, saveEntry } from '@/lib/realisation/mutations';
import { fileReport, reviewReports } from '@/lib/reports/mutations';
import { rebuildReportRollups } from '@/lib/reports/rollups';
import { decideSkp, reviseSkp, saveSkp, submitSkp } from '@/lib/skp/mutations';
import { loadRhks } from '@/lib/skp/queries';
import type { SkpFormValues } from '@/lib/skp/schema';
import { getAgencyDashboard } from './agency';
import { parseFilters } from './params';
import { getTeamDashboard } from './team';

const ON = TEST_TODAY;
let t: TestDatabase;
let staff: Viewer;
let boss: Viewer;
let sekda: Viewer;
let skpId: number;
let indicatorId: number;

/**
 * Realisation per SKP straight from daily_reports and realisation_entries (not the rollups), rounded to
 * compare numerics: daily output against its target (none = 0 %), every other measure from its validated
 * entries (left out when there are none), each capped at 100 %.
 */
const DIRECT = sql`
  WITH ind AS (
    SELECT k.id AS skp_id, k.employee_id, k.year, k.status, k.revision, i.id, i.target_value AS target,
           coalesce(i.measure, CASE i.aspek WHEN 'kuantitas' THEN 'daily' WHEN 'kualitas' THEN 'periodic'
             WHEN 'waktu' THEN 'duration' ELSE 'amount' END) AS measure
    FROM skps k
    JOIN skp_rhks r ON r.skp_id = k.id AND r.kind = 'utama'
    JOIN skp_indicators i ON i.rhk_id = r.id),
  daily AS (
    SELECT ind.*, coalesce((SELECT sum(quantity) FROM daily_reports d
      WHERE d.indicator_id = ind.id AND d.status = 'approved'), 0) * 100 / target AS pct
    FROM ind WHERE measure = 'daily' AND target > 0),
  entries AS (
    SELECT ind.skp_id, ind.employee_id, ind.year, ind.status, ind.revision, ind.measure, ind.target,
           sum(x.value) AS total, avg(x.value) AS mean
    FROM ind JOIN realisation_entries x ON x.indicator_id = ind.id AND x.status = 'validated'
    WHERE ind.measure <> 'daily'
    GROUP BY ind.skp_id, ind.employee_id, ind.year, ind.status, ind.revision, ind.id, ind.measure, ind.target),
  periodic AS (
    SELECT skp_id, employee_id, year, status, revision, CASE
      WHEN measure = 'qualitative' THEN mean
      WHEN measure = 'amount' AND target > 0 THEN greatest(0, 200 - total * 100 / target)
      WHEN measure = 'duration' AND target > 0 THEN greatest(0, 200 - mean * 100 / target)
      WHEN measure IN ('amount', 'duration') THEN CASE WHEN total > 0 THEN 0 ELSE 100 END
      WHEN target > 0 THEN mean * 100 / target ELSE 100 END AS pct
    FROM entries)
  SELECT skp_id, employee_id, year, status, revision, count(*)::int AS indicators,
         round(avg(least(100, pct)), 6) AS pct
  FROM (SELECT skp_id, employee_id, year, status, revision, pct FROM daily
        UNION ALL SELECT skp_id, employee_id, year, status, revision, pct FROM periodic) m
  GROUP BY skp_id, employee_id, year, status, revision`;

async function mismatches(): Promise<unknown[]> {
  const { rows } = await sql`
    WITH direct AS (SELECT skp_id, employee_id, year, indicators, pct FROM (${DIRECT}) d),
    rolled AS (SELECT skp_id, employee_id, year, indicators, round(pct, 6) AS pct FROM employee_realisation)
    (SELECT 'missing' AS side, * FROM (SELECT * FROM direct EXCEPT SELECT * FROM rolled) a)
    UNION ALL
    (SELECT 'extra' AS side, * FROM (SELECT * FROM rolled EXCEPT SELECT * FROM direct) b)
    LIMIT 5`.execute(t.db);
  return rows;
}

const rolledPct = async () => {
  const row = await t.db
    .selectFrom('employee_realisation')
    .select('pct')
    .where('skp_id', '=', skpId)
    .executeTakeFirst();
  return row ? Number(row.pct) : null;
};

/** What the Sekda's dashboard must say: the mean over active employees' SKPs that count this year. */
async function expectDashboardsAgree() {
  const { rows } = await sql<{ mean: string | null; n: number }>`
    SELECT avg(d.pct) AS mean, count(*)::int AS n FROM (${DIRECT}) d
    JOIN employees e ON e.id = d.employee_id AND e.active
    WHERE d.year = 2026 AND (d.status = 'approved' OR d.revision > 1)`.execute(t.db);
  const filters = parseFilters({}, ON);
  if (!filters) throw new Error('bad filters');
  const overview = await getAgencyDashboard(t.db, sekda, filters, ON);
  expect(overview?.summary.withRealisation).toBe(rows[0]?.n);
  expect(overview?.summary.realisation).toBe(Math.round(Number(rows[0]?.mean) * 10) / 10);

  const team = await getTeamDashboard(t.db, boss, filters, ON, { all: true });
  const mine = team.rows.find((r) => r.id === staff.employeeId);
  const own = await sql<{ pct: string }>`SELECT pct FROM (${DIRECT}) d WHERE d.skp_id = ${skpId}`.execute(
    t.db,
  );
  expect(mine?.realisation).toBe(Math.round(Number(own.rows[0]?.pct) * 10) / 10);
}

/** The editor's form for the SKP as it stands, with one indicator's target replaced. */
async function formWithTarget(version: number, targetValue: string): Promise<SkpFormValues> {
  const rhks = await loadRhks(t.db, skpId);
  return {
    skpId: skpId,
    version: version,
    approach: 'kuantitatif',
    intent: 'save',
    rhks: rhks.map((r) => ({
      rhkId: r.id,
      kind: r.kind,
      text: r.text,
      parentRhkId: r.parent?.id,
      unitGoalId: r.unitGoal?.id,
      indicators: r.indicators.map((i) => ({
        indicatorId: i.id,
        aspek: i.aspek,
        text: i.text,
        targetValue: i.id === indicatorId ? targetValue : String(i.targetValue),
        targetUnit: i.targetUnit,
      })),
    })),
  };
}

const skpVersion = async () =>
  (await t.db.selectFrom('skps').select('version').where('id', '=', skpId).executeTakeFirstOrThrow()).version;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  [staff, boss, sekda] = await Promise.all([
    viewerFor(t.db, NIP.staffA),
    viewerFor(t.db, NIP.kabid),
    viewerFor(t.db, NIP.sekda),
  ]);
  // A counted indicator of the employee's approved SKP still short of its target, so new output shows.
  const { rows } = await sql<{ skp_id: number; id: number }>`
    SELECT k.id AS skp_id, i.id FROM skps k
    JOIN skp_rhks r ON r.skp_id = k.id AND r.kind = 'utama'
    JOIN skp_indicators i ON i.rhk_id = r.id AND i.aspek = 'kuantitas' AND i.target_value > 0
    WHERE k.employee_id = ${staff.employeeId} AND k.year = 2026 AND k.status = 'approved'
      AND coalesce((SELECT sum(quantity) FROM daily_reports d WHERE d.indicator_id = i.id
                    AND d.status = 'approved'), 0) < i.target_value
    ORDER BY i.id LIMIT 1`.execute(t.db);
  if (!rows[0]) throw new Error('the seed gave staff A no indicator short of its target');
  skpId = rows[0].skp_id;
  indicatorId = rows[0].id;
});
afterAll(() => t.drop());

describe('realisation rollup', () => {
  it('the seed fills it with the realisation of every SKP, and the dashboards read it', async () => {
    const n = await t.db
      .selectFrom('employee_realisation')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBeGreaterThan(10);
    expect(await mismatches()).toEqual([]);
    await expectDashboardsAgree();
  });

  it('follows a validated report in the same transaction', async () => {
    const before = await rolledPct();
    const reportId = await fileReport(
      t.db,
      staff,
      {
        idempotencyKey: randomUUID(),
        reportDate: '2026-11-27',
        indicatorId: indicatorId,
        activity: 'Menyusun laporan capaian kinerja',
        quantity: '1',
        unit: 'Dokumen',
        startTime: '19:00',
        endTime: '20:00',
        evidenceLink: '',
      },
      [],
      ON,
    );
    expect(await rolledPct()).toBe(before); // pending output does not count
    await reviewReports(t.db, boss, [{ id: reportId, version: 1 }], 'approve', undefined, ON);
    expect(await rolledPct()).toBeGreaterThan(before ?? 0);
    expect(await mismatches()).toEqual([]);
    await expectDashboardsAgree();
  });

  it('follows a validated periodic entry in the same transaction, and only once validated', async () => {
    // Staff A's percentage indicator gets a Q4 value far below its target: its mean over the quarters drops.
    const ind = await t.db
      .selectFrom('skp_indicators as i')
      .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
      .select('i.id')
      .where('r.skp_id', '=', skpId)
      .where('r.kind', '=', 'utama')
      .where('i.aspek', '=', 'kualitas')
      .where((eb) => eb.or([eb('i.measure', 'is', null), eb('i.measure', '=', 'periodic')]))
      .orderBy('i.id')
      .executeTakeFirstOrThrow();
    const q4 = await t.db
      .selectFrom('periods')
      .select('id')
      .where('agency_id', '=', staff.agencyId)
      .where('year', '=', 2026)
      .where('kind', '=', 'quarterly')
      .where('seq', '=', 4)
      .executeTakeFirstOrThrow();
    const before = await rolledPct();
    const { entryId } = await saveEntry(
      t.db,
      staff,
      {
        indicatorId: ind.id,
        periodId: q4.id,
        entryId: undefined,
        version: undefined,
        value: '0',
        evidenceLink: '',
        note: '',
      },
      [],
      ON,
    );
    expect(await rolledPct()).toBe(before); // a pending entry does not count
    await reviewEntry(t.db, boss, { entryId, version: 1, decision: 'validate' }, ON);
    expect(await rolledPct()).toBeLessThan(before ?? 0);
    expect(await mismatches()).toEqual([]);
    await expectDashboardsAgree();
  });

  it('follows a revision of the SKP: its new target counts while in revision and once approved', async () => {
    const before = await rolledPct();
    await reviseSkp(t.db, staff, skpId, await skpVersion(), ON);
    // A higher target lowers the indicator's share; the revision counts on the dashboards while drafted.
    await saveSkp(t.db, staff, await formWithTarget(await skpVersion(), '40'), ON);
    expect(await rolledPct()).toBeLessThan(before ?? 0);
    expect(await mismatches()).toEqual([]);
    await expectDashboardsAgree();

    await submitSkp(t.db, staff, skpId, await skpVersion(), ON);
    await decideSkp(t.db, boss, { skpId, version: await skpVersion(), decision: 'approve' }, ON);
    const skp = await t.db
      .selectFrom('skps')
      .select(['status', 'revision'])
      .where('id', '=', skpId)
      .executeTakeFirstOrThrow();
    expect(skp).toEqual({ status: 'approved', revision: 2 });
    expect(await mismatches()).toEqual([]);
    await expectDashboardsAgree();
  });

  it('a rebuild restores it from scratch to the same rows', async () => {
    const before = await t.db
      .selectFrom('employee_realisation')
      .select(['skp_id', 'pct'])
      .orderBy('skp_id')
      .execute();
    await t.db.deleteFrom('employee_realisation').execute();
    await rebuildReportRollups(t.ownerDb);
    const after = await t.db
      .selectFrom('employee_realisation')
      .select(['skp_id', 'pct'])
      .orderBy('skp_id')
      .execute();
    expect(after.map((r) => [r.skp_id, Number(r.pct)])).toEqual(before.map((r) => [r.skp_id, Number(r.pct)]));
    expect(await mismatches()).toEqual([]);
  });
});
