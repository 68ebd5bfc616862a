import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import type { Viewer } from '@/lib/auth/viewer';
import { loadPeriod } from '@/lib/calendar/periods';
import { predikatFor } from '@/lib/domain/appraisal';
import type { Rating } from '@/lib/domain/ratings';
import { ActionError } from '@/lib/errors';
import { calibrationUnit } from './queries';

type Tx = Transaction<DB>;

/** Leadership opens a calibration of a unit (and the units below it) for an open period. */
export async function openCalibration(
  db: Database,
  viewer: Viewer,
  input: { unitId: number; periodId: number },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await calibrationUnit(trx, viewer, input.unitId))) throw new ActionError('errors.notFound');
    const period = await loadPeriod(trx, viewer.agencyId, input.periodId);
    if (!period) throw new ActionError('errors.notFound');
    if (!period.open) throw new ActionError('appraisal.errors.periodClosed');
    const row = await trx
      .insertInto('calibrations')
      .values({ unit_id: input.unitId, period_id: input.periodId, opened_by: viewer.employeeId })
      .onConflict((oc) => oc.columns(['unit_id', 'period_id']).where('status', '=', 'open').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new ActionError('calibration.errors.alreadyOpen');
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'calibration.open',
      entity: 'calibration',
      entityId: row.id,
      after: { unitId: input.unitId, periodId: input.periodId },
    });
    return row.id;
  });
}

/** Locks a calibration the viewer leads (else "not found"); it must still be open, in an open period. */
async function lockOpen(trx: Tx, viewer: Viewer, calibrationId: number) {
  const c = await trx
    .selectFrom('calibrations as c')
    .innerJoin('units as u', 'u.id', 'c.unit_id')
    .innerJoin('periods as p', 'p.id', 'c.period_id')
    .selectAll('c')
    .select(['u.path', 'p.status as period_status'])
    .where('c.id', '=', calibrationId)
    .where('u.agency_id', '=', viewer.agencyId)
    .forUpdate('c')
    .executeTakeFirst();
  if (!c || !(await calibrationUnit(trx, viewer, c.unit_id))) throw new ActionError('errors.notFound');
  if (c.status !== 'open') throw new ActionError('calibration.errors.closed');
  if (c.period_status !== 'open') throw new ActionError('appraisal.errors.periodClosed');
  return c;
}

/**
 * Changes one proposed predikat in the calibration: new ratings (the predikat follows the official matrix)
 * and a written justification, logged as a calibration step and audited. Only a rated draft of someone in
 * the unit's subtree, for the calibration's period, and never the viewer's own.
 */
export async function adjustPredikat(
  db: Database,
  viewer: Viewer,
  input: {
    calibrationId: number;
    appraisalId: number;
    version: number;
    ratingHasil: Rating;
    ratingPerilaku: Rating;
    justification: string;
  },
) {
  return db.transaction().execute(async (trx) => {
    const c = await lockOpen(trx, viewer, input.calibrationId);
    const a = await trx
      .selectFrom('appraisals as a')
      .innerJoin('employees as e', 'e.id', 'a.employee_id')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .selectAll('a')
      .where('a.id', '=', input.appraisalId)
      .where('a.period_id', '=', c.period_id)
      .where('u.path', 'like', `${c.path}%`)
      .where('a.employee_id', '<>', viewer.employeeId)
      .forUpdate('a')
      .executeTakeFirst();
    if (!a) throw new ActionError('errors.notFound');
    if (a.status !== 'draft' || !a.rating_hasil || !a.rating_perilaku || !a.predikat)
      throw new ActionError('calibration.errors.notProposed');
    if (a.version !== input.version) throw new ActionError('errors.conflict');
    const justification = input.justification.trim();
    if (justification.length < 20)
      throw new ActionError('calibration.validation.justificationRequired', 'justification');
    if (a.rating_hasil === input.ratingHasil && a.rating_perilaku === input.ratingPerilaku)
      throw new ActionError('calibration.errors.unchanged', 'ratingHasil');
    const to = {
      hasil: input.ratingHasil,
      perilaku: input.ratingPerilaku,
      predikat: predikatFor(input.ratingHasil, input.ratingPerilaku),
    };
    const from = { hasil: a.rating_hasil, perilaku: a.rating_perilaku, predikat: a.predikat };
    await trx
      .insertInto('calibration_adjustments')
      .values({
        calibration_id: c.id,
        appraisal_id: a.id,
        from_hasil: from.hasil,
        from_perilaku: from.perilaku,
        from_predikat: from.predikat,
        to_hasil: to.hasil,
        to_perilaku: to.perilaku,
        to_predikat: to.predikat,
        justification,
        adjusted_by: viewer.employeeId,
      })
      .execute();
    await trx
      .updateTable('appraisals')
      .set({
        rating_hasil: to.hasil,
        rating_perilaku: to.perilaku,
        predikat: to.predikat,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where('id', '=', a.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'calibration.adjust',
      entity: 'appraisal',
      entityId: a.id,
      before: from,
      after: { ...to, calibrationId: c.id, justification },
    });
  });
}

/** Closes the calibration; only then may the unit's results for the period be delivered. */
export async function closeCalibration(
  db: Database,
  viewer: Viewer,
  input: { calibrationId: number; version: number },
) {
  return db.transaction().execute(async (trx) => {
    const c = await lockOpen(trx, viewer, input.calibrationId);
    if (c.version !== input.version) throw new ActionError('errors.conflict');
    await trx
      .updateTable('calibrations')
      .set({
        status: 'closed',
        closed_by: viewer.employeeId,
        closed_at: sql`now()`,
        version: sql`version + 1`,
      })
      .where('id', '=', c.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'calibration.close',
      entity: 'calibration',
      entityId: c.id,
      before: { status: 'open' },
      after: { status: 'closed' },
    });
  });
}
