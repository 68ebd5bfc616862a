import 'server-only';
import type { Database } from '@/db';
import { auditRead } from '@/lib/audit';
import { inRatingChain } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { promotionEligibility } from '@/lib/domain/appraisal';
import { type BerakhlakValue, isBerakhlakValue } from '@/lib/domain/berakhlak';
import { feedbackForAppraisal } from '@/lib/feedback/results/queries';
import { asPredikat } from '../anchor';
import type { Career, PredikatYear } from './types';

/** Annual predikat by year: settled annual appraisals, else the imported history. */
export async function predikatHistory(db: Database, employeeId: number): Promise<PredikatYear[]> {
  const [own, imported] = await Promise.all([
    db
      .selectFrom('appraisals as a')
      .innerJoin('periods as p', 'p.id', 'a.period_id')
      .select(['a.id', 'a.predikat', 'p.year'])
      .where('a.employee_id', '=', employeeId)
      .where('p.kind', '=', 'annual')
      .where('a.status', 'in', ['accepted', 'final'])
      .execute(),
    db
      .selectFrom('predikat_imports')
      .select(['year', 'predikat'])
      .where('employee_id', '=', employeeId)
      .execute(),
  ]);
  const byYear = new Map<number, PredikatYear>();
  for (const r of imported) {
    const p = asPredikat(r.predikat);
    if (p) byYear.set(r.year, { year: r.year, predikat: p, source: 'import', appraisalId: null });
  }
  for (const r of own) {
    const p = asPredikat(r.predikat);
    if (p) byYear.set(r.year, { year: r.year, predikat: p, source: 'appraisal', appraisalId: r.id });
  }
  return [...byYear.values()].sort((a, b) => b.year - a.year);
}

export async function careerOf(
  db: Database,
  viewer: Viewer,
  employeeId: number,
  on: string,
): Promise<Career | null> {
  if (!(await inRatingChain(db, viewer, employeeId, on))) return null;
  // The predikat history and the appraisals' behaviour notes are appraisal results: a read by leadership
  // or an admin is logged like opening the appraisal itself.
  await auditRead(db, viewer, { entity: 'career', entityId: employeeId, ownerId: employeeId });
  const year = Number(on.slice(0, 4));
  const [e, history, plan, feedback, latest] = await Promise.all([
    db
      .selectFrom('employees as e')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select(['e.kind', 'e.pangkat', 'e.pangkat_tmt', 'p.kind as position_kind'])
      .where('e.id', '=', employeeId)
      .executeTakeFirstOrThrow(),
    predikatHistory(db, employeeId),
    db
      .selectFrom('development_plan_items')
      .selectAll()
      .where('employee_id', '=', employeeId)
      .where('year', '>=', year - 1)
      .orderBy('target_date')
      .orderBy('id')
      .execute(),
    feedbackForAppraisal(db, viewer, employeeId, year),
    // Behaviour feedback of this and last year's delivered appraisals; the latest note per value wins.
    db
      .selectFrom('appraisals as a')
      .innerJoin('appraisal_behaviours as b', 'b.appraisal_id', 'a.id')
      .innerJoin('periods as p', 'p.id', 'a.period_id')
      .select(['b.value_code', 'b.feedback'])
      .where('a.employee_id', '=', employeeId)
      .where('a.status', '<>', 'draft')
      .where('p.year', '>=', year - 1)
      .orderBy('p.ends_on')
      .orderBy('a.id')
      .execute(),
  ]);
  const promotion = promotionEligibility({
    kind: e.kind === 'PPPK' ? 'PPPK' : 'PNS',
    fungsional: e.position_kind === 'fungsional',
    pangkat: e.pangkat,
    pangkatTmt: e.pangkat_tmt,
    on,
    history: new Map(history.map((h) => [h.year, h.predikat])),
  });
  const planned = new Set(plan.filter((p) => p.year === year).map((p) => p.value_code));
  const proposals = new Map<BerakhlakValue, string | null>();
  for (const v of feedback?.developmentAreas ?? []) proposals.set(v, null);
  for (const b of latest) if (isBerakhlakValue(b.value_code)) proposals.set(b.value_code, b.feedback);
  return {
    year,
    history,
    promotion,
    plan: plan.map((p) => ({
      id: p.id,
      year: p.year,
      value: p.value_code && isBerakhlakValue(p.value_code) ? p.value_code : null,
      text: p.text,
      targetDate: p.target_date,
      status: p.status === 'done' || p.status === 'in_progress' ? p.status : 'planned',
      version: p.version,
    })),
    proposals: [...proposals.entries()]
      .filter(([v]) => !planned.has(v))
      .map(([value, note]) => ({ value, note })),
  };
}
