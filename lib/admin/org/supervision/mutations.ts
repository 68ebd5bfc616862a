import 'server-only';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { employeeByNip, handOverDrafts, insertLine, type LineKind } from './lines';

/**
 * Adds a definitive, Plt or Plh line for one of the agency's active employees. No loops; at most one
 * definitive and one acting line per day (the database's exclusion constraints).
 */
export async function addSupervisionLine(
  db: Database,
  viewer: Viewer,
  input: {
    employeeId: number;
    supervisorNip: string;
    kind: LineKind;
    validFrom: string;
    validTo?: string | null;
    note?: string;
  },
  today: string,
): Promise<number> {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  return db.transaction().execute(async (trx) => {
    const e = await trx
      .selectFrom('employees')
      .select('id')
      .where('id', '=', input.employeeId)
      .where('agency_id', '=', viewer.agencyId)
      .where('active', '=', true)
      .forUpdate()
      .executeTakeFirst();
    if (!e) throw new ActionError('errors.notFound');
    const supervisorId = await employeeByNip(trx, viewer, input.supervisorNip, 'supervisorNip');
    const line = {
      employeeId: e.id,
      supervisorId,
      kind: input.kind,
      from: input.validFrom,
      to: input.validTo ?? null,
      note: input.note || null,
    };
    const id = await insertLine(trx, line, 'supervisorNip');
    await handOverDrafts(trx, viewer, e.id, today);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'supervision.create',
      entity: 'supervision',
      entityId: id,
      after: line,
    });
    return id;
  });
}

/** Ends a line on `validTo` (exclusive): after its start, and not later than it already ends. */
export async function endSupervisionLine(
  db: Database,
  viewer: Viewer,
  input: { lineId: number; validTo: string },
  today: string,
) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const line = await trx
      .selectFrom('supervisions as s')
      .innerJoin('employees as e', 'e.id', 's.employee_id')
      .select(['s.id', 's.employee_id', 's.valid_from', 's.valid_to'])
      .where('s.id', '=', input.lineId)
      .where('e.agency_id', '=', viewer.agencyId)
      .forUpdate('s')
      .executeTakeFirst();
    if (!line) throw new ActionError('errors.notFound');
    if (input.validTo <= line.valid_from || (line.valid_to !== null && input.validTo >= line.valid_to))
      throw new ActionError('adminOrg.errors.endOutsideLine', 'validTo');
    await trx
      .updateTable('supervisions')
      .set({ valid_to: input.validTo })
      .where('id', '=', line.id)
      .execute();
    await handOverDrafts(trx, viewer, line.employee_id, today);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'supervision.end',
      entity: 'supervision',
      entityId: line.id,
      before: { validTo: line.valid_to },
      after: { validTo: input.validTo },
    });
  });
}
