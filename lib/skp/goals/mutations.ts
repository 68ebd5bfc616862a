import 'server-only';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { opdsInScope } from './queries';

export async function addUnitGoal(db: Database, viewer: Viewer, unitId: number, text: string, year: number) {
  if (!canSeeAgencyOverview(viewer)) throw new ActionError('errors.notFound');
  const unit = await opdsInScope(db, viewer).where('u.id', '=', unitId).executeTakeFirst();
  if (!unit) throw new ActionError('validation.invalid', 'unitId');
  await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('unit_goals')
      .values({ unit_id: unitId, year, text, created_by: viewer.employeeId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'unit_goal.create',
      entity: 'unit_goal',
      entityId: id,
      after: { unitId, year, text },
    });
  });
}

export async function deleteUnitGoal(db: Database, viewer: Viewer, goalId: number) {
  if (!canSeeAgencyOverview(viewer)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const goal = await trx
      .selectFrom('unit_goals')
      .selectAll()
      .where('id', '=', goalId)
      .forUpdate()
      .executeTakeFirst();
    const unit = goal
      ? await opdsInScope(db, viewer).where('u.id', '=', goal.unit_id).executeTakeFirst()
      : undefined;
    if (!goal || !unit) throw new ActionError('errors.notFound');
    const used = await trx
      .selectFrom('skp_rhks')
      .select('id')
      .where('unit_goal_id', '=', goalId)
      .executeTakeFirst();
    if (used) throw new ActionError('skp.goals.inUse');
    await trx.deleteFrom('unit_goals').where('id', '=', goalId).execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'unit_goal.delete',
      entity: 'unit_goal',
      entityId: goalId,
      before: goal,
    });
  });
}
