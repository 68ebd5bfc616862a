import 'server-only';
import { type RawBuilder, sql } from 'kysely';
import type { Database } from '@/db';
import { canSeeAgencyOverview, canViewEmployee } from '@/lib/auth/policy';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import {
  addDays,
  countedThrough,
  expectedProgress,
  medianOfHistogram,
  monthEnd,
  monthsSoFar,
  percent,
  weeksEnding,
} from '@/lib/domain/dashboard';
import { workingDays } from '@/lib/domain/reports';
import { dashboardCache, scopeVersion } from './cache';
import { employeeRows } from './employees';
import {
  type DashboardFilters,
  EMPLOYEE_SORTS,
  type EmployeeSort,
  pick,
  UNIT_SORTS,
  type UnitSort,
} from './params';
import { decorateRows, monthWorkingDays, PAGE_SIZE, type TeamRow } from './team';

/**
 * The leadership dashboard: per unit under the chosen one (or per OPD), within the viewer's scope only —
 * the whole agency for the Sekda/Wali Kota and admins, one OPD's subtree for a Kepala OPD. A unit outside
 * the scope gives null (→ 404). All figures come from the rollups and small grouped queries.
 */

export type UnitRow = {
  id: number;
  name: string;
  /** The people placed in the chosen unit itself rather than in one of its sub-units. */
  own: boolean;
  hasChildren: boolean;
  headcount: number;
  skp: { approved: number; submitted: number; draft: number; returned: number; none: number };
  skpApproved: number;
  /** Working days with an approved report, as % of working days × headcount. */
  compliance: number;
  /** Working days with any report not rejected (validated or not), same base. */
  reported: number;
  medianDelay: number | null;
  realisation: number | null;
  withRealisation: number;
};

export type AgencyDashboard = {
  scope: { kind: 'agency' | 'unit'; name: string };
  selected: { id: number; name: string } | null;
  breadcrumbs: { id: number | null; name: string }[];
  team: { id: number; name: string } | null;
  month: string;
  workingDays: number;
  /** The last day counted in the chosen month; `running` while it is the month in progress. */
  through: string;
  running: boolean;
  expected: number;
  asOf: Date;
  summary: Omit<UnitRow, 'id' | 'name' | 'own' | 'hasChildren'> & { pending: number };
  sort: UnitSort;
  units: UnitRow[];
  trend: {
    month: string;
    compliance: number;
    reported: number;
    approvedDays: number;
    pending: number;
    running: boolean;
  }[];
  heat: { weeks: string[]; rows: { id: number; name: string; cells: (number | null)[] }[] };
  staff: { rows: TeamRow[]; total: number; sort: EmployeeSort; page: number } | null;
};

export type Unit = { id: number; name: string; path: string };

/** The unit the viewer looks at, if it lies within their scope; `undefined` when out of scope. */
export async function resolveUnits(db: Database, viewer: Viewer, unitId: number | null) {
  const agencyWide = hasRole(viewer, 'admin') || viewer.scopeUnitId === null;
  const unitById = (id: number) =>
    db
      .selectFrom('units')
      .select(['id', 'name', 'path'])
      .where('id', '=', id)
      .where('agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
  const scope: Unit | null = agencyWide ? null : ((await unitById(viewer.scopeUnitId as number)) ?? null);
  if (!agencyWide && !scope) return undefined;
  if (unitId === null) return { scope, selected: scope };
  const selected = await unitById(unitId);
  if (!selected || (scope && !selected.path.startsWith(scope.path))) return undefined;
  return { scope, selected };
}

/** The rows' members: each child unit's whole subtree, plus the chosen unit's own staff as a row. */
export function membersCte(agencyId: number, selected: Unit | null): RawBuilder<unknown> {
  const kids = selected
    ? sql`SELECT id, name, path, sort_order, false AS own FROM units WHERE parent_id = ${selected.id} AND active
          UNION ALL SELECT id, name, path, -1, true FROM units WHERE id = ${selected.id}`
    : sql`SELECT id, name, path, sort_order, false AS own FROM units
          WHERE agency_id = ${agencyId} AND parent_id IS NULL AND active`;
  return sql`kids AS (${kids}),
    kid_units AS (
      SELECT k.id AS row_id, u.id AS unit_id FROM kids k
      JOIN units u ON u.agency_id = ${agencyId}
        AND ((k.own AND u.id = k.id) OR (NOT k.own AND u.path LIKE k.path || '%'))
    ),
    mem AS (
      SELECT k.id AS row_id, e.id AS employee_id
      FROM kids k
      JOIN units u ON u.agency_id = ${agencyId}
        AND ((k.own AND u.id = k.id) OR (NOT k.own AND u.path LIKE k.path || '%'))
      JOIN employees e ON e.unit_id = u.id AND e.active
    )`;
}

type UnitRaw = {
  id: number;
  name: string;
  own: boolean;
  has_children: boolean;
  headcount: number;
  skp_approved: number;
  skp_submitted: number;
  skp_draft: number;
  skp_returned: number;
  realisation: string | null;
  with_realisation: number;
};

async function unitFigures(db: Database, cte: RawBuilder<unknown>, year: number) {
  const { rows } = await sql<UnitRaw>`
    WITH ${cte}
    SELECT k.id, k.name, k.own,
           (NOT k.own AND EXISTS (SELECT 1 FROM units c WHERE c.parent_id = k.id AND c.active)) AS has_children,
           count(mem.employee_id)::int AS headcount,
           count(s.id) FILTER (WHERE s.status = 'approved')::int AS skp_approved,
           count(s.id) FILTER (WHERE s.status = 'submitted')::int AS skp_submitted,
           count(s.id) FILTER (WHERE s.status = 'draft')::int AS skp_draft,
           count(s.id) FILTER (WHERE s.status = 'returned')::int AS skp_returned,
           avg(real.pct) AS realisation,
           count(real.pct)::int AS with_realisation
    FROM kids k
    LEFT JOIN mem ON mem.row_id = k.id
    LEFT JOIN skps s ON s.employee_id = mem.employee_id AND s.year = ${year}
    -- Realisation from its rollup (kept current by report validation and SKP edits), for SKPs that count:
    -- approved, or an earlier revision approved.
    LEFT JOIN employee_realisation real ON real.skp_id = s.id AND (s.status = 'approved' OR s.revision > 1)
    GROUP BY k.id, k.name, k.own, k.sort_order
    ORDER BY k.own DESC, k.sort_order, k.name`.execute(db);
  return rows;
}

type Histogram = { value: number; count: number }[];

function groupHistogram<K>(rows: { key: K; delay_days: number; n: number }[]): Map<K, Histogram> {
  const out = new Map<K, Histogram>();
  for (const r of rows) {
    const list = out.get(r.key) ?? [];
    list.push({ value: r.delay_days, count: r.n });
    out.set(r.key, list);
  }
  return out;
}

async function delays(db: Database, cte: RawBuilder<unknown>, month: string) {
  // From the per-unit histogram: a few rows per unit rather than every member's.
  const { rows } = await sql<{ key: number; delay_days: number; n: number }>`
    WITH ${cte}
    SELECT ku.row_id AS key, x.delay_days, sum(x.reports)::int AS n
    FROM kid_units ku JOIN unit_delay_stats x ON x.unit_id = ku.unit_id AND x.month = ${`${month}-01`}::date
    GROUP BY 1, 2`.execute(db);
  return groupHistogram(rows);
}

type SpanSums = { approved: number; reported: number; pending: number };
const NO_SUMS: SpanSums = { approved: 0, reported: 0, pending: 0 };

/**
 * Approved and reported working days (and pending reports) per row, from the unit rollup: every month of
 * the year and the heat map's weeks.
 */
async function spanFigures(db: Database, cte: RawBuilder<unknown>, year: number, weeks: string[]) {
  const { rows } = await sql<{
    row_id: number;
    span: string;
    starts: string;
    approved_days: number;
    reported_days: number;
    pending: number;
  }>`
    WITH ${cte}
    SELECT ku.row_id, x.span, to_char(x.starts, 'YYYY-MM-DD') AS starts, sum(x.approved_days)::int AS approved_days,
           sum(x.reported_days)::int AS reported_days, sum(x.pending)::int AS pending
    FROM kid_units ku
    -- Two arms rather than one OR, so each reads its span's rows by the whole primary key.
    JOIN (
      SELECT * FROM unit_report_stats WHERE span = 'month' AND starts >= ${`${year}-01-01`}::date
      UNION ALL
      SELECT * FROM unit_report_stats WHERE span = 'week' AND starts = ANY(${weeks}::date[])
    ) x ON x.unit_id = ku.unit_id
    GROUP BY 1, 2, 3`.execute(db);
  const byRow = new Map<string, SpanSums>();
  const byMonth = new Map<string, SpanSums>();
  for (const r of rows) {
    const key = r.span === 'month' ? r.starts.slice(0, 7) : r.starts;
    const sums = { approved: r.approved_days, reported: r.reported_days, pending: r.pending };
    byRow.set(`${r.row_id}:${key}`, sums);
    if (r.span === 'month') {
      const total = byMonth.get(key) ?? NO_SUMS;
      byMonth.set(key, {
        approved: total.approved + sums.approved,
        reported: total.reported + sums.reported,
        pending: total.pending + sums.pending,
      });
    }
  }
  return {
    row: (rowId: number, key: string) => byRow.get(`${rowId}:${key}`) ?? NO_SUMS,
    month: (key: string) => byMonth.get(key) ?? NO_SUMS,
  };
}

async function breadcrumbs(db: Database, viewer: Viewer, scope: Unit | null, selected: Unit | null) {
  const agency = await db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', viewer.agencyId)
    .executeTakeFirstOrThrow();
  if (!selected) return { agency: agency.name, crumbs: [{ id: null, name: agency.name }] };
  const ids = selected.path.split('/').filter(Boolean).map(Number);
  const units = await db.selectFrom('units').select(['id', 'name', 'path']).where('id', 'in', ids).execute();
  const chain = ids
    .map((id) => units.find((u) => u.id === id))
    .filter((u): u is Unit => u !== undefined && (!scope || u.path.startsWith(scope.path)));
  const crumbs: { id: number | null; name: string }[] = chain.map((u) => ({ id: u.id, name: u.name }));
  return { agency: agency.name, crumbs: scope ? crumbs : [{ id: null, name: agency.name }, ...crumbs] };
}

const SORTERS: Record<UnitSort, (r: UnitRow) => number | string> = {
  name: (r) => r.name,
  headcount: (r) => r.headcount,
  skpApproved: (r) => r.skpApproved,
  compliance: (r) => r.compliance,
  reported: (r) => r.reported,
  delay: (r) => r.medianDelay ?? Number.POSITIVE_INFINITY,
  realisation: (r) => r.realisation ?? -1,
};

export async function getAgencyDashboard(
  db: Database,
  viewer: Viewer,
  filters: DashboardFilters,
  on: string,
  opts: { allStaff?: boolean } = {},
): Promise<AgencyDashboard | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const units = await resolveUnits(db, viewer, filters.unitId);
  if (!units) return null;
  const { scope, selected } = units;
  let team: { id: number; name: string } | null = null;
  if (filters.teamId !== null) {
    if (!(await canViewEmployee(db, viewer, filters.teamId, on))) return null;
    const person = await db
      .selectFrom('employees')
      .select(['id', 'name'])
      .where('id', '=', filters.teamId)
      .executeTakeFirstOrThrow();
    team = person;
  }

  const year = Number(on.slice(0, 4));
  const now = new Date();
  const cte = membersCte(viewer.agencyId, selected);
  const months = monthsSoFar(on);
  const counted = countedThrough(filters.month, on);
  const lastDay = counted.last;
  const weeks = weeksEnding(lastDay, 12);
  const staffSort = pick(EMPLOYEE_SORTS, filters.staffSort, 'name');
  // The scope's figures are the same for every leader: cached per process, keyed by the scope's version.
  const version = await scopeVersion(db, viewer.agencyId, selected);
  const [{ days, holidays }, { raw, delayByRow, spans }, crumbs, staff] = await Promise.all([
    monthWorkingDays(db, viewer.agencyId, filters.month, on),
    dashboardCache.get(
      `units:${viewer.agencyId}:${selected?.id ?? 'agency'}:${year}:${filters.month}:${lastDay}`,
      version,
      async () => {
        const [raw, delayByRow, spans] = await Promise.all([
          unitFigures(db, cte, year),
          delays(db, cte, filters.month),
          spanFigures(db, cte, year, weeks),
        ]);
        return { raw, delayByRow, spans };
      },
    ),
    breadcrumbs(db, viewer, scope, selected),
    team || selected
      ? employeeRows(db, viewer, {
          members: team
            ? { kind: 'subordinates', supervisorId: team.id }
            : { kind: 'unit', unitId: (selected as Unit).id },
          on,
          month: filters.month,
          sort: staffSort,
          dir: filters.staffDir,
          limit: opts.allStaff ? null : PAGE_SIZE,
          offset: opts.allStaff ? 0 : (filters.page - 1) * PAGE_SIZE,
        })
      : null,
  ]);

  const rows: UnitRow[] = raw.map((r) => {
    const month = spans.row(r.id, filters.month);
    const none = r.headcount - r.skp_approved - r.skp_submitted - r.skp_draft - r.skp_returned;
    return {
      id: r.id,
      name: r.name,
      own: r.own,
      hasChildren: r.has_children,
      headcount: r.headcount,
      skp: {
        approved: r.skp_approved,
        submitted: r.skp_submitted,
        draft: r.skp_draft,
        returned: r.skp_returned,
        none,
      },
      skpApproved: percent(r.skp_approved, r.headcount),
      compliance: percent(month.approved, r.headcount * days),
      reported: percent(month.reported, r.headcount * days),
      medianDelay: medianOfHistogram(delayByRow.get(r.id) ?? []),
      realisation: r.realisation === null ? null : Math.round(Number(r.realisation) * 10) / 10,
      withRealisation: r.with_realisation,
    };
  });
  const sum = (f: (r: UnitRaw) => number) => raw.reduce((n, r) => n + f(r), 0);
  const headcount = sum((r) => r.headcount);
  const withReal = sum((r) => r.with_realisation);
  const skp = {
    approved: sum((r) => r.skp_approved),
    submitted: sum((r) => r.skp_submitted),
    draft: sum((r) => r.skp_draft),
    returned: sum((r) => r.skp_returned),
    none: 0,
  };
  skp.none = headcount - skp.approved - skp.submitted - skp.draft - skp.returned;
  const chosen = spans.month(filters.month);
  const summary = {
    headcount,
    skp,
    skpApproved: percent(skp.approved, headcount),
    compliance: percent(chosen.approved, headcount * days),
    reported: percent(chosen.reported, headcount * days),
    pending: chosen.pending,
    medianDelay: medianOfHistogram([...delayByRow.values()].flat()),
    realisation: withReal
      ? Math.round((sum((r) => Number(r.realisation ?? 0) * r.with_realisation) / withReal) * 10) / 10
      : null,
    withRealisation: withReal,
  };

  const sort = pick(UNIT_SORTS, filters.sort, 'name');
  const sorter = SORTERS[sort];
  const sign = filters.dir === 'desc' ? -1 : 1;
  // The chosen unit's own staff stay first; the sub-units follow in the chosen order (tens of rows).
  const sorted = [...rows].sort((a, b) => {
    if (a.own !== b.own) return a.own ? -1 : 1;
    const x = sorter(a);
    const y = sorter(b);
    const c = typeof x === 'string' ? x.localeCompare(String(y), 'id') : x - (y as number);
    return c === 0 ? a.name.localeCompare(b.name, 'id') : sign * c;
  });

  const monthDays = (m: string) => {
    const last = monthEnd(m) < on ? monthEnd(m) : on;
    return workingDays(`${m}-01`, last, holidays).length;
  };
  const weekDays = (w: string) => {
    const end = addDays(w, 6) < on ? addDays(w, 6) : on;
    return workingDays(w, end, holidays).length;
  };
  return {
    scope: scope ? { kind: 'unit', name: scope.name } : { kind: 'agency', name: crumbs.agency },
    selected: selected ? { id: selected.id, name: selected.name } : null,
    breadcrumbs: crumbs.crumbs,
    team,
    month: filters.month,
    workingDays: days,
    through: counted.last,
    running: counted.running,
    expected: expectedProgress(on),
    asOf: now,
    summary,
    sort,
    units: sorted,
    trend: months.map((m) => ({
      month: m,
      compliance: percent(spans.month(m).approved, headcount * monthDays(m)),
      reported: percent(spans.month(m).reported, headcount * monthDays(m)),
      approvedDays: spans.month(m).approved,
      pending: spans.month(m).pending,
      running: countedThrough(m, on).running,
    })),
    heat: {
      weeks,
      // In the table's order, so a unit is found at the same place in both.
      rows: sorted
        .filter((r) => r.headcount > 0)
        .map((r) => ({
          id: r.id,
          name: r.name,
          cells: weeks.map((w) => {
            const d = weekDays(w);
            return d === 0 ? null : percent(spans.row(r.id, w).approved, r.headcount * d);
          }),
        })),
    },
    staff: staff
      ? {
          rows: await decorateRows(db, staff.rows, { days, holidays, on, now }),
          total: staff.total,
          sort: staffSort,
          page: filters.page,
        }
      : null,
  };
}
