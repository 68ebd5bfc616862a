import 'server-only';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import { holidaySet } from '@/lib/calendar/holidays';
import { type Alert, alertsFor, countedThrough, percent } from '@/lib/domain/dashboard';
import { workingDays } from '@/lib/domain/reports';
import { type EmployeeRow, employeeRows, type RhkProgress, rhkProgress } from './employees';
import { type DashboardFilters, EMPLOYEE_SORTS, type EmployeeSort, pick } from './params';
import { type FeedbackStatus, type LatestPredikat, predikatAndFeedback } from './predikat-and-feedback';

export const PAGE_SIZE = 25;

export type TeamRow = EmployeeRow & {
  /** Working days with an approved report, % of the month's working days so far. */
  compliance: number;
  /** Working days with any report not rejected (validated or not), same base. */
  reported: number;
  minutesPerDay: number;
  rhk: RhkProgress[];
  alerts: Alert[];
  latestPredikat: LatestPredikat | null;
  feedback: FeedbackStatus | null;
};

export type TeamDashboard = {
  month: string;
  workingDays: number;
  /** The last day counted; `running` while the month is in progress. */
  through: string;
  running: boolean;
  sort: EmployeeSort;
  rows: TeamRow[];
  total: number;
  /** Alert counts over the whole team, not just this page. */
  alertCounts: Record<Alert, number>;
  waitingSkp: number;
  asOf: Date;
};

/** Working days of a month counted for compliance: up to today for the current month. */
export async function monthWorkingDays(db: Database, agencyId: number, month: string, on: string) {
  const { last, running } = countedThrough(month, on);
  const holidays = await holidaySet(db, agencyId, `${on.slice(0, 4)}-01-01`, `${on.slice(0, 4)}-12-31`);
  return { days: workingDays(`${month}-01`, last, holidays).length, holidays, through: last, running };
}

type DecorateContext = {
  days: number;
  holidays: ReadonlySet<string>;
  on: string;
  now: Date;
  viewerId?: number;
};
type ProgressRow = Omit<TeamRow, 'latestPredikat' | 'feedback'>;

/** Adds compliance, RHK progress and alerts, and each row's predikat and 360° state (two extra queries). */
export async function decorateRows(
  db: Database,
  rows: EmployeeRow[],
  ctx: DecorateContext,
): Promise<TeamRow[]> {
  const [progress, extras] = await Promise.all([
    withProgress(db, rows, ctx),
    predikatAndFeedback(
      db,
      rows.map((r) => r.id),
      ctx.viewerId ?? null,
    ),
  ]);
  return progress.map((r) => withExtras(r, extras));
}

/** Compliance, RHK progress and alerts (one query for the RHK): what the team-wide alert counts need. */
async function withProgress(db: Database, rows: EmployeeRow[], ctx: DecorateContext): Promise<ProgressRow[]> {
  const rhk = await rhkProgress(
    db,
    rows.flatMap((r) => (r.skp ? [r.skp.id] : [])),
  );
  return rows.map((r) => {
    const progress = r.skp ? (rhk.get(r.skp.id) ?? []) : [];
    return {
      ...r,
      compliance: percent(r.approvedDays, ctx.days),
      reported: percent(r.reportedDays, ctx.days),
      minutesPerDay: ctx.days ? Math.round(r.approvedMinutes / ctx.days) : 0,
      rhk: progress,
      alerts: alertsFor({
        canReport: r.canReport,
        lastReportDate: r.lastReportDate,
        yearStart: `${ctx.on.slice(0, 4)}-01-01`,
        today: ctx.on,
        holidays: ctx.holidays,
        rhkPercents: progress.flatMap((p) => (p.percent === null ? [] : [p.percent])),
        oldestPendingAt: r.oldestPendingAt,
        now: ctx.now,
      }),
    };
  });
}

const withExtras = (r: ProgressRow, extras: Awaited<ReturnType<typeof predikatAndFeedback>>): TeamRow => ({
  ...r,
  latestPredikat: extras.predikat.get(r.id) ?? null,
  feedback: extras.feedback.get(r.id) ?? null,
});

/**
 * The supervisor's dashboard: every current subordinate (definitive and acting) with SKP status, this
 * month's compliance, pending validations, realisation per Utama RHK and alerts. Only their own team.
 */
export async function getTeamDashboard(
  db: Database,
  viewer: Viewer,
  filters: DashboardFilters,
  on: string,
  opts: { all?: boolean } = {},
): Promise<TeamDashboard> {
  const sort = pick(EMPLOYEE_SORTS, filters.sort, 'name');
  const { days, holidays, through, running } = await monthWorkingDays(db, viewer.agencyId, filters.month, on);
  // A team is small (a few hundred at most): all rows come sorted from SQL, the alert totals need them all.
  const { rows: everyone, total } = await employeeRows(db, viewer, {
    members: { kind: 'subordinates', supervisorId: viewer.employeeId },
    on,
    month: filters.month,
    sort,
    dir: filters.dir,
    limit: null,
    offset: 0,
  });
  const now = new Date();
  const all = await withProgress(db, everyone, { days, holidays, on, now });
  // The predikat and the 360° state are only shown: read for the page's rows, not the whole team.
  const shown = opts.all ? all : all.slice((filters.page - 1) * PAGE_SIZE, filters.page * PAGE_SIZE);
  const extras = await predikatAndFeedback(
    db,
    shown.map((r) => r.id),
    viewer.employeeId,
  );
  const rows = shown.map((r) => withExtras(r, extras));
  const alertCounts: Record<Alert, number> = { noReport: 0, behind: 0, waitingValidation: 0 };
  for (const r of all) for (const a of r.alerts) alertCounts[a]++;
  return {
    month: filters.month,
    workingDays: days,
    through,
    running,
    sort,
    rows,
    total,
    alertCounts,
    waitingSkp: all.filter((r) => r.skp?.status === 'submitted').length,
    asOf: now,
  };
}
