import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { mayPlanCareer } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import { ActionError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { PlanItem } from './types';

export async function addPlanItem(
  db: Database,
  viewer: Viewer,
  input: { employeeId: number; value: BerakhlakValue | null; text: string; targetDate: string },
  on: string,
): Promise<number> {
  if (!(await mayPlanCareer(db, viewer, input.employeeId, on))) throw new ActionError('errors.notFound');
  if (input.targetDate < on) throw new ActionError('appraisal.plan.pastDate', 'targetDate');
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('development_plan_items')
      .values({
        employee_id: input.employeeId,
        year: Number(on.slice(0, 4)),
        value_code: input.value,
        text: input.text,
        target_date: input.targetDate,
        created_by: viewer.employeeId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'plan.add',
      entity: 'development_plan_item',
      entityId: id,
      after: { employeeId: input.employeeId, value: input.value, targetDate: input.targetDate },
    });
    if (input.employeeId !== viewer.employeeId)
      await notify(trx, [input.employeeId], 'plan.item_added', `/employees/${input.employeeId}`, {
        name: viewer.name,
      });
    return id;
  });
}

export async function setPlanItemStatus(
  db: Database,
  viewer: Viewer,
  input: { itemId: number; version: number; status: PlanItem['status'] },
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const item = await trx
      .selectFrom('development_plan_items')
      .selectAll()
      .where('id', '=', input.itemId)
      .forUpdate()
      .executeTakeFirst();
    if (!item) throw new ActionError('errors.notFound');
    if (!(await mayPlanCareer(trx, viewer, item.employee_id, on))) throw new ActionError('errors.notFound');
    if (item.version !== input.version) throw new ActionError('errors.conflict');
    await trx
      .updateTable('development_plan_items')
      .set({ status: input.status, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', item.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'plan.status',
      entity: 'development_plan_item',
      entityId: item.id,
      before: { status: item.status },
      after: { status: input.status },
    });
  });
}
