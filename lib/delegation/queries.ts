import 'server-only';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';

export type DelegationLimits = { maxDays: number; sameOpd: boolean };
export type DelegationRow = {
  id: number;
  supervisorId: number;
  supervisor: string;
  delegate: string;
  validFrom: string;
  validTo: string;
  lines: number;
};

const DEFAULT_LIMITS: DelegationLimits = { maxDays: 14, sameOpd: true };

/** The agency's limits (the defaults until BKPSDM sets them). */
export async function delegationLimits(db: Database, agencyId: number): Promise<DelegationLimits> {
  const row = await db
    .selectFrom('delegation_limits')
    .select(['max_days', 'same_opd'])
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return row ? { maxDays: row.max_days, sameOpd: row.same_opd } : DEFAULT_LIMITS;
}

/**
 * Delegations not yet over on `on`: the viewer's own (as supervisor or Plh), or the whole agency's for
 * an admin (`all`).
 */
export async function listDelegations(
  db: Database,
  viewer: Viewer,
  on: string,
  all = false,
): Promise<DelegationRow[]> {
  let q = db
    .selectFrom('delegations as d')
    .innerJoin('employees as s', 's.id', 'd.supervisor_id')
    .innerJoin('employees as p', 'p.id', 'd.delegate_id')
    .select([
      'd.id',
      'd.supervisor_id',
      's.name as supervisor',
      'p.name as delegate',
      'd.valid_from',
      'd.valid_to',
      (eb) =>
        eb
          .selectFrom('supervisions as l')
          .select((x) => x.fn.countAll<string>().as('n'))
          .whereRef('l.delegation_id', '=', 'd.id')
          .as('lines'),
    ])
    .where('s.agency_id', '=', viewer.agencyId)
    .where('d.valid_to', '>', on);
  if (!(all && canManageOrganisation(viewer)))
    q = q.where((w) =>
      w.or([w('d.supervisor_id', '=', viewer.employeeId), w('d.delegate_id', '=', viewer.employeeId)]),
    );
  const rows = await q.orderBy('d.valid_from').execute();
  return rows.map((r) => ({
    id: r.id,
    supervisorId: r.supervisor_id,
    supervisor: r.supervisor,
    delegate: r.delegate,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    lines: Number(r.lines ?? 0),
  }));
}
