import 'server-only';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { visibleEmployee } from '@/lib/auth/policy';
import { supervisedBy } from '@/lib/auth/supervision';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { toPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { parseId } from '@/lib/ids';
import { agencyRaterInputs, type Span } from './data';
import { analyseRaters, type RaterInput, type RaterSignals, type Signal, type SignalKind } from './signals';

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
  const rows = await db
    .selectFrom('periods')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('year', 'desc')
    .orderBy(sql`kind = 'annual'`)
    .orderBy('seq')
    .execute();
  const periods = rows.map(toPeriod);
  if (params.year !== undefined) {
    const year = Number(params.year);
    const inYear = periods.filter((p) => p.year === year && p.kind !== 'annual');
    if (!/^\d{4}$/.test(params.year) || inYear.length === 0) return null;
    const span = { from: `${year}-01-01`, to: `${year}-12-31`, periodIds: inYear.map((p) => p.id) };
    return { period: null, year, span, periods };
  }
  if (params.period === undefined) {
    const latest = await db
      .selectFrom('appraisals as a')
      .innerJoin('periods as p', 'p.id', 'a.period_id')
      .select('p.year')
      .where('p.agency_id', '=', agencyId)
      .where('p.kind', '<>', 'annual')
      .where('a.status', '<>', 'draft')
      .orderBy('p.ends_on', 'desc')
      .limit(1)
      .executeTakeFirst();
    return resolveSpan(db, agencyId, { year: String(latest?.year ?? on.slice(0, 4)) }, on);
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

const teamOf = (input: RaterInput | undefined) =>
  new Set([...(input?.ratings ?? []), ...(input?.decisions ?? [])].map((x) => x.employeeId));

/**
 * The agency's analysis over a span, kept for two minutes per database and span: it reads every decision
 * of the span (a year is tens of thousands of rows) and the overview and the rater pages ask for the same
 * one. Who may see which rater is decided per request, never cached.
 */
const CACHE_MS = 2 * 60 * 1000;
const cache = new WeakMap<Database, Map<string, { at: number; value: Promise<Analysis> }>>();
type Analysis = { inputs: RaterInput[]; results: RaterSignals[] };

function agencyAnalysis(db: Database, agencyId: number, span: Span): Promise<Analysis> {
  const key = `${agencyId}:${span.from}:${span.to}:${span.periodIds.join(',')}`;
  const byDb = cache.get(db) ?? new Map<string, { at: number; value: Promise<Analysis> }>();
  cache.set(db, byDb);
  const hit = byDb.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value;
  const value = agencyRaterInputs(db, agencyId, span).then((inputs) => ({
    inputs,
    results: analyseRaters(inputs),
  }));
  value.catch(() => byDb.delete(key));
  byDb.set(key, { at: Date.now(), value });
  return value;
}

async function analyse(db: Database, viewer: Viewer, span: Span, on: string) {
  const cached = await agencyAnalysis(db, viewer.agencyId, span);
  const inputs = cached.inputs;
  const results = cached.results.map((r) => ({ ...r, signals: [...r.signals] }));
  const ids = results.map((r) => r.raterId);
  const visible =
    ids.length === 0
      ? []
      : await db
          .selectFrom('employees as e')
          .innerJoin('units as u', 'u.id', 'e.unit_id')
          .innerJoin('positions as p', 'p.id', 'e.position_id')
          .select(['e.id', 'e.name', 'u.name as unit', 'p.name as position'])
          .where('e.id', 'in', ids)
          .where(visibleRater(viewer, on))
          .execute();
  return { inputs, results, visible: new Map(visible.map((v) => [v.id, v])) };
}

async function namesOf(db: Database, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await db.selectFrom('employees').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function toRows(db: Database, a: Awaited<ReturnType<typeof analyse>>): Promise<RaterRow[]> {
  const shown = a.results.filter((r) => a.visible.has(r.raterId));
  const subjects = shown.flatMap((r) => r.signals.flatMap((s) => (s.employeeId ? [s.employeeId] : [])));
  const names = await namesOf(db, [...new Set(subjects)]);
  return shown
    .map((r) => {
      const who = a.visible.get(r.raterId) as { id: number; name: string; unit: string; position: string };
      return {
        ...who,
        team: teamOf(a.inputs.find((i) => i.raterId === r.raterId)).size,
        ratings: r.ratings,
        decisions: r.decisions,
        flagged: r.flagged,
        signals: r.signals.map((s) => ({
          ...s,
          subjectName: s.employeeId ? (names.get(s.employeeId) ?? null) : null,
        })),
      };
    })
    .sort((x, y) => Number(y.flagged) - Number(x.flagged) || x.name.localeCompare(y.name));
}

/** May the viewer open rater insights at all: leadership, anyone who rates or supervises a rater. */
export const mayOpenRaterInsights = (viewer: Viewer) => hasRole(viewer, 'leadership') || viewer.isSupervisor;

/** The raters the viewer may see, with their signals over the span; null when the viewer sees none. */
export async function raterInsights(
  db: Database,
  viewer: Viewer,
  span: Span,
  on: string,
): Promise<RaterRow[] | null> {
  if (!mayOpenRaterInsights(viewer)) return null;
  const rows = await toRows(db, await analyse(db, viewer, span, on));
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

/**
 * One rater's signals and team over the span, for those who may see them (else null → 404). Looking at
 * someone else's signals is written to the audit log.
 */
export async function raterDetail(
  db: Database,
  viewer: Viewer,
  raterId: number,
  span: Span,
  on: string,
): Promise<RaterDetail | null> {
  const allowed = await db
    .selectFrom('employees as e')
    .select('e.id')
    .where('e.id', '=', raterId)
    .where(visibleRater(viewer, on))
    .executeTakeFirst();
  if (!allowed) return null;
  const a = await analyse(db, viewer, span, on);
  const input = a.inputs.find((i) => i.raterId === raterId);
  if (!a.results.some((r) => r.raterId === raterId)) {
    const who = await db
      .selectFrom('employees as e')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select(['e.id', 'e.name', 'u.name as unit', 'p.name as position'])
      .where('e.id', '=', raterId)
      .executeTakeFirstOrThrow();
    a.visible.set(raterId, who);
    a.results.push({ raterId, ratings: 0, decisions: 0, signals: [], flagged: false });
  }
  const [rater] = await toRows(db, { ...a, results: a.results.filter((r) => r.raterId === raterId) });
  if (!rater) return null;
  if (viewer.employeeId !== raterId)
    await db
      .transaction()
      .execute((trx) =>
        audit(trx, { actorId: viewer.employeeId, action: 'raters.view', entity: 'rater', entityId: raterId }),
      );
  const ids = [...teamOf(input)];
  const names = await namesOf(db, ids);
  const team = ids
    .map((id): TeamMember => {
      const decisions = input?.decisions.filter((d) => d.employeeId === id) ?? [];
      return {
        id,
        name: names.get(id) ?? '',
        ratings: (input?.ratings ?? [])
          .filter((r) => r.employeeId === id)
          .map((r) => ({
            periodId: r.periodId,
            rating: r.rating,
            anchor: r.anchor,
            justification: r.justification,
          }))
          .sort((a, b) => a.periodId - b.periodId),
        decisions: decisions.length,
        returned: decisions.filter((d) => d.outcome !== 'approved').length,
        withEvidence: decisions.filter((d) => d.outcome === 'approved' && d.hasEvidence).length,
        opened: decisions.filter((d) => d.outcome === 'approved' && d.hasEvidence && d.opened).length,
      };
    })
    .sort((x, y) => x.name.localeCompare(y.name));
  return { rater, team };
}

export type RaterSummary = { raters: number; flagged: number; byKind: Partial<Record<SignalKind, number>> };

/**
 * The overview's short summary: how many raters in the viewer's view carry a flag, by kind. The overview
 * waits for the agency's analysis at most `waitMs` (5 s: the demo agency's takes well under a second even on
 * a busy machine; at 10,000 employees it reads a year of decisions and takes a minute). Until it is ready the
 * summary is left out (null) while the analysis goes on, and the next view within its two minutes shows it.
 * Counted from the analysis itself, without the rows' names.
 */
export async function raterSummary(
  db: Database,
  viewer: Viewer,
  span: Span,
  on: string,
  { waitMs = 5000 }: { waitMs?: number } = {},
): Promise<RaterSummary | null> {
  if (!mayOpenRaterInsights(viewer)) return null;
  const analysis = agencyAnalysis(db, viewer.agencyId, span);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), waitMs);
  });
  const ready = await Promise.race([analysis, late]).finally(() => clearTimeout(timer));
  if (!ready) return null;
  // Counts only, no one's signals: not an audited view.
  const a = await analyse(db, viewer, span, on);
  const shown = a.results.filter((r) => a.visible.has(r.raterId));
  const byKind: Partial<Record<SignalKind, number>> = {};
  for (const r of shown)
    for (const kind of new Set(r.signals.filter((s) => s.flagged).map((s) => s.kind)))
      byKind[kind] = (byKind[kind] ?? 0) + 1;
  return { raters: shown.length, flagged: shown.filter((r) => r.flagged).length, byKind };
}

/**
 * Rater signals for other features (calibration, conflict routing): one rater's, or those of every rater
 * who appraised someone placed in `unitId`, over the span — only raters the viewer may see.
 */
export async function raterSignals(
  db: Database,
  viewer: Viewer,
  target: { raterId: number } | { unitId: number },
  span: Span,
  on: string,
): Promise<RaterSignals[]> {
  const a = await analyse(db, viewer, span, on);
  let wanted: Set<number>;
  if ('raterId' in target) wanted = new Set([target.raterId]);
  else {
    const members = await db
      .selectFrom('employees')
      .select('id')
      .where('unit_id', '=', target.unitId)
      .execute();
    const inUnit = new Set(members.map((m) => m.id));
    wanted = new Set(
      a.inputs.filter((i) => i.ratings.some((r) => inUnit.has(r.employeeId))).map((i) => i.raterId),
    );
  }
  return a.results.filter((r) => wanted.has(r.raterId) && a.visible.has(r.raterId));
}
