import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import type { OrgPredikat } from '@/lib/domain/appraisal';
import { ActionError } from '@/lib/errors';

/**
 * Predikat Kinerja Organisasi for a unit and period, set by leadership over that unit (the leader above:
 * never for the viewer's own unit). An existing result is changed only from the version the user saw.
 */
export async function setOrgResult(
  db: Database,
  viewer: Viewer,
  input: { unitId: number; periodId: number; predikat: OrgPredikat; version?: number },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!hasRole(viewer, 'leadership') || input.unitId === viewer.unitId)
      throw new ActionError('errors.notFound');
    const unit = await trx
      .selectFrom('units as u')
      .leftJoin('units as scope', (j) => j.on('scope.id', '=', viewer.scopeUnitId))
      .select(['u.id', 'u.path', 'scope.path as scope_path'])
      .where('u.id', '=', input.unitId)
      .where('u.agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
    const inScope =
      unit && (viewer.scopeUnitId === null || (unit.scope_path && unit.path.startsWith(unit.scope_path)));
    if (!unit || !inScope) throw new ActionError('errors.notFound');
    const period = await trx
      .selectFrom('periods')
      .select(['id', 'status'])
      .where('id', '=', input.periodId)
      .where('agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
    if (!period) throw new ActionError('errors.notFound');
    if (period.status !== 'open') throw new ActionError('appraisal.errors.periodClosed');
    const existing = await trx
      .selectFrom('org_results')
      .selectAll()
      .where('unit_id', '=', input.unitId)
      .where('period_id', '=', input.periodId)
      .forUpdate()
      .executeTakeFirst();
    let version: number;
    if (existing) {
      if (input.version === undefined || existing.version !== input.version)
        throw new ActionError('errors.conflict');
      const row = await trx
        .updateTable('org_results')
        .set({
          predikat: input.predikat,
          set_by: viewer.employeeId,
          set_at: sql`now()`,
          version: sql`version + 1`,
        })
        .where('id', '=', existing.id)
        .returning('version')
        .executeTakeFirstOrThrow();
      version = row.version;
    } else {
      await trx
        .insertInto('org_results')
        .values({
          unit_id: input.unitId,
          period_id: input.periodId,
          predikat: input.predikat,
          set_by: viewer.employeeId,
        })
        .execute();
      version = 1;
    }
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'org_result.set',
      entity: 'unit',
      entityId: input.unitId,
      before: existing ? { periodId: input.periodId, predikat: existing.predikat } : null,
      after: { periodId: input.periodId, predikat: input.predikat },
    });
    return version;
  });
}
