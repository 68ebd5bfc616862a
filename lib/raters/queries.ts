import 'server-only';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { visibleEmployee } from '@/lib/auth/policy';
import { supervisedBy } from '@/lib/auth/supervision';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { listPeriods } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { parseId } from '@/lib/ids';
import { analysisStatus, defaultAnalysisYear, type StoredMember, spanKey, yearSpanOf } from './analysis';
import type { Span } from './data';
import type { RaterSignals, Signal, SignalKind } from './signals';

/**
 * Whose rater signals a viewer may see: their own; those of the raters they are pejabat penilai of (as
 * atasan pejabat penilai of those raters' teams); and, for leadership, every rater within its dashboard
 * scope. Peers and ratees see none. One SQL condition answers both the list and the row check.
 */
type EmployeeEb = ExpressionBuilder<DB & { e: DB['employees'] }, 'e'>;

export function visibleRater(viewer: Viewer, on: string) {
  return (eb: EmployeeEb): Expression<SqlBool> => {
    const ors: Expression<SqlBool>[] = [
      eb('e.id', '=', viewer.employeeId),
      supervisedBy(viewer.employeeId, on, 'e.id'),
    ];
    if (hasRole(viewer, 'leadership')) ors.push(visibleEmployee(viewer, on)(eb));
    return eb.and([eb('e.agency_id', '=', viewer.agencyId), eb.or(ors)]);
  };
}

export type SpanChoice = { period: PeriodRef | null; year: number };

/** The span to analyse: `?period=` (a quarter, month or the annual period), `?year=` (the year's periods
 * other than the annual one), or by default the year of the latest period with delivered appraisals —
 * a year holds enough ratings per rater for the tests to say something about small teams. */
export async function resolveSpan(
  db: Database,
  agencyId: number,
  params: { period?: string; year?: string },
  on: string,
): Promise<(SpanChoice & { span: Span; periods: PeriodRef[] }) | null> {
  const [periods, defaultYear] = await Promise.all([
    listPeriods(db, agencyId),
    params.year === undefined && params.period === undefined
      ? defaultAnalysisYear(db, agencyId, Number(on.slice(0, 4)))
      : null,
  ]);
  const yearParam = params.year ?? (defaultYear === null ? undefined : String(defaultYear));
  if (yearParam !== undefined) {
    const year = Number(yearParam);
    const inYear = periods.filter((p) => p.year === year && p.kind !== 'annual');
    if (!/^\d{4}$/.test(yearParam) || inYear.length === 0) return null;
    return {
      period: null,
      year,
      span: yearSpanOf(
        year,
        inYear.map((p) => p.id),
      ),
      periods,
    };
  }
  const periodId = parseId(params.period);
  const period = periods.find((p) => p.id === periodId);
  if (!period) return null;
  const span = { from: period.startsOn, to: period.endsOn, periodIds: [period.id] };
  return { period, year: period.year, span, periods };
}

export type SignalView = Signal & { subjectName: string | null };
export type RaterRow = {
  id: number;
  name: string;
  unit: string;
  position: string;
  team: number;
  ratings: number;
  decisions: number;
  flagged: boolean;
  signals: SignalView[];
};

/**
 * The stored analysis rows (analysis.ts) of the raters the viewer may see, with their names, unit and
 * position: the visibility condition runs in the same query. Optionally only some raters, and with their
 * team's drill-down rows (the rater page only; empty otherwise).
 */
async function visibleRows(
  db: Database,
  viewer: Viewer,
  span: Span,
  on: string,
  { only, withTeam = false }: { only?: readonly number[]; withTeam?: boolean } = {},
): Promise<(Omit<RaterRow, 'signals'> & { signals: Signal[]; members: StoredMember[] })[]> {
  if (only && only.length === 0) return [];
  let q = db
    .selectFrom('rater_analysis_rows as r')
    .innerJoin('employees as e', 'e.id', 'r.rater_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select([
      'e.id',
      'e.name',
      'u.name as unit',
      'p.name as position',
      'r.team_size as team',
      'r.ratings',
      'r.decisions',
      'r.flagged',
      sql<Signal[]>`r.signals`.as('signals'),
      sql<StoredMember[]>`CASE WHEN ${withTeam} THEN r.team ELSE '[]'::jsonb END`.as('members'),
    ])
    .where('r.agency_id', '=', viewer.agencyId)
    .where('r.span_key', '=', spanKey(span))
    .where(visibleRater(viewer, on));
  if (only) q = q.where('r.rater_id', 'in', only);
  return q.execute();
}

async function namesOf(db: Database, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db.selectFrom('employees').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Signals with the name of the subordinate a favouritism signal is about. */
async function withSubjects<T extends { signals: Signal[] }>(
  db: Database,
  rows: T[],
): Promise<(Omit<T, 'signals'> & { signals: SignalView[] })[]> {
  const subjects = rows.flatMap((r) => r.signals.flatMap((s) => (s.employeeId ? [s.employeeId] : [])));
  const names = await namesOf(db, [...new Set(subjects)]);
  return rows.map((r) => ({
    ...r,
    signals: r.signals.map((s) => ({
      ...s,
      subjectName: s.employeeId ? (names.get(s.employeeId) ?? null) : null,
    })),
  }));
}

const byFlagThenName = (x: RaterRow, y: RaterRow) =>
  Number(y.flagged) - Number(x.flagged) || x.name.localeCompare(y.name);

/** May the viewer open rater insights at all: leadership, anyone who rates or supervises a rater. */
export const mayOpenRaterInsights = (viewer: Viewer) => hasRole(viewer, 'leadership') || viewer.isSupervisor;

/**
 * The raters the viewer may see, with their signals over the span as last computed (an empty list until the
 * span's analysis exists: see `analysisStatus`); null when the viewer sees none.
 */
export async function raterInsights(
  db: Database,
  viewer: Viewer,
  span: Span,
  on: string,
): Promise<RaterRow[] | null> {
  if (!mayOpenRaterInsights(viewer)) return null;
  const rows = (await withSubjects(db, await visibleRows(db, viewer, span, on)))
    .map(({ members: _, ...row }) => row)
    .sort(byFlagThenName);
  const others = rows.filter((r) => r.id !== viewer.employeeId);
  if (others.length > 0)
    await db.transaction().execute((trx) =>
      audit(trx, {
        actorId: viewer.employeeId,
        action: 'raters.list',
        entity: 'agency',
        entityId: viewer.agencyId,
        after: { from: span.from, to: span.to, raters: others.map((r) => r.id) },
      }),
    );
  return rows;
}

export type TeamMember = {
  id: number;
  name: string;
  ratings: { periodId: number; rating: number; anchor: number | null; justification: string | null }[];
  decisions: number;
  returned: number;
  withEvidence: number;
  opened: number;
};

export type RaterDetail = { rater: RaterRow; team: TeamMember[] };

/** The rater's name, unit and position when the viewer may see their signals (else undefined → 404). */
export function visibleRaterRow(db: Database, viewer: Viewer, raterId: number, on: string) {
  return db
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select(['e.id', 'e.name', 'u.name as unit', 'p.name as position'])
    .where('e.id', '=', raterId)
    .where(visibleRater(viewer, on))
    .executeTakeFirst();
}

/**
 * One rater's signals and team over the span, for those who may see them (else null → 404). A rater
 * without a stored row (no ratings or decisions in the span, or not analysed yet) shows empty. Looking at
 * someone else's signals is written to the audit log.
 */
export async function raterDetail(
  db: Database,
  viewer: Viewer,
  raterId: number,
  span: Span,
  on: string,
): Promise<RaterDetail | null> {
  const who = await visibleRaterRow(db, viewer, raterId, on);
  if (!who) return null;
  const [stored] = await withSubjects(
    db,
    await visibleRows(db, viewer, span, on, { only: [raterId], withTeam: true }),
  );
  const empty = { ...who, team: 0, ratings: 0, decisions: 0, flagged: false, signals: [], members: [] };
  const { members, ...rater } = stored ?? empty;
  if (viewer.employeeId !== raterId)
    await db
      .transaction()
      .execute((trx) =>
        audit(trx, { actorId: viewer.employeeId, action: 'raters.view', entity: 'rater', entityId: raterId }),
      );
  const names = await namesOf(
    db,
    members.map((m) => m.id),
  );
  const team = members
    .map((m): TeamMember => ({ ...m, name: names.get(m.id) ?? '' }))
    .sort((x, y) => x.name.localeCompare(y.name));
  return { rater, team };
}

export type RaterSummary = { raters: number; flagged: number; byKind: Partial<Record<SignalKind, number>> };

/**
 * The overview's short summary: how many raters in the viewer's view carry a flag, by kind, from the stored
 * analysis (null until it exists: the overview never waits for it). Counts only, no one's signals: not an
 * audited view.
 */
export async function raterSummary(
  db: Database,
  viewer: Viewer,
  span: Span,
  on: string,
): Promise<RaterSummary | null> {
  if (!mayOpenRaterInsights(viewer)) return null;
  if (!(await analysisStatus(db, viewer.agencyId, span))) return null;
  const rows = await db
    .selectFrom('rater_analysis_rows as r')
    .innerJoin('employees as e', 'e.id', 'r.rater_id')
    .select([
      'r.flagged',
      sql<SignalKind[] | null>`CASE WHEN r.flagged THEN (SELECT array_agg(DISTINCT s->>'kind')
        FROM jsonb_array_elements(r.signals) s WHERE (s->>'flagged')::boolean) END`.as('kinds'),
    ])
    .where('r.agency_id', '=', viewer.agencyId)
    .where('r.span_key', '=', spanKey(span))
    .where(visibleRater(viewer, on))
    // On every overview: a prepared statement (db/pool.ts), planned once per connection.
    .modifyEnd(PREPARED)
    .execute();
  const byKind: Partial<Record<SignalKind, number>> = {};
  for (const r of rows) for (const kind of r.kinds ?? []) byKind[kind] = (byKind[kind] ?? 0) + 1;
  return { raters: rows.length, flagged: rows.filter((r) => r.flagged).length, byKind };
}

/** Raters' signals over the span (calibration shows them beside a proposed predikat): the visible ones. */
export async function raterSignals(
  db: Database,
  viewer: Viewer,
  raterIds: readonly number[],
  span: Span,
  on: string,
): Promise<RaterSignals[]> {
  const rows = await visibleRows(db, viewer, span, on, { only: raterIds });
  return rows.map((r) => ({
    raterId: r.id,
    ratings: r.ratings,
    decisions: r.decisions,
    signals: r.signals,
    flagged: r.flagged,
  }));
}
