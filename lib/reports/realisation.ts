import 'server-only';
import type { Database } from '@/db';
import { holidaySet } from '@/lib/calendar/holidays';
import { config } from '@/lib/config';
import { countedThrough } from '@/lib/domain/dashboard';
import { workingDays } from '@/lib/domain/reports';

/** Approved output per indicator of one SKP (unvalidated work counts for nothing). */
export async function approvedOutput(db: Database, skpId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('daily_reports')
    .select((eb) => ['indicator_id', eb.fn.sum<string>('quantity').as('total')])
    // By indicator (not skp_id) so the partial index on approved reports answers it: ~1 ms instead of a
    // scan of the whole table at a year of reports for 10,000 employees.
    .where('indicator_id', 'in', (eb) =>
      eb
        .selectFrom('skp_indicators as i')
        .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
        .select('i.id')
        .where('r.skp_id', '=', skpId),
    )
    .where('status', '=', 'approved')
    .groupBy('indicator_id')
    .execute();
  return new Map(rows.map((r) => [r.indicator_id, Number(r.total)]));
}

/**
 * Approved output per indicator between two dates (both included), for periodic appraisal. Grouped by
 * indicator over the partial (indicator_id, report_date) index on approved reports.
 */
export async function approvedOutputBetween(
  db: Database,
  indicatorIds: readonly number[],
  from: string,
  to: string,
): Promise<Map<number, number>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('daily_reports')
    .select((eb) => ['indicator_id', eb.fn.sum<string>('quantity').as('total')])
    .where('indicator_id', 'in', indicatorIds)
    .where('status', '=', 'approved')
    .where('report_date', '>=', from)
    .where('report_date', '<=', to)
    .groupBy('indicator_id')
    .execute();
  return new Map(rows.map((r) => [r.indicator_id, Number(r.total)]));
}

export type Compliance = {
  month: string;
  workingDays: number;
  /** The last day counted: the month's end, or today while the month is still running. */
  through: string;
  running: boolean;
  /** Working days with at least one report that was not rejected (pending, returned or approved). */
  reportedDays: number;
  /** Working days with at least one approved report: what counts for allowances. */
  validatedDays: number;
  /** The month's reports still waiting for the supervisor. */
  pendingReports: number;
  minutesPerDay: number;
  norm: number;
};

/**
 * Reporting compliance of several employees in one month, from the employee-month rollup (one indexed
 * lookup per employee): days reported and days validated side by side, since validation lags behind
 * filing and a month of reports still waiting would otherwise read as 0 %. Approved minutes per working
 * day go against the daily norm.
 */
export async function complianceOf(
  db: Database,
  agencyId: number,
  employeeIds: readonly number[],
  month: string,
  on: string,
): Promise<Map<number, Compliance>> {
  const { last, running } = countedThrough(month, on);
  const [holidays, rows] = await Promise.all([
    holidaySet(db, agencyId, `${month}-01`, last),
    employeeIds.length
      ? db
          .selectFrom('employee_report_stats')
          .select(['employee_id', 'reported_days', 'approved_days', 'pending', 'approved_minutes'])
          .where('employee_id', 'in', employeeIds)
          .where('span', '=', 'month')
          .where('starts', '=', `${month}-01`)
          .execute()
      : [],
  ]);
  const days = workingDays(`${month}-01`, last, holidays).length;
  const out = new Map<number, Compliance>();
  for (const id of employeeIds) {
    const row = rows.find((r) => r.employee_id === id);
    out.set(id, {
      month,
      workingDays: days,
      through: last,
      running,
      reportedDays: row?.reported_days ?? 0,
      validatedDays: row?.approved_days ?? 0,
      pendingReports: row?.pending ?? 0,
      minutesPerDay: days && row ? Math.round(Number(row.approved_minutes) / days) : 0,
      norm: config.dailyMinutesNorm,
    });
  }
  return out;
}
