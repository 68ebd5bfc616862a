import 'server-only';
import { type SqlBool, sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { insertLine } from '@/lib/admin/org/supervision/lines';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import { subordinateLines } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import { delegationLimits } from './queries';

type Tx = Transaction<DB>;

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** The Plh by NIP: active, of the agency, not the supervisor, within the OPD when the limits say so. */
async function loadDelegate(trx: Tx, viewer: Viewer, nip: string, sameOpd: boolean): Promise<number> {
  const row = await trx
    .selectFrom('employees as d')
    .innerJoin('units as du', 'du.id', 'd.unit_id')
    .innerJoin('employees as s', (j) => j.on('s.id', '=', viewer.employeeId))
    .innerJoin('units as su', 'su.id', 's.unit_id')
    .select([
      'd.id',
      // The OPD is the root of a unit's path ("/12/57/" → "/12/").
      sql<boolean>`substring(du.path from '^/[0-9]+/') = substring(su.path from '^/[0-9]+/')`.as('same_opd'),
    ])
    .where('d.nip', '=', nip)
    .where('d.agency_id', '=', viewer.agencyId)
    .where('d.active', '=', true)
    .executeTakeFirst();
  if (!row) throw new ActionError('adminOrg.errors.unknownNip', 'delegateNip');
  if (row.id === viewer.employeeId) throw new ActionError('adminOrg.delegation.errors.self', 'delegateNip');
  if (sameOpd && !row.same_opd) throw new ActionError('adminOrg.delegation.errors.otherOpd', 'delegateNip');
  return row.id;
}

/**
 * A supervisor going on leave names a Plh for [validFrom, validTo), within BKPSDM's limits. Each active
 * person the supervisor is the definitive pejabat penilai of on the first day gets a Plh line to the
 * delegate for the span, so the delegate validates their reports and SKPs then and only then
 * (lib/auth/supervision.ts: an acting line wins while valid). People who already have an acting line in
 * the span keep it, and the Plh is not made their own supervisor.
 */
export async function delegate(
  db: Database,
  viewer: Viewer,
  input: { delegateNip: string; validFrom: string; validTo: string },
  today: string,
): Promise<number> {
  if (input.validFrom < today) throw new ActionError('adminOrg.delegation.errors.past', 'validFrom');
  return db.transaction().execute(async (trx) => {
    const limits = await delegationLimits(trx, viewer.agencyId);
    if (daysBetween(input.validFrom, input.validTo) > limits.maxDays)
      throw new ActionError('adminOrg.delegation.errors.tooLong', 'validTo');
    const delegateId = await loadDelegate(trx, viewer, input.delegateNip, limits.sameOpd);
    const overlapping = await trx
      .selectFrom('delegations')
      .select('id')
      .where('supervisor_id', '=', viewer.employeeId)
      .where(
        sql<SqlBool>`daterange(valid_from, valid_to) && daterange(${input.validFrom}::date, ${input.validTo}::date)`,
      )
      .executeTakeFirst();
    if (overlapping) throw new ActionError('adminOrg.delegation.errors.overlap', 'validFrom');
    const staff = await subordinateLines(trx, viewer.employeeId, input.validFrom)
      .innerJoin('employees as e', 'e.id', 's.employee_id')
      .select('s.employee_id')
      .where('s.kind', '=', 'definitive')
      .where('e.active', '=', true)
      .where('s.employee_id', '!=', delegateId)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('supervisions as a')
              .select('a.id')
              .whereRef('a.employee_id', '=', 's.employee_id')
              .where('a.kind', '!=', 'definitive')
              .where(
                sql<SqlBool>`daterange(a.valid_from, a.valid_to) && daterange(${input.validFrom}::date, ${input.validTo}::date)`,
              ),
          ),
        ),
      )
      .orderBy('s.employee_id')
      .execute();
    if (staff.length === 0) throw new ActionError('adminOrg.delegation.errors.nobody');
    const row = await trx
      .insertInto('delegations')
      .values({
        supervisor_id: viewer.employeeId,
        delegate_id: delegateId,
        valid_from: input.validFrom,
        valid_to: input.validTo,
      })
      .onConflict((oc) => oc.constraint('delegations_one_at_a_time').doNothing())
      .returning('id')
      .executeTakeFirst()
      .catch((error) => {
        if ((error as { code?: string }).code === '23P01') return undefined;
        throw error;
      });
    if (!row) throw new ActionError('adminOrg.delegation.errors.overlap', 'validFrom');
    for (const s of staff) {
      const line = {
        employeeId: s.employee_id,
        supervisorId: delegateId,
        kind: 'plh' as const,
        from: input.validFrom,
        to: input.validTo,
        note: null,
      };
      const id = await insertLine(trx, line, 'delegateNip');
      await trx.updateTable('supervisions').set({ delegation_id: row.id }).where('id', '=', id).execute();
    }
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'delegation.create',
      entity: 'delegation',
      entityId: row.id,
      after: { ...input, delegateId, staff: staff.map((s) => s.employee_id) },
    });
    return row.id;
  });
}

/** The supervisor (or an admin) ends a delegation early: from today, or removes it if not yet begun. */
export async function cancelDelegation(
  db: Database,
  viewer: Viewer,
  input: { delegationId: number },
  today: string,
) {
  await db.transaction().execute(async (trx) => {
    const d = await trx
      .selectFrom('delegations as d')
      .innerJoin('employees as s', 's.id', 'd.supervisor_id')
      .select(['d.id', 'd.supervisor_id', 'd.valid_from', 'd.valid_to'])
      .where('d.id', '=', input.delegationId)
      .where('s.agency_id', '=', viewer.agencyId)
      .forUpdate('d')
      .executeTakeFirst();
    if (!d || (d.supervisor_id !== viewer.employeeId && !canManageOrganisation(viewer)))
      throw new ActionError('errors.notFound');
    if (d.valid_to <= today) throw new ActionError('adminOrg.delegation.errors.over');
    if (d.valid_from >= today) await trx.deleteFrom('delegations').where('id', '=', d.id).execute();
    else {
      await trx.updateTable('delegations').set({ valid_to: today }).where('id', '=', d.id).execute();
      await trx
        .updateTable('supervisions')
        .set({ valid_to: today })
        .where('delegation_id', '=', d.id)
        .execute();
    }
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'delegation.cancel',
      entity: 'delegation',
      entityId: d.id,
      before: { validFrom: d.valid_from, validTo: d.valid_to },
      after: { validTo: d.valid_from >= today ? null : today },
    });
  });
}

/** BKPSDM sets the agency's limits for delegations named from now on. */
export async function setDelegationLimits(
  db: Database,
  viewer: Viewer,
  input: { maxDays: number; sameOpd: 'yes' | 'no' },
) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const values = { max_days: input.maxDays, same_opd: input.sameOpd === 'yes' };
    await trx
      .insertInto('delegation_limits')
      .values({ agency_id: viewer.agencyId, ...values })
      .onConflict((oc) => oc.column('agency_id').doUpdateSet(values))
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'delegation.limits',
      entity: 'agency',
      entityId: viewer.agencyId,
      after: values,
    });
  });
}
