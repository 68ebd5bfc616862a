import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { addHoliday, deleteHoliday } from '@/lib/holidays/mutations';
import * as realisationRebuild from '@/migrations/2026-12-06-72-realisation-rebuild';
import { deleteReport, fileReport, reviewReports, updateReport } from './mutations';
import { rebuildReportRollups, refreshPendingRollups, refreshReportRollups, rollupDrift } from './rollups';
import type { ReportFormValues } from './schema';

const ON = '2026-11-27';
let t: TestDatabase;
let staff: Viewer;
let boss: Viewer;
let admin: Viewer;
let indicatorId: number;

/**
 * The same figures as the rollups, written independently and plainly over daily_reports: if the
 * incremental refresh misses a case, the two sets differ.
 */
async function mismatches(): Promise<unknown[]> {
  const { rows } = await sql`
    WITH direct AS (
      SELECT d.employee_id, s.span, date_trunc(s.span, d.report_date::timestamp)::date AS starts,
             count(DISTINCT d.report_date) FILTER (WHERE d.status = 'approved'
               AND extract(dow FROM d.report_date) NOT IN (0, 6)
               AND d.report_date NOT IN (SELECT date FROM holidays))::int AS approved_days,
             count(DISTINCT d.report_date) FILTER (WHERE d.status <> 'rejected'
               AND extract(dow FROM d.report_date) NOT IN (0, 6)
               AND d.report_date NOT IN (SELECT date FROM holidays))::int AS reported_days,
             count(*)::int AS reports,
             count(*) FILTER (WHERE d.status = 'pending')::int AS pending,
             count(*) FILTER (WHERE d.status = 'approved')::int AS approved,
             coalesce(sum(d.minutes) FILTER (WHERE d.status = 'approved'), 0)::int AS minutes
      FROM daily_reports d CROSS JOIN (VALUES ('week'), ('month')) s(span)
      GROUP BY 1, 2, 3
    ), rolled AS (
      SELECT employee_id, span, starts, approved_days::int, reported_days::int, reports, pending, approved,
             approved_minutes AS minutes
      FROM employee_report_stats
    )
    (SELECT 'missing' AS side, * FROM (SELECT * FROM direct EXCEPT SELECT * FROM rolled) a)
    UNION ALL
    (SELECT 'extra' AS side, * FROM (SELECT * FROM rolled EXCEPT SELECT * FROM direct) b)
    UNION ALL
    (SELECT 'unit', unit_id, span, starts, approved_days, reported_days, NULL, pending, NULL, minutes FROM (
      SELECT e.unit_id, r.span, r.starts, sum(r.approved_days)::int AS approved_days,
             sum(r.reported_days)::int AS reported_days, sum(r.pending)::int AS pending, sum(r.minutes)::int AS minutes
      FROM direct r JOIN employees e ON e.id = r.employee_id AND e.active GROUP BY 1, 2, 3
      EXCEPT SELECT unit_id, span, starts, approved_days, reported_days, pending, approved_minutes
      FROM unit_report_stats) u)
    UNION ALL
    (SELECT 'indicator', i.indicator_id, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM (
      SELECT indicator_id, sum(quantity) AS q FROM daily_reports WHERE status = 'approved' GROUP BY 1
      EXCEPT SELECT indicator_id, approved_quantity FROM indicator_stats) i)
    UNION ALL
    (SELECT 'delay', employee_id, NULL, month, NULL, n, NULL, NULL, NULL, NULL FROM (
      SELECT employee_id, date_trunc('month', report_date::timestamp)::date AS month, count(*)::int AS n
      FROM daily_reports WHERE status <> 'pending' AND reviewed_at IS NOT NULL GROUP BY 1, 2
      EXCEPT SELECT employee_id, month, sum(reports)::int FROM report_delay_stats GROUP BY 1, 2) x)
    UNION ALL
    (SELECT 'unit delay', unit_id, NULL, month, delay_days, n, NULL, NULL, NULL, NULL FROM (
      SELECT e.unit_id, date_trunc('month', d.report_date::timestamp)::date AS month,
             greatest(0, least(30, floor(extract(epoch FROM d.reviewed_at - d.created_at) / 86400)))::int AS delay_days,
             count(*)::int AS n
      FROM daily_reports d JOIN employees e ON e.id = d.employee_id AND e.active
      WHERE d.status <> 'pending' AND d.reviewed_at IS NOT NULL GROUP BY 1, 2, 3
      EXCEPT SELECT unit_id, month, delay_days, reports FROM unit_delay_stats) ud)
    LIMIT 5`.execute(t.db);
  return rows;
}

const report = (over: Partial<ReportFormValues> = {}): ReportFormValues => ({
  idempotencyKey: randomUUID(),
  reportDate: ON,
  indicatorId: indicatorId,
  activity: 'Memeriksa rekap data pokok pendidikan',
  quantity: '2',
  unit: 'Dokumen',
  startTime: '19:00',
  endTime: '20:00',
  evidenceLink: '',
  // Some of these days become holidays in the test; the rollups, not the question, are under test here.
  confirmNonWorkingDay: '1',
  ...over,
});

const versionOf = async (id: number) =>
  (await t.db.selectFrom('daily_reports').select('version').where('id', '=', id).executeTakeFirstOrThrow())
    .version;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  [staff, boss, admin] = await Promise.all([
    viewerFor(t.db, NIP.staffA),
    viewerFor(t.db, NIP.kabid),
    viewerFor(t.db, NIP.admin),
  ]);
  const row = await t.db
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .innerJoin('skps as k', 'k.id', 'r.skp_id')
    .select('i.id')
    .where('k.employee_id', '=', await employeeIdByNip(t.db, NIP.staffA))
    .where('k.year', '=', 2026)
    .where('k.status', '=', 'approved')
    .orderBy('i.id')
    .executeTakeFirstOrThrow();
  indicatorId = row.id;
});
afterAll(() => t.drop());

describe('dashboard rollups', () => {
  it('the seed fills them with what daily_reports says', async () => {
    const n = await t.db
      .selectFrom('employee_report_stats')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBeGreaterThan(100);
    expect(await mismatches()).toEqual([]);
  });

  it('stay equal to direct counts through filing, review, edit, delete and holiday changes', async () => {
    const approvedId = await fileReport(t.db, staff, report(), [], ON);
    expect(await mismatches()).toEqual([]);
    await reviewReports(t.db, boss, [{ id: approvedId, version: 1 }], 'approve', undefined, ON);
    expect(await mismatches()).toEqual([]);

    const returnedId = await fileReport(
      t.db,
      staff,
      report({ startTime: '20:00', endTime: '21:00' }),
      [],
      ON,
    );
    await reviewReports(t.db, boss, [{ id: returnedId, version: 1 }], 'return', 'Lengkapi bukti.', ON);
    expect(await mismatches()).toEqual([]);
    // Moved to another day (and week) while it goes back to the supervisor.
    await updateReport(
      t.db,
      staff,
      report({
        reportId: returnedId,
        version: await versionOf(returnedId),
        reportDate: '2026-11-24',
        startTime: '20:00',
        endTime: '21:00',
      }),
      [],
      ON,
    );
    expect(await mismatches()).toEqual([]);

    const goneId = await fileReport(t.db, staff, report({ startTime: '21:00', endTime: '21:30' }), [], ON);
    await deleteReport(t.db, staff, goneId, await versionOf(goneId));
    expect(await mismatches()).toEqual([]);

    // 24 November stops being a working day, then becomes one again.
    await addHoliday(t.db, admin, { date: '2026-11-24', name: 'Libur daerah', kind: 'local' });
    expect(await mismatches()).toEqual([]);
    const holiday = await t.db
      .selectFrom('holidays')
      .select('id')
      .where('date', '=', '2026-11-24')
      .executeTakeFirstOrThrow();
    await deleteHoliday(t.db, admin, holiday.id);
    expect(await mismatches()).toEqual([]);
  });

  it('a report whose filing time is later than its review counts as reviewed without delay', async () => {
    // As the demo seed once made them: this morning's report stamped with a filing time still to come.
    const id = await fileReport(t.db, staff, report({ startTime: '22:00', endTime: '22:30' }), [], ON);
    await sql`UPDATE daily_reports SET created_at = now() + interval '3 hours' WHERE id = ${id}`.execute(
      t.db,
    );
    await reviewReports(t.db, boss, [{ id, version: await versionOf(id) }], 'approve', undefined, ON);
    const { rows } = await sql<{ delay_days: number }>`
      SELECT delay_days FROM report_delay_stats
      WHERE employee_id = ${staff.employeeId} AND month = date_trunc('month', ${ON}::date)::date
      ORDER BY delay_days LIMIT 1`.execute(t.db);
    expect(rows[0]?.delay_days).toBe(0);
    expect(await mismatches()).toEqual([]);
  });

  it('a new pending report rewrites only the week and month counts, nothing a review decides', async () => {
    // xmin changes when a row is rewritten (delete and insert), so it shows which rollups a filing touched.
    const touched = async () => {
      const { rows } = await sql<{ t: string; xmin: string }>`
        SELECT 'realisation' AS t, xmin::text FROM employee_realisation WHERE employee_id = ${staff.employeeId}
        UNION ALL SELECT 'indicator', xmin::text FROM indicator_stats WHERE indicator_id = ${indicatorId}
        UNION ALL SELECT 'delay', xmin::text FROM report_delay_stats WHERE employee_id = ${staff.employeeId}
          AND month = '2026-11-01'
        UNION ALL SELECT 'unit delay', xmin::text FROM unit_delay_stats WHERE unit_id = ${staff.unitId}
          AND month = '2026-11-01'
        UNION ALL SELECT 'week', xmin::text FROM employee_report_stats WHERE employee_id = ${staff.employeeId}
          AND span = 'week' AND starts = '2026-11-23'
        ORDER BY 1, 2`.execute(t.db);
      return rows;
    };
    const before = await touched();
    expect(new Set(before.map((r) => r.t))).toEqual(
      new Set(['realisation', 'indicator', 'delay', 'unit delay', 'week']),
    );
    await fileReport(
      t.db,
      staff,
      report({ reportDate: '2026-11-25', startTime: '06:00', endTime: '06:30' }),
      [],
      ON,
    );
    const after = await touched();
    expect(after.filter((r) => r.t !== 'week')).toEqual(before.filter((r) => r.t !== 'week'));
    expect(after.find((r) => r.t === 'week')).not.toEqual(before.find((r) => r.t === 'week'));
    expect(await mismatches()).toEqual([]);
  });

  it('leave the transaction planning as PostgreSQL chooses once the span rows are written', async () => {
    // The span statements force generic plans for themselves only: the review's delay and indicator
    // statements after them (and the caller's own) are planned as usual.
    const modes = await t.db.transaction().execute(async (trx) => {
      const before = await sql<{ m: string }>`SELECT current_setting('plan_cache_mode') AS m`.execute(trx);
      await refreshReportRollups(trx, [{ employeeId: staff.employeeId, date: ON }], [indicatorId]);
      const after = await sql<{ m: string }>`SELECT current_setting('plan_cache_mode') AS m`.execute(trx);
      return [before.rows[0]?.m, after.rows[0]?.m];
    });
    expect(modes).toEqual(['auto', 'auto']);
    const pendingModes = await t.db.transaction().execute(async (trx) => {
      await refreshPendingRollups(trx, { employeeId: staff.employeeId, date: ON });
      return (await sql<{ m: string }>`SELECT current_setting('plan_cache_mode') AS m`.execute(trx)).rows[0]
        ?.m;
    });
    expect(pendingModes).toBe('auto');
  });

  it('a filing reads and writes in eight statements, and its unit rows stay the sum of its members', async () => {
    // Filing is the busiest write of the day: each statement is a round trip. The checks are one
    // statement, the repeat and clash lookups one, the rollups three (locks, the rows, the plan setting).
    // (A plugin sees each subquery too as it is built, but each statement's result once.)
    const statements: unknown[] = [];
    const counted = t.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements.push(args.queryId);
        return args.result;
      },
    });
    const day = '2026-11-24';
    await fileReport(
      counted,
      staff,
      report({ reportDate: day, startTime: '05:00', endTime: '05:30' }),
      [],
      ON,
    );
    expect(statements).toHaveLength(8);
    // A second report the same day adds to the same rows; the unit's stay the sum of its members'
    // (colleagues filing at once: the test below).
    await fileReport(t.db, staff, report({ reportDate: day, startTime: '05:30', endTime: '06:00' }), [], ON);
    expect(await mismatches()).toEqual([]);
  });

  it('many filings at once by colleagues of one unit all succeed and leave the rollups right', async () => {
    const peer = await viewerFor(t.db, NIP.staffB);
    const peerIndicator = await t.db
      .selectFrom('skp_indicators as i')
      .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
      .innerJoin('skps as k', 'k.id', 'r.skp_id')
      .select('i.id')
      .where('k.employee_id', '=', peer.employeeId)
      .where('k.year', '=', 2026)
      .where('k.status', '=', 'approved')
      .orderBy('i.id')
      .executeTakeFirstOrThrow();
    expect(peer.unitId).toBe(staff.unitId);
    const slot = (i: number) => ({
      startTime: `${String(17 + i).padStart(2, '0')}:00`,
      endTime: `${String(17 + i).padStart(2, '0')}:30`,
    });
    const results = await Promise.allSettled([
      ...[0, 1, 2].map((i) =>
        fileReport(t.db, staff, report({ reportDate: '2026-11-26', ...slot(i) }), [], ON),
      ),
      ...[0, 1, 2].map((i) =>
        fileReport(
          t.db,
          peer,
          report({ reportDate: '2026-11-26', indicatorId: peerIndicator.id, ...slot(i) }),
          [],
          ON,
        ),
      ),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await mismatches()).toEqual([]);
  });

  it('a rebuild gives the same rows as the incremental refresh', async () => {
    const before = await t.db
      .selectFrom('employee_report_stats')
      .selectAll()
      .orderBy('employee_id')
      .orderBy('span')
      .orderBy('starts')
      .execute();
    await rebuildReportRollups(t.ownerDb);
    const after = await t.db
      .selectFrom('employee_report_stats')
      .selectAll()
      .orderBy('employee_id')
      .orderBy('span')
      .orderBy('starts')
      .execute();
    expect(after).toEqual(before);
  });

  it('a writer that forgets the rollups is caught by the drift check every test database runs', async () => {
    expect(await rollupDrift(t.ownerDb)).toEqual([]);
    // A report approved behind the app's back, as a writer without the rollup call would leave it.
    const { rows } = await sql<{ id: string }>`UPDATE daily_reports SET status = 'approved'
      WHERE id = (SELECT id FROM daily_reports WHERE status = 'pending' ORDER BY id LIMIT 1) RETURNING id`.execute(
      t.db,
    );
    expect(rows).toHaveLength(1);
    expect(await rollupDrift(t.ownerDb)).toEqual(
      expect.arrayContaining(['employee_report_stats', 'unit_report_stats', 'indicator_stats']),
    );
    await rebuildReportRollups(t.ownerDb);
    expect(await rollupDrift(t.ownerDb)).toEqual([]);
  });

  it('the 2026-12-06 migration rewrites realisation rows left from the formula before', async () => {
    // Rows as an agency upgraded from before 2026-12-05 has them: figures of the old formula, and SKPs whose
    // only measured indicators are periodic ones missing.
    const before = await t.ownerDb.selectFrom('employee_realisation').selectAll().orderBy('skp_id').execute();
    expect(before.length).toBeGreaterThan(1);
    await sql`UPDATE employee_realisation SET pct = pct / 2, indicators = indicators + 1`.execute(t.ownerDb);
    await sql`DELETE FROM employee_realisation WHERE skp_id = ${before[0]!.skp_id}`.execute(t.ownerDb);
    expect(await rollupDrift(t.ownerDb)).toEqual(['employee_realisation']);
    await realisationRebuild.up(t.ownerDb);
    expect(await rollupDrift(t.ownerDb)).toEqual([]);
    const after = await t.ownerDb.selectFrom('employee_realisation').selectAll().orderBy('skp_id').execute();
    const figures = (rows: typeof before) => rows.map(({ updated_at: _, ...r }) => r);
    expect(figures(after)).toEqual(figures(before));
  });
});
