/**
 * `--explain`: EXPLAIN (ANALYZE, BUFFERS) of the queries behind the measured pages, written out as the
 * SQL Kysely sends for lib/reports/queries.ts, lib/reports/realisation.ts, the layout and the leadership
 * dashboard's whole-agency view (lib/dashboard/agency.ts) — that code is server-only and cannot be imported
 * here; keep these in step with it.
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/pool';
import type { Employee, Person, Supervisor } from './fixtures';

const REPORT_COLUMNS = sql.raw(`d.id, d.employee_id, e.name AS employee_name, d.report_date,
  to_char(d.start_time, 'HH24:MI') AS start_time, to_char(d.end_time, 'HH24:MI') AS end_time, d.minutes,
  d.activity, d.quantity, d.unit, d.indicator_id, i.text AS indicator_text, r.text AS rhk_text,
  d.evidence_link, d.status, d.review_comment, d.version, d.created_at`);
const REPORT_FROM = sql.raw(`daily_reports d
  JOIN employees e ON e.id = d.employee_id
  JOIN skp_indicators i ON i.id = d.indicator_id
  JOIN skp_rhks r ON r.id = i.rhk_id`);

const current = (on: string) => sql`(s.valid_from <= ${on} AND (s.valid_to IS NULL OR s.valid_to > ${on}))`;

export type Plan = { name: string; executionMs: number; plan: string };

/** The whole agency's OPD rows and their members, as agency.ts builds them for a viewer without a unit. */
const agencyMembers = (leaderId: number) => sql`
  kids AS (SELECT id, name, path, sort_order, false AS own FROM units
           WHERE agency_id = (SELECT agency_id FROM employees WHERE id = ${leaderId}) AND parent_id IS NULL AND active),
  kid_units AS (SELECT k.id AS row_id, u.id AS unit_id FROM kids k JOIN units u ON u.path LIKE k.path || '%'),
  mem AS (SELECT k.id AS row_id, e.id AS employee_id FROM kids k
          JOIN units u ON u.path LIKE k.path || '%' JOIN employees e ON e.unit_id = u.id AND e.active)`;

function overviewQueries(leaderId: number, today: string): [string, RawBuilder<unknown>][] {
  const cte = agencyMembers(leaderId);
  const year = Number(today.slice(0, 4));
  return [
    [
      'unitFigures (/overview)',
      sql`WITH ${cte}
        SELECT k.id, count(mem.employee_id) AS headcount, count(s.id) FILTER (WHERE s.status = 'approved'),
               avg(real.pct), count(real.pct)
        FROM kids k LEFT JOIN mem ON mem.row_id = k.id
        LEFT JOIN skps s ON s.employee_id = mem.employee_id AND s.year = ${year}
        LEFT JOIN employee_realisation real ON real.skp_id = s.id AND (s.status = 'approved' OR s.revision > 1)
        GROUP BY k.id`,
    ],
    [
      'delays (/overview)',
      sql`WITH ${cte}
        SELECT ku.row_id, x.delay_days, sum(x.reports) FROM kid_units ku
        JOIN unit_delay_stats x ON x.unit_id = ku.unit_id AND x.month = ${`${today.slice(0, 7)}-01`}::date
        GROUP BY 1, 2`,
    ],
    [
      'spanFigures (/overview)',
      sql`WITH ${cte}
        SELECT ku.row_id, x.span, x.starts, sum(x.approved_days) FROM kid_units ku
        JOIN (
          SELECT * FROM unit_report_stats WHERE span = 'month' AND starts >= ${`${year}-01-01`}::date
          UNION ALL
          SELECT * FROM unit_report_stats WHERE span = 'week' AND starts > ${today}::date - 84
        ) x ON x.unit_id = ku.unit_id
        GROUP BY 1, 2, 3`,
    ],
  ];
}

export async function explainReportQueries(
  db: Database,
  {
    supervisor,
    employee,
    leader,
    today,
  }: { supervisor: Supervisor; employee: Employee; leader: Person; today: string },
): Promise<Plan[]> {
  const month = `${today.slice(0, 7)}-01`;
  const queries: [string, RawBuilder<unknown>][] = [
    ...overviewQueries(leader.id, today),
    [
      'validationQueue page ids (/team/queue)',
      sql`SELECT d.id FROM daily_reports d
        WHERE d.employee_id IN (SELECT s.employee_id FROM supervisions s
          WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)}) AND d.status = 'pending'
        ORDER BY d.created_at DESC, d.id DESC LIMIT 25`,
    ],
    [
      'validationQueue page ids, one employee and a date range (/team/queue?employee=&from=&to=)',
      sql`SELECT d.id FROM daily_reports d
        WHERE d.employee_id IN (SELECT s.employee_id FROM supervisions s
          WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)}) AND d.status = 'pending'
          AND d.employee_id = (SELECT s.employee_id FROM supervisions s WHERE s.supervisor_id = ${supervisor.id}
            ORDER BY s.employee_id LIMIT 1)
          AND d.report_date >= ${month}::date AND d.report_date <= ${today}::date
        ORDER BY d.created_at DESC, d.id DESC LIMIT 25`,
    ],
    [
      'validationQueue count in the filter (/team/queue)',
      sql`SELECT count(*) AS n FROM daily_reports d
        WHERE d.employee_id IN (SELECT s.employee_id FROM supervisions s
          WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)}) AND d.status = 'pending'`,
    ],
    [
      'validationQueue subordinates with pending counts (/team/queue employee filter)',
      sql`SELECT e.id, e.name, count(d.id) AS pending FROM employees e
        LEFT JOIN daily_reports d ON d.employee_id = e.id AND d.status = 'pending'
        WHERE e.id IN (SELECT s.employee_id FROM supervisions s
          WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)})
        GROUP BY e.id, e.name ORDER BY e.name, e.id`,
    ],
    [
      'pendingForReview (layout badge, every page of a supervisor)',
      sql`SELECT count(*) AS n FROM daily_reports d
        WHERE d.employee_id IN (SELECT s.employee_id FROM supervisions s
          WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)}) AND d.status = 'pending'`,
    ],
    [
      'myReports (/reports?month=)',
      sql`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM}
        WHERE d.employee_id = ${employee.id} AND d.report_date >= ${month}
          AND d.report_date < (${month}::date + interval '1 month')::date
        ORDER BY d.report_date DESC, d.start_time DESC`,
    ],
    [
      'complianceOf (home page, from the employee-month rollup)',
      sql`SELECT employee_id, reported_days, approved_days, pending, approved_minutes FROM employee_report_stats
        WHERE employee_id IN (${employee.id}) AND span = 'month' AND starts = ${month}::date`,
    ],
    [
      'reportFormContext last indicator (/reports/new)',
      sql`SELECT indicator_id FROM daily_reports WHERE employee_id = ${employee.id}
        ORDER BY created_at DESC LIMIT 1`,
    ],
    [
      'approvedOutput (SKP realisation)',
      sql`SELECT indicator_id, sum(quantity) AS total FROM daily_reports
        WHERE indicator_id IN (SELECT i.id FROM skp_indicators i JOIN skp_rhks r ON r.id = i.rhk_id
                               WHERE r.skp_id = ${employee.skpId})
          AND status = 'approved'
        GROUP BY indicator_id`,
    ],
  ];
  const plans: Plan[] = [];
  for (const [name, query] of queries) {
    const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${query}`.execute(db);
    const lines = rows.map((r) => r['QUERY PLAN']);
    const ms = Number(/Execution Time: ([\d.]+) ms/.exec(lines.join('\n'))?.[1] ?? Number.NaN);
    plans.push({ name, executionMs: ms, plan: lines.join('\n') });
  }
  return plans;
}
