import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { supervises, underAtasan } from '@/lib/auth/supervision';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { loadPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { type AppraisalStatus, isPredikat, type Predikat } from '@/lib/domain/appraisal';
import { appraisedBy } from '../appraiser';
import { CONFLICT_REASONS, type ConflictReason, type DeclarationRow, type ReassignmentView } from './types';

function base(db: Database) {
  return db
    .selectFrom('appraisal_reassignments as r')
    .innerJoin('employees as e', 'e.id', 'r.employee_id')
    .innerJoin('employees as o', 'o.id', 'r.original_rater_id')
    .innerJoin('periods as p', 'p.id', 'r.period_id')
    .leftJoin('employees as n', 'n.id', 'r.rater_id')
    .select([
      'r.id',
      'r.kind',
      'r.reason_kind',
      'r.reason',
      'r.status',
      'r.requested_on',
      'r.decided_on',
      'r.decision_note',
      'r.designated_by',
      'e.name as employee_name',
      'o.name as original_name',
      'n.name as rater_name',
      'p.id as period_id',
      'p.year',
      'p.kind as period_kind',
      'p.seq',
      'p.status as period_status',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

const reasonKind = (v: string | null): ConflictReason | null => CONFLICT_REASONS.find((k) => k === v) ?? null;

function toView(r: Row): ReassignmentView {
  return {
    id: r.id,
    kind: r.kind === 'request' ? 'request' : 'declaration',
    reasonKind: reasonKind(r.reason_kind),
    status: r.status === 'pending' ? 'pending' : r.status === 'refused' ? 'refused' : 'active',
    employeeName: r.employee_name,
    originalRater: r.original_name,
    rater: r.rater_name,
    requestedOn: r.requested_on,
    decidedOn: r.decided_on,
    decisionNote: r.decision_note,
    designated: r.designated_by !== null,
  };
}

function toDeclaration(r: Row): DeclarationRow {
  return {
    ...toView(r),
    reason: r.reason,
    period: {
      id: r.period_id,
      year: r.year,
      kind: r.period_kind,
      seq: r.seq,
      open: r.period_status === 'open',
    },
  };
}

/** The active route of an appraisal (employee, period), for "why this predikat"; null when none. */
export async function activeReassignment(
  db: Database,
  employeeId: number,
  periodId: number,
): Promise<ReassignmentView | null> {
  const r = await base(db)
    .where('r.employee_id', '=', employeeId)
    .where('r.period_id', '=', periodId)
    .where('r.status', '=', sql.lit('active'))
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  return r ? toView(r) : null;
}

/** BKPSDM's list of every declaration and request in the agency, newest first; null (→ 404) for others. */
export async function listDeclarations(db: Database, viewer: Viewer): Promise<DeclarationRow[] | null> {
  if (!hasRole(viewer, 'admin')) return null;
  const rows = await base(db)
    .where('e.agency_id', '=', viewer.agencyId)
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(500)
    .execute();
  return rows.map(toDeclaration);
}

/** Employees' requests for a different rater waiting for the viewer as their atasan pejabat penilai. */
export async function listRequestsToDecide(
  db: Database,
  viewer: Viewer,
  on: string,
): Promise<DeclarationRow[]> {
  const rows = await base(db)
    .where('r.kind', '=', 'request')
    .where('r.status', '=', 'pending')
    .where(underAtasan(viewer.employeeId, on, 'r.employee_id'))
    .orderBy('r.created_at')
    .execute();
  return rows.map(toDeclaration);
}

/** The viewer's own requests for a different rater. */
export async function listOwnRequests(db: Database, viewer: Viewer): Promise<DeclarationRow[]> {
  const rows = await base(db)
    .where('r.employee_id', '=', viewer.employeeId)
    .where('r.kind', '=', 'request')
    .orderBy('r.created_at', 'desc')
    .execute();
  return rows.map(toDeclaration);
}

export type RoutedRow = {
  employeeId: number;
  name: string;
  kind: 'declaration' | 'request';
  originalRater: string;
  appraisal: { id: number; status: AppraisalStatus; predikat: Predikat | null } | null;
};

/** Appraisals routed to the viewer for the period by a conflict of interest (they are not the pejabat penilai). */
export async function listRoutedToViewer(
  db: Database,
  viewer: Viewer,
  periodId: number,
  on: string,
): Promise<RoutedRow[]> {
  const rows = await db
    .selectFrom('appraisal_reassignments as r')
    .innerJoin('employees as e', 'e.id', 'r.employee_id')
    .innerJoin('employees as o', 'o.id', 'r.original_rater_id')
    .leftJoin('appraisals as a', (j) =>
      j.onRef('a.employee_id', '=', 'e.id').onRef('a.period_id', '=', 'r.period_id'),
    )
    .select([
      'e.id',
      'e.name',
      'r.kind',
      'o.name as original_name',
      'a.id as appraisal_id',
      'a.status',
      'a.predikat',
    ])
    .where('r.status', '=', 'active')
    .where('r.period_id', '=', periodId)
    .where('e.agency_id', '=', viewer.agencyId)
    .where(appraisedBy(viewer.employeeId, periodId, on, 'r.employee_id'))
    .orderBy('e.name')
    .execute();
  return rows.map((r) => ({
    employeeId: r.id,
    name: r.name,
    kind: r.kind === 'request' ? 'request' : 'declaration',
    originalRater: r.original_name,
    appraisal:
      r.appraisal_id !== null
        ? {
            id: r.appraisal_id,
            status: r.status as AppraisalStatus,
            predikat: r.predikat && isPredikat(r.predikat) ? r.predikat : null,
          }
        : null,
  }));
}

/** The subordinate and open period the viewer, as pejabat penilai, may declare a conflict for; else null (→ 404). */
export async function declarationTarget(
  db: Database,
  viewer: Viewer,
  employeeId: number,
  periodId: number,
  on: string,
): Promise<{ employeeId: number; name: string; period: PeriodRef } | null> {
  if (employeeId === viewer.employeeId || !(await supervises(db, viewer.employeeId, employeeId, on)))
    return null;
  const [person, period] = await Promise.all([
    db.selectFrom('employees').select(['id', 'name']).where('id', '=', employeeId).executeTakeFirst(),
    loadPeriod(db, viewer.agencyId, periodId),
  ]);
  if (!person || !period?.open) return null;
  return { employeeId: person.id, name: person.name, period };
}
