import 'server-only';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { refreshRollupsOnDate } from '@/lib/reports/rollups';

export async function addHoliday(
  db: Database,
  viewer: Viewer,
  input: { date: string; name: string; kind: string },
) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('holidays')
      .values({ agency_id: viewer.agencyId, ...input })
      .onConflict((oc) => oc.columns(['agency_id', 'date']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw new ActionError('holidays.exists', 'date');
    await refreshRollupsOnDate(trx, viewer.agencyId, input.date);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'holiday.create',
      entity: 'holiday',
      entityId: row.id,
      after: input,
    });
  });
}

export async function deleteHoliday(db: Database, viewer: Viewer, holidayId: number) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .deleteFrom('holidays')
      .where('id', '=', holidayId)
      .where('agency_id', '=', viewer.agencyId)
      .returning(['date', 'name', 'kind'])
      .executeTakeFirst();
    if (!row) throw new ActionError('errors.notFound');
    await refreshRollupsOnDate(trx, viewer.agencyId, row.date);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'holiday.delete',
      entity: 'holiday',
      entityId: holidayId,
      before: row,
    });
  });
}
