import 'server-only';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';

const QUARTERS = [
  ['01-01', '03-31'],
  ['04-01', '06-30'],
  ['07-01', '09-30'],
  ['10-01', '12-31'],
] as const;

/** Opens a new year: the annual period and its four quarters, all open. */
export async function openYear(db: Database, admin: Viewer, year: number) {
  if (!canManageOrganisation(admin)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const base = { agency_id: admin.agencyId, year, status: 'open' };
    const rows = await trx
      .insertInto('periods')
      .values([
        { ...base, kind: 'annual', seq: 0, starts_on: `${year}-01-01`, ends_on: `${year}-12-31` },
        ...QUARTERS.map(([from, to], i) => ({
          ...base,
          kind: 'quarterly',
          seq: i + 1,
          starts_on: `${year}-${from}`,
          ends_on: `${year}-${to}`,
        })),
      ])
      .onConflict((oc) => oc.constraint('periods_unique').doNothing())
      .returning('id')
      .execute();
    if (rows.length === 0) throw new ActionError('adminPeriods.yearExists', 'year');
    await audit(trx, {
      actorId: admin.employeeId,
      action: 'period.open_year',
      entity: 'agency',
      entityId: admin.agencyId,
      after: { year },
    });
  });
}

/**
 * Closes (`open` false) or re-opens a period. Closed, every write dated in it or made for it is refused
 * (lib/calendar/periods.ts and each feature's check); re-opening records the admin's reason.
 */
export async function setPeriodStatus(
  db: Database,
  admin: Viewer,
  input: { periodId: number; open: boolean; reason?: string },
) {
  if (!canManageOrganisation(admin)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const period = await trx
      .selectFrom('periods')
      .select(['status'])
      .where('id', '=', input.periodId)
      .where('agency_id', '=', admin.agencyId)
      .forUpdate()
      .executeTakeFirst();
    if (!period) throw new ActionError('errors.notFound');
    const status = input.open ? 'open' : 'closed';
    if (period.status === status)
      throw new ActionError(input.open ? 'adminPeriods.alreadyOpen' : 'adminPeriods.alreadyClosed');
    await trx.updateTable('periods').set({ status }).where('id', '=', input.periodId).execute();
    await audit(trx, {
      actorId: admin.employeeId,
      action: input.open ? 'period.reopen' : 'period.close',
      entity: 'period',
      entityId: input.periodId,
      before: { status: period.status },
      after: input.open ? { status, reason: input.reason } : { status },
    });
  });
}
