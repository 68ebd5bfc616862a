import 'server-only';
import { type Insertable, sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { AppraisalReassignments, DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { atasanPejabatPenilaiOf, isAtasanOf, pejabatPenilaiOf, supervises } from '@/lib/auth/supervision';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { loadPeriod } from '@/lib/calendar/periods';
import { ActionError } from '@/lib/errors';
import type { ConflictReason } from './types';

type Tx = Transaction<DB>;

/** The period must be the agency's and open; the appraisal, if started, not yet delivered. */
async function assertRoutable(trx: Tx, viewer: Viewer, employeeId: number, periodId: number) {
  const period = await loadPeriod(trx, viewer.agencyId, periodId);
  if (!period) throw new ActionError('errors.notFound');
  if (!period.open) throw new ActionError('appraisal.errors.periodClosed');
  const a = await trx
    .selectFrom('appraisals')
    .select(['id', 'status'])
    .where('employee_id', '=', employeeId)
    .where('period_id', '=', periodId)
    .forUpdate()
    .executeTakeFirst();
  if (a && a.status !== 'draft') throw new ActionError('conflict.errors.delivered');
}

/** A draft already started follows the new rater, so the list of who appraised it stays true. */
async function moveDraft(trx: Tx, employeeId: number, periodId: number, raterId: number | null) {
  if (raterId === null) return;
  await trx
    .updateTable('appraisals')
    .set({ evaluator_id: raterId, version: sql`version + 1`, updated_at: sql`now()` })
    .where('employee_id', '=', employeeId)
    .where('period_id', '=', periodId)
    .where('status', '=', 'draft')
    .execute();
}

/** Inserts the one open reassignment of (employee, period); a second one (even a racing one) is refused. */
async function insertOpen(trx: Tx, values: Insertable<AppraisalReassignments>) {
  const row = await trx
    .insertInto('appraisal_reassignments')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['employee_id', 'period_id']).where('status', 'in', ['pending', 'active']).doNothing(),
    )
    .returning('id')
    .executeTakeFirst();
  if (!row) throw new ActionError('conflict.errors.alreadyOpen');
  return row.id;
}

/**
 * The pejabat penilai declares a conflict of interest for a subordinate and a period. From then on the
 * atasan pejabat penilai appraises (or, at the top of the tree, whom BKPSDM designates); the declarer no
 * longer sees or edits the draft.
 */
export async function declareConflict(
  db: Database,
  viewer: Viewer,
  input: { employeeId: number; periodId: number; reasonKind: ConflictReason; reason: string | null },
  on: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (
      input.employeeId === viewer.employeeId ||
      !(await supervises(trx, viewer.employeeId, input.employeeId, on))
    )
      throw new ActionError('errors.notFound');
    await assertRoutable(trx, viewer, input.employeeId, input.periodId);
    const rater = await atasanPejabatPenilaiOf(trx, input.employeeId, on);
    const reason = input.reason?.trim() || null;
    if (input.reasonKind === 'other' && (reason ?? '').length < 10)
      throw new ActionError('conflict.validation.reasonRequired', 'reason');
    const id = await insertOpen(trx, {
      employee_id: input.employeeId,
      period_id: input.periodId,
      kind: 'declaration',
      reason_kind: input.reasonKind,
      reason,
      original_rater_id: viewer.employeeId,
      rater_id: rater,
      status: 'active',
      requested_by: viewer.employeeId,
      requested_on: on,
    });
    await moveDraft(trx, input.employeeId, input.periodId, rater);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'appraisal.conflict.declare',
      entity: 'appraisal_reassignment',
      entityId: id,
      after: {
        employeeId: input.employeeId,
        periodId: input.periodId,
        reasonKind: input.reasonKind,
        raterId: rater,
      },
    });
    return id;
  });
}

/** The employee asks for a different rater for a period, with a reason; the atasan pejabat penilai decides. */
export async function requestOtherRater(
  db: Database,
  viewer: Viewer,
  input: { periodId: number; reason: string },
  on: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const rater = await pejabatPenilaiOf(trx, viewer.employeeId, on);
    if (rater === null) throw new ActionError('errors.notFound');
    if ((await atasanPejabatPenilaiOf(trx, viewer.employeeId, on)) === null)
      throw new ActionError('conflict.errors.noAtasan');
    await assertRoutable(trx, viewer, viewer.employeeId, input.periodId);
    const id = await insertOpen(trx, {
      employee_id: viewer.employeeId,
      period_id: input.periodId,
      kind: 'request',
      reason: input.reason.trim(),
      original_rater_id: rater,
      status: 'pending',
      requested_by: viewer.employeeId,
      requested_on: on,
    });
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'appraisal.conflict.request',
      entity: 'appraisal_reassignment',
      entityId: id,
      after: { periodId: input.periodId, originalRaterId: rater },
    });
    return id;
  });
}

/** The atasan pejabat penilai accepts (and then appraises) or refuses an employee's request, with a note. */
export async function decideRaterRequest(
  db: Database,
  viewer: Viewer,
  input: { requestId: number; decision: 'accept' | 'refuse'; note: string },
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const r = await trx
      .selectFrom('appraisal_reassignments as r')
      .innerJoin('employees as e', 'e.id', 'r.employee_id')
      .selectAll('r')
      .where('r.id', '=', input.requestId)
      .where('r.kind', '=', 'request')
      .where('e.agency_id', '=', viewer.agencyId)
      .forUpdate('r')
      .executeTakeFirst();
    if (!r || !(await isAtasanOf(trx, viewer.employeeId, r.employee_id, on)))
      throw new ActionError('errors.notFound');
    if (r.status !== 'pending') throw new ActionError('conflict.errors.decided');
    if (input.decision === 'accept') await assertRoutable(trx, viewer, r.employee_id, r.period_id);
    const accept = input.decision === 'accept';
    await trx
      .updateTable('appraisal_reassignments')
      .set({
        status: accept ? 'active' : 'refused',
        rater_id: accept ? viewer.employeeId : null,
        decided_by: viewer.employeeId,
        decision_note: input.note.trim(),
        decided_on: on,
      })
      .where('id', '=', r.id)
      .execute();
    if (accept) await moveDraft(trx, r.employee_id, r.period_id, viewer.employeeId);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: `appraisal.conflict.${input.decision}`,
      entity: 'appraisal_reassignment',
      entityId: r.id,
      before: { status: r.status },
      after: { status: accept ? 'active' : 'refused', note: input.note.trim() },
    });
  });
}

/** BKPSDM (admin) designates the rater of a routed appraisal, by NIP: anyone active in the agency but the
 * employee and the original rater. */
export async function designateRater(
  db: Database,
  viewer: Viewer,
  input: { reassignmentId: number; nip: string },
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    if (!hasRole(viewer, 'admin')) throw new ActionError('errors.notFound');
    const r = await trx
      .selectFrom('appraisal_reassignments as r')
      .innerJoin('employees as e', 'e.id', 'r.employee_id')
      .selectAll('r')
      .where('r.id', '=', input.reassignmentId)
      .where('e.agency_id', '=', viewer.agencyId)
      .forUpdate('r')
      .executeTakeFirst();
    if (!r) throw new ActionError('errors.notFound');
    if (r.status !== 'active') throw new ActionError('conflict.errors.notActive');
    const rater = await trx
      .selectFrom('employees')
      .select('id')
      .where('nip', '=', input.nip)
      .where('agency_id', '=', viewer.agencyId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!rater || rater.id === r.employee_id || rater.id === r.original_rater_id)
      throw new ActionError('conflict.validation.invalidRater', 'nip');
    await assertRoutable(trx, viewer, r.employee_id, r.period_id);
    await trx
      .updateTable('appraisal_reassignments')
      .set({ rater_id: rater.id, designated_by: viewer.employeeId, designated_on: on })
      .where('id', '=', r.id)
      .execute();
    await moveDraft(trx, r.employee_id, r.period_id, rater.id);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'appraisal.conflict.designate',
      entity: 'appraisal_reassignment',
      entityId: r.id,
      before: { raterId: r.rater_id },
      after: { raterId: rater.id },
    });
  });
}
