import { type Kysely, type RawBuilder, sql } from 'kysely';
import { PREPARED } from '@/db/pool';
import type { DB } from '@/db/types';

/**
 * The dashboards' rollups (employee_report_stats, unit_report_stats, report_delay_stats, unit_delay_stats,
 * indicator_stats and employee_realisation) are rewritten from
 * daily_reports for exactly the employee-weeks/-months and indicators a change touches, inside the
 * caller's transaction: recomputing is simpler than incrementing and cannot drift. The seeds rebuild them
 * set-based. No 'server-only' here: the seed scripts call it too.
 */

type Db = Kysely<DB>;
export type DayKey = { employeeId: number; date: string };

/** Per employee-day first (so the spans need no DISTINCT), then per week and month. */
function statsSelect(filter: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    WITH day AS (
      SELECT d.employee_id, d.report_date,
             extract(isodow FROM d.report_date) < 6 AND h.id IS NULL AS working,
             bool_or(d.status = 'approved') AS any_approved,
             bool_or(d.status <> 'rejected') AS any_reported,
             count(*) AS reports,
             count(*) FILTER (WHERE d.status = 'approved') AS approved,
             count(*) FILTER (WHERE d.status = 'pending') AS pending,
             count(*) FILTER (WHERE d.status = 'returned') AS returned,
             count(*) FILTER (WHERE d.status = 'rejected') AS rejected,
             coalesce(sum(d.minutes) FILTER (WHERE d.status = 'approved'), 0) AS approved_minutes,
             min(d.created_at) FILTER (WHERE d.status = 'pending') AS oldest_pending_at
      FROM daily_reports d
      JOIN employees e ON e.id = d.employee_id
      LEFT JOIN holidays h ON h.agency_id = e.agency_id AND h.date = d.report_date
      WHERE ${filter}
      GROUP BY d.employee_id, d.report_date, h.id
    )
    SELECT day.employee_id, s.span, date_trunc(s.span, day.report_date::timestamp)::date AS starts,
           count(*) FILTER (WHERE working AND any_approved) AS approved_days,
           count(*) FILTER (WHERE working AND any_reported) AS reported_days,
           sum(reports) AS reports, sum(approved) AS approved, sum(pending) AS pending,
           sum(returned) AS returned, sum(rejected) AS rejected, sum(approved_minutes) AS approved_minutes,
           max(report_date) FILTER (WHERE any_reported) AS last_report_date,
           min(oldest_pending_at) AS oldest_pending_at
    FROM day CROSS JOIN (VALUES ('week'), ('month')) AS s(span)
    GROUP BY day.employee_id, s.span, date_trunc(s.span, day.report_date::timestamp)`;
}

const STATS_COLUMNS = sql`(employee_id, span, starts, approved_days, reported_days, reports, approved, pending,
  returned, rejected, approved_minutes, last_report_date, oldest_pending_at)`;

function delaySelect(filter: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    SELECT d.employee_id, date_trunc('month', d.report_date::timestamp)::date AS month,
           -- A review can carry an earlier clock than the filing (another server's clock, a restored or seeded
           -- row): that counts as no delay, never as a negative one (the rollup's check refuses those).
           greatest(0, least(30, floor(extract(epoch FROM d.reviewed_at - d.created_at) / 86400)))::smallint AS delay_days,
           count(*) AS reports
    FROM daily_reports d
    WHERE d.status <> 'pending' AND d.reviewed_at IS NOT NULL AND ${filter}
    GROUP BY 1, 2, 3`;
}

const UNIT_SUMS = sql`sum(s.approved_days), sum(s.reported_days), sum(s.pending), sum(s.approved_minutes)`;

/**
 * Ends a LATERAL lookup of one member's rollup row by its whole key. Without it PostgreSQL flattens the
 * lookup into a join that looks rows up by employee alone and filters the span afterwards: a filing then
 * read every month of every colleague's rollups (90 ms for a unit of 76 under the bench) instead of one
 * row each (5 ms). OFFSET 0 keeps the subquery as written.
 */
const ONE_KEY_LOOKUP = sql`OFFSET 0`;

/** Rewrites unit rows (unit_id, span, starts) from the employee rows of the unit's active employees. */
async function refreshUnits(db: Db, unitKeys: RawBuilder<unknown>): Promise<void> {
  await sql`DELETE FROM unit_report_stats x USING ${unitKeys} k
    WHERE x.unit_id = k.unit_id AND x.span = k.span AND x.starts = k.starts ${PREPARED}`.execute(db);
  await sql`INSERT INTO unit_report_stats (unit_id, span, starts, approved_days, reported_days, pending, approved_minutes)
    SELECT k.unit_id, k.span, k.starts, ${UNIT_SUMS}
    FROM ${unitKeys} k
    JOIN employees e ON e.unit_id = k.unit_id AND e.active
    CROSS JOIN LATERAL (SELECT * FROM employee_report_stats s
      WHERE s.employee_id = e.id AND s.span = k.span AND s.starts = k.starts ${ONE_KEY_LOOKUP}) s
    GROUP BY k.unit_id, k.span, k.starts ${PREPARED}`.execute(db);
}

/** Same lock class as the report mutations' per-employee lock, so a filing and a review queue up. */
const EMPLOYEE_LOCK = 0x4b4c;
const UNIT_LOCK = 0x4b55;

/**
 * Rewriting a rollup row is delete-then-insert: two transactions doing it to the same row at once would
 * collide on its key. Writers of the same employee's or unit's rows therefore take these transaction
 * locks first, always in ascending order (employees, then units), so they queue instead of deadlocking.
 */
async function lockRollups(db: Db, days: readonly DayKey[]): Promise<void> {
  const employees = [...new Set(days.map((d) => d.employeeId))];
  await lockEmployeeRollups(db, employees);
  const units = await db
    .selectFrom('employees')
    .select('unit_id')
    .distinct()
    .where('id', 'in', employees)
    .orderBy('unit_id')
    .execute();
  for (const u of units) await sql`SELECT pg_advisory_xact_lock(${UNIT_LOCK}, ${u.unit_id})`.execute(db);
}

/** Rewrites the rollups of the employee-weeks/-months containing these days and of these indicators. */
export async function refreshReportRollups(
  db: Db,
  days: readonly DayKey[],
  indicatorIds: readonly number[],
): Promise<void> {
  if (days.length > 0) {
    await lockRollups(db, days);
    await refreshSpans(db, days);
    await refreshDelays(db, days);
  }
  if (indicatorIds.length > 0) await refreshIndicators(db, indicatorIds);
}

/**
 * After a new pending report, the one change filing makes: only the week and month counts move. The delay
 * histograms count reviewed reports, and the indicator totals and realisation approved output, so neither
 * changes until a supervisor decides (reviewReports refreshes everything then).
 *
 * Filing is the busiest write of the day, so this is three statements instead of refreshSpans' nine.
 * First the locks, in the usual order (the employee's, which a filing already holds, then their unit's),
 * with generic plans switched on as refreshSpans does. Then one statement rewrites the employee's week
 * and month rows and adds the difference between their new and old rows to the unit's: the unit row is
 * the sum of its active members' rows (refreshUnits), so adding one member's change keeps it that sum —
 * `rollups.itest` compares it with a recount. (Reviews and edits recount instead: their rows can vanish.)
 * Then the plan setting is put back.
 */
export async function refreshPendingRollups(db: Db, day: DayKey): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${EMPLOYEE_LOCK}, ${day.employeeId}),
    pg_advisory_xact_lock(${UNIT_LOCK}, (SELECT unit_id FROM employees WHERE id = ${day.employeeId})),
    set_config('plan_cache_mode', 'force_generic_plan', true) ${PREPARED}`.execute(db);
  const employees = [day.employeeId];
  await sql`WITH keys AS (${spanKeys([day])}),
    old AS (DELETE FROM employee_report_stats x USING keys k
      WHERE x.employee_id = k.employee_id AND x.span = k.span AND x.starts = k.starts
      RETURNING x.employee_id, x.span, x.starts, x.approved_days, x.reported_days, x.pending, x.approved_minutes),
    new AS (INSERT INTO employee_report_stats ${STATS_COLUMNS}
      SELECT x.* FROM (${statsSelect(spanFilter(employees, sql`keys`))}) x
      JOIN keys k ON k.employee_id = x.employee_id AND k.span = x.span AND k.starts = x.starts
      -- Counting the deleted rows first makes the delete finish before this inserts the same keys.
      WHERE (SELECT count(*) FROM old) >= 0
      RETURNING employee_id, span, starts, approved_days, reported_days, pending, approved_minutes),
    change AS (SELECT employee_id, span, starts, -approved_days AS approved_days, -reported_days AS reported_days,
        -pending AS pending, -approved_minutes AS approved_minutes FROM old
      UNION ALL SELECT * FROM new)
    INSERT INTO unit_report_stats AS u (unit_id, span, starts, approved_days, reported_days, pending, approved_minutes)
    SELECT e.unit_id, c.span, c.starts, sum(c.approved_days), sum(c.reported_days), sum(c.pending),
           sum(c.approved_minutes)
    FROM change c JOIN employees e ON e.id = c.employee_id AND e.active
    GROUP BY e.unit_id, c.span, c.starts
    ON CONFLICT (unit_id, span, starts) DO UPDATE SET approved_days = u.approved_days + excluded.approved_days,
      reported_days = u.reported_days + excluded.reported_days, pending = u.pending + excluded.pending,
      approved_minutes = u.approved_minutes + excluded.approved_minutes ${PREPARED}`.execute(db);
  await sql`SET LOCAL plan_cache_mode TO DEFAULT`.execute(db);
}

/** The spans these days fall in, as (employee, span, starts, ends) ranges over the report dates. */
function spanKeys(days: readonly DayKey[]): RawBuilder<unknown> {
  const employees = days.map((d) => d.employeeId);
  const dates = days.map((d) => d.date);
  return sql`SELECT DISTINCT k.employee_id, s.span, date_trunc(s.span, k.day::timestamp)::date AS starts,
           (date_trunc(s.span, k.day::timestamp) + ('1 ' || s.span)::interval)::date AS ends
    FROM unnest(${employees}::int[], ${dates}::date[]) AS k(employee_id, day)
    CROSS JOIN (VALUES ('week'), ('month')) AS s(span)`;
}

/**
 * Every report of those employees in the widest range the spans `keys` touch (the month, or a week
 * reaching into the next one), kept to the spans themselves. The employee list and overall date range
 * make it an index range scan on (employee_id, report_date).
 */
function spanFilter(employees: readonly number[], keys: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`d.employee_id = ANY(${employees}::int[])
    AND d.report_date >= (SELECT min(k.starts) FROM ${keys} k) AND d.report_date < (SELECT max(k.ends) FROM ${keys} k)
    AND EXISTS (SELECT 1 FROM ${keys} k WHERE k.employee_id = d.employee_id
      AND d.report_date >= k.starts AND d.report_date < k.ends)`;
}

/**
 * employee_report_stats and unit_report_stats of the weeks and months containing these days.
 *
 * Its statements are prepared and run on their generic plans: PostgreSQL's own choice was to plan them
 * afresh every time (about 3 ms per filing under the bench, more than running them), because it estimates
 * a generic plan for a list of employees dearer than the custom one for a single employee. Measured on the
 * bench database, per refresh of one employee: 2.9 ms generic against 5.0 ms as PostgreSQL chose; for 300
 * employees at once the two plans took the same time. The setting is put back before the caller's next
 * statement: forced generic plans are not safe in general (the SKP page's indicator totals took seconds).
 */
async function refreshSpans(db: Db, days: readonly DayKey[]): Promise<void> {
  await sql`SET LOCAL plan_cache_mode = force_generic_plan`.execute(db);
  const employees = days.map((d) => d.employeeId);
  const keys = sql`(${spanKeys(days)})`;
  await sql`DELETE FROM employee_report_stats x USING ${keys} k
    WHERE x.employee_id = k.employee_id AND x.span = k.span AND x.starts = k.starts ${PREPARED}`.execute(db);
  // The upsert keeps only rows whose span was cleared above.
  await sql`INSERT INTO employee_report_stats ${STATS_COLUMNS}
    SELECT x.* FROM (${statsSelect(spanFilter(employees, keys))}) x
    JOIN ${keys} k ON k.employee_id = x.employee_id AND k.span = x.span AND k.starts = x.starts ${PREPARED}`.execute(
    db,
  );

  await refreshUnits(
    db,
    sql`(SELECT DISTINCT e.unit_id, k.span, k.starts FROM ${keys} k JOIN employees e ON e.id = k.employee_id)`,
  );
  // (After an error the transaction is over, and the setting with it.)
  await sql`SET LOCAL plan_cache_mode TO DEFAULT`.execute(db);
}

/** report_delay_stats and unit_delay_stats of the months containing these days. */
async function refreshDelays(db: Db, days: readonly DayKey[]): Promise<void> {
  const employees = days.map((d) => d.employeeId);
  const dates = days.map((d) => d.date);
  const months = sql`(SELECT DISTINCT employee_id, date_trunc('month', day::timestamp)::date AS month
    FROM unnest(${employees}::int[], ${dates}::date[]) AS k(employee_id, day))`;
  await sql`DELETE FROM report_delay_stats x USING ${months} k
    WHERE x.employee_id = k.employee_id AND x.month = k.month`.execute(db);
  await sql`INSERT INTO report_delay_stats (employee_id, month, delay_days, reports)
    ${delaySelect(sql`d.employee_id = ANY(${employees}::int[])
      AND d.report_date >= (SELECT min(k.month) FROM ${months} k)
      AND d.report_date < (SELECT (max(k.month) + interval '1 month')::date FROM ${months} k)
      AND EXISTS (SELECT 1 FROM ${months} k WHERE k.employee_id = d.employee_id
        AND d.report_date >= k.month AND d.report_date < (k.month + interval '1 month')::date)`)}`.execute(
    db,
  );
  const unitMonths = sql`(SELECT DISTINCT e.unit_id, k.month FROM ${months} k JOIN employees e ON e.id = k.employee_id)`;
  await sql`DELETE FROM unit_delay_stats x USING ${unitMonths} k
    WHERE x.unit_id = k.unit_id AND x.month = k.month`.execute(db);
  await sql`INSERT INTO unit_delay_stats (unit_id, month, delay_days, reports)
    SELECT k.unit_id, k.month, d.delay_days, sum(d.reports)
    FROM ${unitMonths} k
    JOIN employees e ON e.unit_id = k.unit_id AND e.active
    CROSS JOIN LATERAL (SELECT d.delay_days, d.reports FROM report_delay_stats d
      WHERE d.employee_id = e.id AND d.month = k.month ${ONE_KEY_LOOKUP}) d
    GROUP BY 1, 2, 3`.execute(db);
}

/** indicator_stats of these indicators, and the realisation of their SKPs. */
async function refreshIndicators(db: Db, indicatorIds: readonly number[]): Promise<void> {
  const ids = [...new Set(indicatorIds)];
  await sql`DELETE FROM indicator_stats WHERE indicator_id = ANY(${ids}::int[])`.execute(db);
  await sql`INSERT INTO indicator_stats (indicator_id, approved_quantity, approved_reports)
    SELECT indicator_id, sum(quantity), count(*) FROM daily_reports
    WHERE status = 'approved' AND indicator_id = ANY(${ids}::int[])
    GROUP BY indicator_id`.execute(db);
  const skps = await db
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .select('r.skp_id')
    .distinct()
    .where('i.id', 'in', ids)
    .execute();
  await refreshRealisation(
    db,
    skps.map((k) => k.skp_id),
  );
}

/**
 * Every Utama indicator that has a realisation, with its achievement in % (uncapped) over the year so far —
 * the SQL twin of `achievement` in lib/domain/appraisal.ts with the whole year as the span. Daily output:
 * approved output against a target above zero (none yet = 0 %). Every other measure: its validated periodic
 * entries (money added up, a percentage, a time or a judged level averaged), against the target in the
 * indicator's direction (time and cost: less is better); an indicator with nothing validated is left out,
 * as the evidence anchor leaves it out, rather than counted as 0 %. A qualitative entry's value is already
 * the judged achievement.
 */
export function measuredIndicatorsSql(filter: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    SELECT k.id AS skp_id, k.employee_id, k.year, r.id AS rhk_id, i.id AS indicator_id,
      CASE
        WHEN m.measure = 'daily' THEN coalesce(st.approved_quantity, 0) * 100 / i.target_value
        WHEN m.measure = 'qualitative' THEN x.realisation
        WHEN m.measure IN ('duration', 'amount') THEN
          CASE WHEN i.target_value <= 0 THEN CASE WHEN x.realisation <= 0 THEN 100 ELSE 0 END
               ELSE greatest(0, (2 - x.realisation / i.target_value) * 100) END
        ELSE CASE WHEN i.target_value <= 0 THEN 100 ELSE x.realisation * 100 / i.target_value END
      END AS pct
    FROM skps k
    JOIN skp_rhks r ON r.skp_id = k.id AND r.kind = 'utama'
    JOIN skp_indicators i ON i.rhk_id = r.id
    CROSS JOIN LATERAL (SELECT coalesce(i.measure, CASE i.aspek WHEN 'kuantitas' THEN 'daily'
      WHEN 'kualitas' THEN 'periodic' WHEN 'waktu' THEN 'duration' ELSE 'amount' END) AS measure) m
    LEFT JOIN indicator_stats st ON m.measure = 'daily' AND st.indicator_id = i.id
    LEFT JOIN LATERAL (
      SELECT CASE WHEN m.measure = 'amount' THEN sum(e.value) ELSE avg(e.value) END AS realisation
      FROM realisation_entries e WHERE e.indicator_id = i.id AND e.status = 'validated'
    ) x ON m.measure <> 'daily'
    WHERE (${filter})
      AND CASE WHEN m.measure = 'daily' THEN i.target_value > 0 ELSE x.realisation IS NOT NULL END`;
}

/**
 * Per SKP: the mean over the Utama RHK's measured indicators (measuredIndicatorsSql) of their achievement,
 * each capped at 100 %. Every status is kept; the dashboards choose which ones count.
 */
function realisationSelect(filter: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`
    SELECT m.skp_id, m.employee_id, m.year, avg(least(100, m.pct)), count(*)
    FROM (${measuredIndicatorsSql(filter)}) m
    GROUP BY m.skp_id, m.employee_id, m.year`;
}

/**
 * Takes the per-employee rollup locks (ascending). SKP edits call it before locking the SKP row, the order
 * report filings use too (their insert references the SKP), so the two queue instead of deadlocking.
 */
export async function lockEmployeeRollups(db: Db, employeeIds: readonly number[]): Promise<void> {
  for (const id of [...new Set(employeeIds)].sort((a, b) => a - b))
    await sql`SELECT pg_advisory_xact_lock(${EMPLOYEE_LOCK}, ${id})`.execute(db);
}

/**
 * Rewrites employee_realisation for these SKPs. Callers: approved output changing (above), an SKP's RHK
 * or indicators changing (lib/skp/mutations.ts) and a periodic entry validated or returned
 * (lib/realisation/mutations.ts), in their transaction. SKP status changes need no call.
 */
export async function refreshRealisation(db: Db, skpIds: readonly number[]): Promise<void> {
  if (skpIds.length === 0) return;
  const ids = [...new Set(skpIds)];
  const owners = await db.selectFrom('skps').select('employee_id').where('id', 'in', ids).execute();
  // Already held by report mutations (the same employees); taken here for any other caller.
  await lockEmployeeRollups(
    db,
    owners.map((o) => o.employee_id),
  );
  await sql`DELETE FROM employee_realisation WHERE skp_id = ANY(${ids}::int[])`.execute(db);
  await sql`INSERT INTO employee_realisation (skp_id, employee_id, year, pct, indicators)
    ${realisationSelect(sql`k.id = ANY(${ids}::int[])`)}`.execute(db);
}

/** Rebuilds every rollup from daily_reports and the SKPs, set-based (seeds, repairs). */
export async function rebuildReportRollups(db: Db): Promise<void> {
  await sql`TRUNCATE employee_report_stats, unit_report_stats, report_delay_stats, indicator_stats`.execute(
    db,
  );
  await sql`INSERT INTO employee_report_stats ${STATS_COLUMNS} ${statsSelect(sql`true`)}`.execute(db);
  await sql`INSERT INTO unit_report_stats (unit_id, span, starts, approved_days, reported_days, pending, approved_minutes)
    SELECT e.unit_id, s.span, s.starts, ${UNIT_SUMS}
    FROM employee_report_stats s JOIN employees e ON e.id = s.employee_id AND e.active
    GROUP BY e.unit_id, s.span, s.starts`.execute(db);
  await sql`INSERT INTO report_delay_stats (employee_id, month, delay_days, reports)
    ${delaySelect(sql`true`)}`.execute(db);
  await sql`TRUNCATE unit_delay_stats`.execute(db);
  await sql`INSERT INTO unit_delay_stats (unit_id, month, delay_days, reports)
    SELECT e.unit_id, d.month, d.delay_days, sum(d.reports)
    FROM report_delay_stats d JOIN employees e ON e.id = d.employee_id AND e.active
    GROUP BY 1, 2, 3`.execute(db);
  await sql`INSERT INTO indicator_stats (indicator_id, approved_quantity, approved_reports)
    SELECT indicator_id, sum(quantity), count(*) FROM daily_reports WHERE status = 'approved'
    GROUP BY indicator_id`.execute(db);
  await sql`TRUNCATE employee_realisation`.execute(db);
  await sql`INSERT INTO employee_realisation (skp_id, employee_id, year, pct, indicators)
    ${realisationSelect(sql`true`)}`.execute(db);
  await sql`ANALYZE employee_report_stats, unit_report_stats, report_delay_stats, unit_delay_stats,
    indicator_stats, employee_realisation`.execute(db);
}

/** A holiday added or removed changes which days count as working days for everyone who reported then. */
export async function refreshRollupsOnDate(db: Db, agencyId: number, date: string): Promise<void> {
  const rows = await db
    .selectFrom('daily_reports as d')
    .innerJoin('employees as e', 'e.id', 'd.employee_id')
    .select('d.employee_id')
    .distinct()
    .where('e.agency_id', '=', agencyId)
    .where('d.report_date', '=', date)
    .execute();
  await refreshReportRollups(
    db,
    rows.map((r) => ({ employeeId: r.employee_id, date })),
    [],
  );
}

/**
 * The unit rows sum their units' active employees: moving someone to another unit, or their leaving,
 * rewrites every span of the units concerned (old and new), in the caller's transaction.
 */
export async function refreshUnitRollups(db: Db, unitIds: readonly number[]): Promise<void> {
  const units = [...new Set(unitIds)].sort((a, b) => a - b);
  if (units.length === 0) return;
  for (const u of units) await sql`SELECT pg_advisory_xact_lock(${UNIT_LOCK}, ${u})`.execute(db);
  await refreshUnits(
    db,
    sql`(SELECT DISTINCT x.unit_id, x.span, x.starts FROM (
      SELECT unit_id, span, starts FROM unit_report_stats WHERE unit_id = ANY(${units}::int[])
      UNION SELECT e.unit_id, s.span, s.starts FROM employee_report_stats s
        JOIN employees e ON e.id = s.employee_id WHERE e.unit_id = ANY(${units}::int[])) x)`,
  );
  await sql`DELETE FROM unit_delay_stats WHERE unit_id = ANY(${units}::int[])`.execute(db);
  await sql`INSERT INTO unit_delay_stats (unit_id, month, delay_days, reports)
    SELECT e.unit_id, d.month, d.delay_days, sum(d.reports)
    FROM report_delay_stats d JOIN employees e ON e.id = d.employee_id AND e.active
    WHERE e.unit_id = ANY(${units}::int[])
    GROUP BY 1, 2, 3`.execute(db);
}

const ROLLUP_TABLES = [
  'employee_report_stats',
  'unit_report_stats',
  'report_delay_stats',
  'unit_delay_stats',
  'indicator_stats',
  'employee_realisation',
] as const;

/**
 * The rollup tables whose rows differ from a full rebuild (none when every writer kept them current).
 * Runs the rebuild in a transaction it rolls back, so the database is left as it was. The integration
 * tests run it on every test database before dropping it: a writer that forgets the rollups fails them.
 */
export async function rollupDrift(db: Db): Promise<string[]> {
  const drifted: string[] = [];
  await db
    .transaction()
    .execute(async (trx) => {
      for (const t of ROLLUP_TABLES)
        await sql`CREATE TEMP TABLE ${sql.raw(`before_${t}`)} ON COMMIT DROP AS SELECT * FROM ${sql.table(t)}`.execute(
          trx,
        );
      await rebuildReportRollups(trx);
      for (const t of ROLLUP_TABLES) {
        // Every column but the time of the last rewrite.
        const { rows: columns } = await sql<{ name: string }>`SELECT column_name AS name
          FROM information_schema.columns WHERE table_name = ${t} AND column_name <> 'updated_at'
          ORDER BY ordinal_position`.execute(trx);
        const cols = sql.join(columns.map((c) => sql.ref(c.name)));
        const before = sql.raw(`before_${t}`);
        const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (
          (SELECT ${cols} FROM ${sql.table(t)} EXCEPT ALL SELECT ${cols} FROM ${before})
          UNION ALL
          (SELECT ${cols} FROM ${before} EXCEPT ALL SELECT ${cols} FROM ${sql.table(t)})) x`.execute(trx);
        if ((rows[0]?.n ?? 0) > 0) drifted.push(t);
      }
      throw new RollbackCheck();
    })
    .catch((error) => {
      if (!(error instanceof RollbackCheck)) throw error;
    });
  return drifted;
}

class RollbackCheck extends Error {}
