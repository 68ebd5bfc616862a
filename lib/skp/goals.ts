import 'server-only';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';

/** OPDs whose Perjanjian Kinerja the viewer maintains: all for admins and agency-wide leadership, else theirs. */
function opdsInScope(db: Database, viewer: Viewer) {
  let q = db
    .selectFrom('units as u')
    .select(['u.id', 'u.name', 'u.path'])
    .where('u.agency_id', '=', viewer.agencyId)
    .where('u.parent_id', 'is', null)
    .where('u.active', '=', true);
  const agencyWide = viewer.roles.includes('admin') || viewer.scopeUnitId === null;
  if (!agencyWide) q = q.where('u.id', '=', viewer.scopeUnitId as number);
  return q.orderBy('u.sort_order');
}

export type UnitGoals = {
  unitId: number;
  unitName: string;
  goals: { id: number; text: string; used: boolean }[];
};

export async function listUnitGoals(db: Database, viewer: Viewer, year: number): Promise<UnitGoals[] | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const units = await opdsInScope(db, viewer).execute();
  if (units.length === 0) return [];
  const goals = await db
    .selectFrom('unit_goals as g')
    .select((eb) => [
      'g.id',
      'g.unit_id',
      'g.text',
      eb
        .exists(eb.selectFrom('skp_rhks as r').select('r.id').whereRef('r.unit_goal_id', '=', 'g.id'))
        .as('used'),
    ])
    .where(
      'g.unit_id',
      'in',
      units.map((u) => u.id),
    )
    .where('g.year', '=', year)
    .orderBy('g.id')
    .execute();
  return units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    goals: goals
      .filter((g) => g.unit_id === u.id)
      .map((g) => ({ id: g.id, text: g.text, used: Boolean(g.used) })),
  }));
}

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
