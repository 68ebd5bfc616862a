import 'server-only';
import { type RawBuilder, sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { visibleEmployee } from '@/lib/auth/policy';
import { currentSupervision, pejabatPenilaiSql } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import type { SkpStatus } from '@/lib/domain/skp';
import { measuredIndicatorsSql } from '@/lib/reports/rollups';
import type { EmployeeSort, SortDir } from './params';

/**
 * One row per employee with their dashboard figures, read from the rollups: the team dashboard (a
 * supervisor's subordinates) and the leadership drill-down (a unit's staff, or one supervisor's team)
 * share it. Every row also passes the viewer's visibility policy.
 */

export type EmployeeRow = {
  id: number;
  name: string;
  position: string;
  unit: string;
  relation: 'definitive' | 'plt' | 'plh' | null;
  /** `visible`: whether the viewer may open this supervisor's team (their page is in the viewer's scope). */
  supervisor: { id: number; name: string; visible: boolean } | null;
  skp: { id: number; status: SkpStatus; approvedLate: boolean } | null;
  canReport: boolean;
  approvedDays: number;
  /** Working days of the month with a report not rejected, validated or not. */
  reportedDays: number;
  approvedMinutes: number;
  pending: number;
  oldestPendingAt: Date | null;
  lastReportDate: string | null;
  /** Mean realisation (each indicator capped at 100 %) of the Utama RHK's kuantitas indicators. */
  realisation: number | null;
};

export type Members = { kind: 'subordinates'; supervisorId: number } | { kind: 'unit'; unitId: number };

const SORT_SQL: Record<EmployeeSort, RawBuilder<unknown>> = {
  name: sql`e.name`,
  skp: sql`k.status`,
  compliance: sql`coalesce(m.approved_days, 0)`,
  reported: sql`coalesce(m.reported_days, 0)`,
  pending: sql`coalesce(agg.pending, 0)`,
  realisation: sql`round(rl.pct, 1)`,
  lastReport: sql`agg.last_report_date`,
};

function membersSql(members: Members, on: string) {
  if (members.kind === 'unit')
    return sql`SELECT e.id AS employee_id, NULL::text AS relation FROM employees e WHERE e.unit_id = ${members.unitId}`;
  return sql`SELECT DISTINCT ON (s.employee_id) s.employee_id, s.kind AS relation FROM supervisions s
    WHERE s.supervisor_id = ${members.supervisorId} AND ${currentSupervision('s', on)}
    ORDER BY s.employee_id, s.kind`;
}

/**
 * SQL: the employee row `alias` passes the viewer's visibility policy. The viewer's own team needs no
 * second test: its members are exactly those the viewer is pejabat penilai of today (membersSql), and each
 * one's pejabat penilai is then the viewer. Spelling the policy out there anyway doubled the query's plan
 * (8 supervision rules, 22 ms to plan under the bench) for an answer known in advance.
 */
function visibility(db: Database, viewer: Viewer, opts: { members: Members; on: string }) {
  const ownTeam = opts.members.kind === 'subordinates' && opts.members.supervisorId === viewer.employeeId;
  const policy = db.selectFrom('employees as e').select('e.id').where(visibleEmployee(viewer, opts.on));
  // `alias`: an employees row of the query (its agency is still checked, as the policy does first).
  return (alias: 'e' | 'sup'): RawBuilder<boolean> =>
    ownTeam
      ? sql<boolean>`${sql.ref(`${alias}.agency_id`)} = ${viewer.agencyId}`
      : sql<boolean>`${sql.ref(`${alias}.id`)} IN (${policy})`;
}

type Raw = {
  id: number;
  name: string;
  position: string;
  unit: string;
  relation: string | null;
  supervisor_id: number | null;
  supervisor_name: string | null;
  supervisor_visible: boolean | null;
  skp_id: number | null;
  skp_status: string | null;
  approved_late: boolean | null;
  can_report: boolean | null;
  approved_days: number;
  reported_days: number;
  approved_minutes: number;
  pending: number;
  oldest_pending_at: Date | null;
  last_report_date: string | null;
  realisation: string | null;
  total: number;
};

export async function employeeRows(
  db: Database,
  viewer: Viewer,
  opts: {
    members: Members;
    on: string;
    month: string;
    sort: EmployeeSort;
    dir: SortDir;
    limit: number | null;
    offset: number;
  },
): Promise<{ rows: EmployeeRow[]; total: number }> {
  const year = Number(opts.on.slice(0, 4));
  const visible = visibility(db, viewer, opts);
  const dir = opts.dir === 'desc' ? sql`DESC` : sql`ASC`;
  const { rows } = await sql<Raw>`
    WITH members AS (${membersSql(opts.members, opts.on)})
    SELECT e.id, e.name, p.name AS position, u.name AS unit, mb.relation,
           sup.id AS supervisor_id, sup.name AS supervisor_name, ${visible('sup')} AS supervisor_visible,
           k.id AS skp_id, k.status AS skp_status, k.approved_late,
           (k.status = 'approved' OR k.revision > 1) AS can_report,
           coalesce(m.approved_days, 0)::int AS approved_days,
           coalesce(m.reported_days, 0)::int AS reported_days,
           coalesce(m.approved_minutes, 0)::int AS approved_minutes,
           coalesce(agg.pending, 0)::int AS pending, agg.oldest_pending_at, agg.last_report_date,
           round(rl.pct, 1) AS realisation,
           count(*) OVER ()::int AS total
    FROM members mb
    JOIN employees e ON e.id = mb.employee_id AND e.active
    JOIN positions p ON p.id = e.position_id
    JOIN units u ON u.id = e.unit_id
    LEFT JOIN skps k ON k.employee_id = e.id AND k.year = ${year}
    LEFT JOIN employee_report_stats m
      ON m.employee_id = e.id AND m.span = 'month' AND m.starts = ${`${opts.month}-01`}::date
    LEFT JOIN LATERAL (
      SELECT sum(x.pending) AS pending, min(x.oldest_pending_at) AS oldest_pending_at,
             max(x.last_report_date) AS last_report_date
      FROM employee_report_stats x
      WHERE x.employee_id = e.id AND x.span = 'month' AND x.starts >= ${`${year}-01-01`}::date
    ) agg ON true
    LEFT JOIN employee_realisation rl ON rl.skp_id = k.id
    LEFT JOIN LATERAL (SELECT sup.id, sup.name, sup.agency_id FROM employees sup
      WHERE sup.id = ${pejabatPenilaiSql('e.id', opts.on)} OFFSET 0) sup ON true
    WHERE ${visible('e')}
    ORDER BY ${SORT_SQL[opts.sort]} ${dir} NULLS LAST, e.name, e.id
    LIMIT ${opts.limit ?? 100_000} OFFSET ${opts.offset} ${PREPARED}`.execute(db);
  return {
    total: rows[0]?.total ?? (opts.offset > 0 ? await countOnly(db, viewer, opts) : 0),
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      position: r.position,
      unit: r.unit,
      relation:
        r.relation === 'plt' || r.relation === 'plh' || r.relation === 'definitive' ? r.relation : null,
      supervisor:
        r.supervisor_id !== null
          ? { id: r.supervisor_id, name: r.supervisor_name ?? '', visible: Boolean(r.supervisor_visible) }
          : null,
      skp:
        r.skp_id !== null
          ? { id: r.skp_id, status: r.skp_status as SkpStatus, approvedLate: Boolean(r.approved_late) }
          : null,
      canReport: Boolean(r.can_report),
      approvedDays: r.approved_days,
      reportedDays: r.reported_days,
      approvedMinutes: r.approved_minutes,
      pending: r.pending,
      oldestPendingAt: r.oldest_pending_at,
      lastReportDate: r.last_report_date,
      realisation: r.realisation === null ? null : Number(r.realisation),
    })),
  };
}

/** The row count when a page lies past the end (the window count then has no row to ride on). */
async function countOnly(
  db: Database,
  viewer: Viewer,
  opts: { members: Members; on: string },
): Promise<number> {
  const visible = visibility(db, viewer, opts);
  const { rows } = await sql<{ n: number }>`
    WITH members AS (${membersSql(opts.members, opts.on)})
    SELECT count(*)::int AS n FROM members mb JOIN employees e ON e.id = mb.employee_id AND e.active
    WHERE ${visible('e')}`.execute(db);
  return rows[0]?.n ?? 0;
}

export type RhkProgress = { rhkId: number; text: string; percent: number | null };

/** Realisation per Utama RHK for the given SKPs (the page's rows only), every measure as in the rollup. */
export async function rhkProgress(db: Database, skpIds: number[]): Promise<Map<number, RhkProgress[]>> {
  if (skpIds.length === 0) return new Map();
  const { rows } = await sql<{ skp_id: number; id: number; text: string; pct: string | null }>`
    SELECT r.skp_id, r.id, r.text, round(avg(least(100, m.pct)), 1) AS pct
    FROM skp_rhks r
    LEFT JOIN (${measuredIndicatorsSql(sql`k.id = ANY(${skpIds}::int[])`)}) m ON m.rhk_id = r.id
    WHERE r.skp_id = ANY(${skpIds}::int[]) AND r.kind = 'utama'
    GROUP BY r.skp_id, r.id, r.text, r.position
    ORDER BY r.skp_id, r.position ${PREPARED}`.execute(db);
  const out = new Map<number, RhkProgress[]>();
  for (const r of rows) {
    const list = out.get(r.skp_id) ?? [];
    list.push({ rhkId: r.id, text: r.text, percent: r.pct === null ? null : Number(r.pct) });
    out.set(r.skp_id, list);
  }
  return out;
}
