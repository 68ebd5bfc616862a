import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { auditRead } from '@/lib/audit';
import { pejabatPenilaiOf, subordinateLines, supervisedBy, supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { holidaySet } from '@/lib/calendar/holidays';
import { loadPeriod, toPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { calibrationSteps } from '@/lib/calibration/queries';
import { coachingInPeriod } from '@/lib/coaching/queries';
import { config } from '@/lib/config';
import { type AppraisalStatus, canStep, lastObjectionDay, type Predikat } from '@/lib/domain/appraisal';
import { isBerakhlakValue } from '@/lib/domain/berakhlak';
import { isRating, type Rating } from '@/lib/domain/ratings';
import { feedbackForAppraisal } from '@/lib/feedback/results/queries';
import { loadPerson } from '@/lib/skp/queries';
import { anchorOf, appraisalRhks, asPredikat, orgResultForHead } from './anchor';
import { isAppraiser } from './appraiser';
import { activeReassignment } from './conflict/queries';
import type {
  AppraisalDocument,
  AppraisalPermissions,
  AppraisalRole,
  ObjectionView,
  SuggestionBasis,
} from './types';

const rating = (v: string | null): Rating | null => (v && isRating(v) ? v : null);

/** The viewer's part in an appraisal, or null when they may not see it (drafts stay with the appraiser). */
export async function roleIn(
  db: Database,
  viewer: Viewer,
  a: { employee_id: number; evaluator_id: number; status: string; period_id: number },
  on: string,
): Promise<AppraisalRole | null> {
  if (a.employee_id === viewer.employeeId) return a.status === 'draft' ? null : 'employee';
  // A draft is its appraiser's alone: after a conflict of interest the original rater no longer sees it.
  if (a.evaluator_id === viewer.employeeId && a.status !== 'draft') return 'evaluator';
  if (await isAppraiser(db, viewer.employeeId, a.employee_id, a.period_id, on)) return 'evaluator';
  if (a.status !== 'draft' && (await supervises(db, viewer.employeeId, a.evaluator_id, on))) return 'atasan';
  return null;
}

/** One appraisal as the viewer may see it, else null (→ 404). */
export async function getAppraisal(
  db: Database,
  viewer: Viewer,
  appraisalId: number,
  on: string,
): Promise<AppraisalDocument | null> {
  const a = await db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('agencies as g', 'g.id', 'e.agency_id')
    .selectAll('a')
    .select('g.name as agency_name')
    .where('a.id', '=', appraisalId)
    .where('e.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!a) return null;
  const role = await roleIn(db, viewer, a, on);
  if (!role) return null;
  const period = await loadPeriod(db, viewer.agencyId, a.period_id);
  if (!period) return null;
  const status = a.status as AppraisalStatus;
  const draft = status === 'draft';
  const [
    stored,
    behaviours,
    employee,
    evaluator,
    atasanId,
    orgResult,
    objection,
    feedback,
    route,
    calibration,
    coaching,
  ] = await Promise.all([
    db.selectFrom('appraisal_items').selectAll().where('appraisal_id', '=', a.id).execute(),
    db.selectFrom('appraisal_behaviours').selectAll().where('appraisal_id', '=', a.id).execute(),
    loadPerson(db, a.employee_id),
    loadPerson(db, a.evaluator_id),
    pejabatPenilaiOf(db, a.evaluator_id, on),
    orgResultForHead(db, a.employee_id, a.period_id),
    loadObjection(db, a.id),
    feedbackForAppraisal(db, viewer, a.employee_id, period.year),
    activeReassignment(db, a.employee_id, a.period_id),
    calibrationSteps(db, a.id),
    coachingInPeriod(db, a.employee_id, period, on),
  ]);
  if (!employee || !evaluator) return null;
  await auditRead(db, viewer, { entity: 'appraisal', entityId: a.id, ownerId: a.employee_id });
  const rhks = await appraisalRhks(db, a.skp_id, period, stored, draft);
  const storedBasis = a.suggestion_basis as SuggestionBasis | { rule: 'org_result' } | null;
  const suggestion = draft
    ? anchorOf(rhks, period)
    : storedBasis && 'thresholds' in storedBasis
      ? storedBasis
      : null;
  const holidays =
    config.objectionWindowKind === 'working' && a.delivered_on
      ? await holidaySet(
          db,
          viewer.agencyId,
          a.delivered_on,
          `${Number(a.delivered_on.slice(0, 4)) + 1}-12-31`,
        )
      : new Set<string>();
  return {
    id: a.id,
    version: a.version,
    status,
    role,
    agencyName: a.agency_name,
    period,
    skpId: a.skp_id,
    employee,
    evaluator,
    atasan: atasanId ? await loadPerson(db, atasanId) : null,
    rhks,
    behaviours: behaviours.flatMap((b) =>
      isBerakhlakValue(b.value_code) ? [{ value: b.value_code, feedback: b.feedback }] : [],
    ),
    ratingHasil: rating(a.rating_hasil),
    ratingPerilaku: rating(a.rating_perilaku),
    predikat: asPredikat(a.predikat),
    suggestion,
    orgResult,
    justification: a.justification,
    deliveredOn: a.delivered_on,
    acceptedOn: a.accepted_on,
    finalisedOn: a.finalised_on,
    objectionDeadline: a.delivered_on
      ? lastObjectionDay(a.delivered_on, config.objectionWindowDays, config.objectionWindowKind, holidays)
      : null,
    objection,
    reassignment: route,
    calibration,
    // The 360° results are the appraiser's and the employee's; the atasan decides on the appraisal itself.
    feedback: role === 'atasan' ? null : feedback,
    coaching,
  };
}

async function loadObjection(db: Database, appraisalId: number): Promise<ObjectionView | null> {
  const o = await db
    .selectFrom('objections as o')
    .leftJoin('employees as d', 'd.id', 'o.decided_by')
    .selectAll('o')
    .select('d.name as decided_by_name')
    .where('o.appraisal_id', '=', appraisalId)
    .executeTakeFirst();
  if (!o) return null;
  const files = await db
    .selectFrom('objection_files')
    .select(['id', 'file_name'])
    .where('objection_id', '=', o.id)
    .orderBy('created_at')
    .execute();
  return {
    reasons: o.reasons,
    filedOn: o.filed_on,
    files: files.map((f) => ({ id: f.id, name: f.file_name })),
    original: {
      hasil: rating(o.original_hasil) ?? 'sesuai',
      perilaku: rating(o.original_perilaku) ?? 'sesuai',
      predikat: (asPredikat(o.original_predikat) ?? 'baik') as Predikat,
    },
    decision: o.decision === 'uphold' || o.decision === 'change' ? o.decision : null,
    decidedBy: o.decided_by_name,
    decidedOn: o.decided_on,
    decisionReasons: o.decision_reasons,
  };
}

/** What the viewer may do now; the mutations check the same rules again. */
export async function appraisalPermissions(
  db: Database,
  viewer: Viewer,
  doc: AppraisalDocument,
  on: string,
): Promise<AppraisalPermissions> {
  const open = doc.period.open;
  const supervisor =
    doc.role === 'evaluator' &&
    (await isAppraiser(db, viewer.employeeId, doc.employee.id, doc.period.id, on));
  const answering = doc.role === 'employee' && open && canStep(doc.status, 'accept');
  return {
    canEdit: supervisor && open && canStep(doc.status, 'edit'),
    canAccept: answering,
    canObject:
      answering &&
      doc.deliveredOn !== null &&
      doc.objectionDeadline !== null &&
      on >= doc.deliveredOn &&
      on <= doc.objectionDeadline,
    canDecide: doc.role === 'atasan' && open && canStep(doc.status, 'decide'),
  };
}

export type TeamAppraisalRow = {
  employeeId: number;
  name: string;
  position: string;
  relation: 'definitive' | 'plt' | 'plh';
  skpApproved: boolean;
  appraisal: { id: number; status: AppraisalStatus; predikat: Predikat | null } | null;
  /** A conflict of interest routed this appraisal away from the viewer (to the named rater, if any yet). */
  routed: { rater: string | null } | null;
};

/** The viewer's current subordinates with their appraisal for the period. */
export async function listTeamAppraisals(
  db: Database,
  viewer: Viewer,
  period: PeriodRef,
  on: string,
): Promise<TeamAppraisalRow[]> {
  const rows = await subordinateLines(db, viewer.employeeId, on)
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .leftJoin('skps as k', (j) =>
      j.onRef('k.employee_id', '=', 'e.id').on('k.year', '=', period.year).on('k.status', '=', 'approved'),
    )
    .leftJoin('appraisals as a', (j) =>
      j.onRef('a.employee_id', '=', 'e.id').on('a.period_id', '=', period.id),
    )
    .leftJoin('appraisal_reassignments as ar', (j) =>
      j
        .onRef('ar.employee_id', '=', 'e.id')
        .on('ar.period_id', '=', period.id)
        .on('ar.status', '=', 'active'),
    )
    .leftJoin('employees as nr', 'nr.id', 'ar.rater_id')
    .select(['e.id', 'e.name', 'p.name as position', 's.kind', 'k.id as skp_id', 'a.id as appraisal_id'])
    .select(['a.status', 'a.predikat', 'ar.id as routed_id', 'nr.name as routed_to'])
    .where('e.active', '=', true)
    .orderBy('s.kind')
    .orderBy('e.name')
    .execute();
  return rows.map((r) => ({
    employeeId: r.id,
    name: r.name,
    position: r.position,
    relation: r.kind === 'plt' || r.kind === 'plh' ? r.kind : 'definitive',
    skpApproved: r.skp_id !== null,
    // Routed away: the appraisal is the new rater's, not the viewer's to open.
    appraisal:
      r.appraisal_id !== null && r.routed_id === null
        ? { id: r.appraisal_id, status: r.status as AppraisalStatus, predikat: asPredikat(r.predikat) }
        : null,
    routed: r.routed_id !== null ? { rater: r.routed_to } : null,
  }));
}

export type AppraisalListRow = {
  id: number;
  name: string;
  period: PeriodRef;
  status: AppraisalStatus;
  predikat: Predikat | null;
};

const listColumns = [
  'a.id',
  'e.name',
  'a.status',
  'a.predikat',
  'p.id as period_id',
  'p.year',
  'p.kind',
  'p.seq',
  'p.starts_on',
  'p.ends_on',
  'p.status as period_status',
] as const;

function toListRow(r: {
  id: number;
  name: string;
  status: string;
  predikat: string | null;
  period_id: number;
  year: number;
  kind: string;
  seq: number;
  starts_on: string;
  ends_on: string;
  period_status: string;
}): AppraisalListRow {
  return {
    id: r.id,
    name: r.name,
    status: r.status as AppraisalStatus,
    predikat: asPredikat(r.predikat),
    period: toPeriod({ ...r, id: r.period_id, status: r.period_status }),
  };
}

/** The viewer's own appraisals, once delivered. */
export async function listOwnAppraisals(db: Database, viewer: Viewer): Promise<AppraisalListRow[]> {
  const rows = await db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('periods as p', 'p.id', 'a.period_id')
    .select(listColumns)
    .where('a.employee_id', '=', viewer.employeeId)
    .where('a.status', '<>', sql.lit('draft'))
    .orderBy('p.starts_on', 'desc')
    .orderBy('p.kind')
    // On every home page view: a prepared statement (db/pool.ts), planned once per connection.
    .modifyEnd(PREPARED)
    .execute();
  return rows.map(toListRow);
}

/** Objections waiting for the viewer as atasan pejabat penilai. */
export async function listObjectionsToDecide(db: Database, viewer: Viewer, on: string) {
  const rows = await db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('periods as p', 'p.id', 'a.period_id')
    .select(listColumns)
    .where('a.status', '=', sql.lit('objected'))
    .where(supervisedBy(viewer.employeeId, on, 'a.evaluator_id'))
    .orderBy('a.updated_at')
    // On every home page view: a prepared statement (db/pool.ts), planned once per connection.
    .modifyEnd(PREPARED)
    .execute();
  return rows.map(toListRow);
}

/** An objection attachment for those who may see the appraisal. */
export async function getObjectionFile(db: Database, viewer: Viewer, fileId: string, on: string) {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return null;
  const f = await db
    .selectFrom('objection_files as f')
    .innerJoin('objections as o', 'o.id', 'f.objection_id')
    .innerJoin('appraisals as a', 'a.id', 'o.appraisal_id')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .select([
      'f.file_name',
      'f.mime',
      'f.content',
      'f.size_bytes',
      'a.employee_id',
      'a.evaluator_id',
      'a.status',
      'a.period_id',
    ])
    .where('f.id', '=', fileId)
    .where('e.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!f || !(await roleIn(db, viewer, f, on))) return null;
  await auditRead(db, viewer, { entity: 'objection_file', entityId: fileId, ownerId: f.employee_id });
  return { file_name: f.file_name, mime: f.mime, content: f.content, size_bytes: f.size_bytes };
}
