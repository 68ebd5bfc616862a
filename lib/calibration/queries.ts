import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { toPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { resolveUnits, type Unit } from '@/lib/dashboard/agency';
import { type AppraisalStatus, isPredikat, ORG_PREDIKAT, type Predikat } from '@/lib/domain/appraisal';
import { AGENCY_TIMEZONE, today } from '@/lib/domain/dates';
import { distributionWarnings } from '@/lib/domain/distribution';
import { isRating, type Rating } from '@/lib/domain/ratings';
import { calibrationRaterSignals } from './signals';
import type { CalibrationRow, CalibrationStep, CalibrationSummary, CalibrationView } from './types';

const rating = (v: string | null): Rating | null => (v && isRating(v) ? v : null);
const predikat = (v: string | null): Predikat | null => (v && isPredikat(v) ? v : null);
const periodCols = [
  'p.id as period_id',
  'p.year',
  'p.kind',
  'p.seq',
  'p.starts_on',
  'p.ends_on',
  'p.status as period_status',
] as const;
const periodOf = (r: {
  period_id: number;
  year: number;
  kind: string;
  seq: number;
  starts_on: string;
  ends_on: string;
  period_status: string;
}) => toPeriod({ ...r, id: r.period_id, status: r.period_status });

/** The unit, when the viewer leads it (leadership within its scope); otherwise undefined (→ 404). */
export async function calibrationUnit(
  db: Database,
  viewer: Viewer,
  unitId: number,
): Promise<Unit | undefined> {
  if (!hasRole(viewer, 'leadership')) return undefined;
  return (await resolveUnits(db, viewer, unitId))?.selected ?? undefined;
}

/** SQL-side: is an open calibration covering this employee's unit (the unit or one above it) for the period? */
export async function openCalibrationCovering(db: Database, employeeId: number, periodId: number) {
  const row = await db
    .selectFrom('calibrations as c')
    .innerJoin('units as cu', 'cu.id', 'c.unit_id')
    .innerJoin('units as u', (j) => j.on(sql<boolean>`u.path LIKE cu.path || '%'`))
    .innerJoin('employees as e', 'e.unit_id', 'u.id')
    .select('c.id')
    .where('c.status', '=', 'open')
    .where('c.period_id', '=', periodId)
    .where('e.id', '=', employeeId)
    .executeTakeFirst();
  return row !== undefined;
}

function steps(db: Database) {
  return db
    .selectFrom('calibration_adjustments as j')
    .innerJoin('calibrations as c', 'c.id', 'j.calibration_id')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .innerJoin('employees as b', 'b.id', 'j.adjusted_by')
    .innerJoin('appraisals as a', 'a.id', 'j.appraisal_id')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .select([
      'j.appraisal_id',
      'j.from_hasil',
      'j.from_perilaku',
      'j.from_predikat',
      'j.to_hasil',
      'j.to_perilaku',
    ])
    .select([
      'j.to_predikat',
      'j.justification',
      'u.name as unit_name',
      'b.name as by_name',
      'e.name as employee',
    ])
    .select(sql<string>`to_char(j.created_at AT TIME ZONE ${AGENCY_TIMEZONE}, 'YYYY-MM-DD')`.as('on'))
    .orderBy('j.id');
}

type StepRow = Awaited<ReturnType<ReturnType<typeof steps>['executeTakeFirstOrThrow']>>;

const toStep = (r: StepRow): CalibrationStep => ({
  unitName: r.unit_name,
  by: r.by_name,
  on: r.on,
  from: {
    hasil: rating(r.from_hasil) ?? 'sesuai',
    perilaku: rating(r.from_perilaku) ?? 'sesuai',
    predikat: predikat(r.from_predikat) ?? 'baik',
  },
  to: {
    hasil: rating(r.to_hasil) ?? 'sesuai',
    perilaku: rating(r.to_perilaku) ?? 'sesuai',
    predikat: predikat(r.to_predikat) ?? 'baik',
  },
  justification: r.justification,
});

/** The calibration steps of an appraisal, oldest first: for "why this predikat" and the appraiser's form. */
export async function calibrationSteps(db: Database, appraisalId: number): Promise<CalibrationStep[]> {
  return (await steps(db).where('j.appraisal_id', '=', appraisalId).modifyEnd(PREPARED).execute()).map(
    toStep,
  );
}

/** The ratings the latest calibration step set on an appraisal, or null when it was never calibrated. */
export async function latestCalibration(db: Database, appraisalId: number) {
  const r = await db
    .selectFrom('calibration_adjustments')
    .select(['to_hasil', 'to_perilaku'])
    .where('appraisal_id', '=', appraisalId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return r ? { hasil: r.to_hasil, perilaku: r.to_perilaku } : null;
}

export type CalibrationIndex = {
  calibrations: CalibrationSummary[];
  units: { id: number; name: string }[];
  periods: PeriodRef[];
};

/** Leadership's calibrations within its scope, and what it may open one for; null (→ 404) for others. */
export async function listCalibrations(db: Database, viewer: Viewer): Promise<CalibrationIndex | null> {
  if (!hasRole(viewer, 'leadership')) return null;
  const scope = await resolveUnits(db, viewer, null);
  if (!scope) return null;
  const prefix = scope.scope?.path ?? '';
  const [calibrations, units, periods] = await Promise.all([
    db
      .selectFrom('calibrations as c')
      .innerJoin('units as u', 'u.id', 'c.unit_id')
      .innerJoin('periods as p', 'p.id', 'c.period_id')
      .innerJoin('employees as o', 'o.id', 'c.opened_by')
      .select(['c.id', 'c.status', 'u.name as unit_name', 'o.name as opened_by', ...periodCols])
      .select((eb) =>
        eb
          .selectFrom('calibration_adjustments as j')
          .whereRef('j.calibration_id', '=', 'c.id')
          .select(eb.fn.countAll<number>().as('n'))
          .as('adjustments'),
      )
      .where('u.agency_id', '=', viewer.agencyId)
      .where('u.path', 'like', `${prefix}%`)
      .orderBy('c.status', 'desc')
      .orderBy('c.opened_at', 'desc')
      .execute(),
    db
      .selectFrom('units')
      .select(['id', 'name'])
      .where('agency_id', '=', viewer.agencyId)
      .where('active', '=', true)
      .where('path', 'like', `${prefix}%`)
      .orderBy('path')
      .execute(),
    db
      .selectFrom('periods')
      .selectAll()
      .where('agency_id', '=', viewer.agencyId)
      .where('status', '=', 'open')
      .orderBy('year', 'desc')
      .orderBy(sql`kind = 'annual'`)
      .orderBy('seq')
      .execute(),
  ]);
  return {
    calibrations: calibrations.map((c) => ({
      id: c.id,
      unitName: c.unit_name,
      period: periodOf(c),
      status: c.status === 'open' ? 'open' : 'closed',
      openedBy: c.opened_by,
      adjustments: Number(c.adjustments ?? 0),
    })),
    units,
    periods: periods.map(toPeriod),
  };
}

const zero = (): Record<Predikat, number> => ({
  sangat_baik: 0,
  baik: 0,
  butuh_perbaikan: 0,
  kurang: 0,
  sangat_kurang: 0,
});

/** One calibration for leadership over its unit; null (→ 404) for anyone else. */
export async function getCalibration(
  db: Database,
  viewer: Viewer,
  id: number,
): Promise<CalibrationView | null> {
  const c = await db
    .selectFrom('calibrations as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .innerJoin('periods as p', 'p.id', 'c.period_id')
    .innerJoin('employees as o', 'o.id', 'c.opened_by')
    .leftJoin('employees as x', 'x.id', 'c.closed_by')
    .select([
      'c.id',
      'c.version',
      'c.status',
      'c.unit_id',
      'u.name as unit_name',
      'u.path',
      'o.name as opened_by',
      'x.name as closed_by',
      ...periodCols,
    ])
    .where('c.id', '=', id)
    .where('u.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!c || !(await calibrationUnit(db, viewer, c.unit_id))) return null;
  const period = periodOf(c);
  const open = c.status === 'open';
  const [raw, org, log] = await Promise.all([
    calibrationMembers(db, c.path, c.period_id),
    db
      .selectFrom('org_results as r')
      .innerJoin('units as ou', 'ou.id', 'r.unit_id')
      .select(['r.predikat', 'ou.name'])
      .where('r.period_id', '=', c.period_id)
      .where(sql<boolean>`${c.path} LIKE ou.path || '%'`)
      .orderBy(sql`length(ou.path)`, 'desc')
      .executeTakeFirst(),
    steps(db).where('j.calibration_id', '=', c.id).execute(),
  ]);
  const signals = await calibrationRaterSignals(
    db,
    viewer,
    [...new Set(raw.map((r) => r.rater_id))],
    period.year,
    today(),
  );
  const adjustedIds = new Set(log.map((l) => l.appraisal_id));
  const rows: CalibrationRow[] = raw.map((r) => ({
    appraisalId: r.id,
    version: r.version,
    name: r.name,
    position: r.position,
    raterId: r.rater_id,
    rater: r.rater_name,
    status: r.status as AppraisalStatus,
    evidencePct: r.evidence_pct === null ? null : Number(r.evidence_pct),
    suggested: rating(r.suggested_hasil),
    ratingHasil: rating(r.rating_hasil),
    ratingPerilaku: rating(r.rating_perilaku),
    predikat: predikat(r.predikat),
    adjusted: adjustedIds.has(r.id),
    adjustable:
      open &&
      period.open &&
      r.status === 'draft' &&
      r.predikat !== null &&
      r.employee_id !== viewer.employeeId,
    signals: signals.byRater.get(r.rater_id) ?? [],
  }));
  const counts = zero();
  for (const r of rows) if (r.predikat) counts[r.predikat] += 1;
  const orgPredikat = org ? ORG_PREDIKAT.find((p) => p === org.predikat) : undefined;
  return {
    id: c.id,
    version: c.version,
    unitName: c.unit_name,
    period,
    status: open ? 'open' : 'closed',
    openedBy: c.opened_by,
    closedBy: c.closed_by,
    rows,
    org: orgPredikat && org ? { predikat: orgPredikat, unitName: org.name } : null,
    counts,
    warnings: orgPredikat ? distributionWarnings(orgPredikat, counts) : [],
    log: log.map((l) => ({ ...toStep(l), employee: l.employee })),
    canAct: open && period.open,
    signalsAt: signals.analysedAt,
  };
}

/** The appraisals of the period for everyone in the unit's subtree, by evidence score (unknown last). */
function calibrationMembers(db: Database, path: string, periodId: number) {
  return db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .innerJoin('positions as ps', 'ps.id', 'e.position_id')
    .innerJoin('employees as r', 'r.id', 'a.evaluator_id')
    .select([
      'a.id',
      'a.version',
      'a.employee_id',
      'a.status',
      'a.suggested_hasil',
      'a.rating_hasil',
      'a.rating_perilaku',
      'a.predikat',
    ])
    .select(['e.name', 'ps.name as position', 'r.id as rater_id', 'r.name as rater_name'])
    .select(sql<string | null>`(a.suggestion_basis->>'lowestPct')`.as('evidence_pct'))
    .where('a.period_id', '=', periodId)
    .where('u.path', 'like', `${path}%`)
    .orderBy(sql`(a.suggestion_basis->>'lowestPct')::numeric`, (ob) => ob.desc().nullsLast())
    .orderBy('e.name')
    .execute();
}
