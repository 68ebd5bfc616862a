/**
 * `--explain`: EXPLAIN (ANALYZE, BUFFERS) of the queries behind the measured pages, written out as the
 * SQL Kysely sends for lib/reports/queries.ts, lib/reports/realisation.ts and the layout (that code is
 * server-only and cannot be imported here; keep these in step with it).
 */
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '../db/pool';
import type { Employee, Supervisor } from './fixtures';

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

export async function explainReportQueries(
  db: Database,
  { supervisor, employee, today }: { supervisor: Supervisor; employee: Employee; today: string },
): Promise<Plan[]> {
  const month = `${today.slice(0, 7)}-01`;
  const queries: [string, RawBuilder<unknown>][] = [
    [
      'validationQueue rows (/team/queue)',
      sql`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM}
        JOIN supervisions s ON s.employee_id = d.employee_id
        WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)} AND d.status = 'pending'
        ORDER BY d.created_at DESC, d.id DESC LIMIT 100`,
    ],
    [
      'validationQueue count (/team/queue)',
      sql`SELECT count(*) AS n FROM ${REPORT_FROM}
        JOIN supervisions s ON s.employee_id = d.employee_id
        WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)} AND d.status = 'pending'`,
    ],
    [
      'pendingForReview (layout badge, every page of a supervisor)',
      sql`SELECT count(*) AS n FROM daily_reports d JOIN supervisions s ON s.employee_id = d.employee_id
        WHERE s.supervisor_id = ${supervisor.id} AND ${current(today)} AND d.status = 'pending'`,
    ],
    [
      'myReports (/reports?month=)',
      sql`SELECT ${REPORT_COLUMNS} FROM ${REPORT_FROM}
        WHERE d.employee_id = ${employee.id} AND d.report_date >= ${month}
          AND d.report_date < (${month}::date + interval '1 month')::date
        ORDER BY d.report_date DESC, d.start_time DESC`,
    ],
    [
      'complianceOf (home page)',
      sql`SELECT employee_id, report_date, sum(minutes) AS minutes FROM daily_reports
        WHERE employee_id IN (${employee.id}) AND status = 'approved'
          AND report_date >= ${month} AND report_date <= ${today}
        GROUP BY employee_id, report_date`,
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
