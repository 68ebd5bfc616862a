import 'server-only';
import { type SqlBool, sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import type { JabatanKind } from '@/lib/domain/pangkat';
import { ActionError } from '@/lib/errors';

type Tx = Transaction<DB>;

function assertAdmin(viewer: Viewer) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
}

/** The agency's unit, locked for the change; another agency's is not found. */
async function lockUnit(trx: Tx, viewer: Viewer, unitId: number) {
  const unit = await trx
    .selectFrom('units')
    .select(['id', 'parent_id', 'kind', 'name', 'path', 'active'])
    .where('id', '=', unitId)
    .where('agency_id', '=', viewer.agencyId)
    .forUpdate()
    .executeTakeFirst();
  if (!unit) throw new ActionError('errors.notFound');
  return unit;
}

async function duplicateCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if ((error as { code?: string }).code === '23505')
      throw new ActionError('adminOrg.errors.codeTaken', 'code');
    throw error;
  }
}

export async function createUnit(
  db: Database,
  viewer: Viewer,
  input: { kind: 'opd' | 'bidang' | 'subbagian'; parentId?: number; code: string; name: string },
): Promise<number> {
  assertAdmin(viewer);
  return db.transaction().execute(async (trx) => {
    const parent = input.parentId === undefined ? null : await lockUnit(trx, viewer, input.parentId);
    if (parent && !parent.active) throw new ActionError('adminOrg.errors.parentClosed', 'parentId');
    const row = await duplicateCode(() =>
      trx
        .insertInto('units')
        .values({
          agency_id: viewer.agencyId,
          parent_id: parent?.id ?? null,
          kind: input.kind,
          code: input.code,
          name: input.name,
          path: '/',
        })
        .returning('id')
        .executeTakeFirstOrThrow(),
    );
    // The path holds the unit's own id, known only once inserted.
    await trx
      .updateTable('units')
      .set({ path: `${parent?.path ?? '/'}${row.id}/` })
      .where('id', '=', row.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'unit.create',
      entity: 'unit',
      entityId: row.id,
      after: input,
    });
    return row.id;
  });
}

export async function renameUnit(db: Database, viewer: Viewer, input: { unitId: number; name: string }) {
  assertAdmin(viewer);
  await db.transaction().execute(async (trx) => {
    const unit = await lockUnit(trx, viewer, input.unitId);
    await trx.updateTable('units').set({ name: input.name }).where('id', '=', unit.id).execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'unit.rename',
      entity: 'unit',
      entityId: unit.id,
      before: { name: unit.name },
      after: { name: input.name },
    });
  });
}

/**
 * Hangs a bidang or subbagian (with its subtree) under another unit. A unit cannot move under itself or
 * its own descendants (no cycles); every path in the subtree takes the new prefix in the same statement.
 * An OPD stays at the root (units_opd_is_root).
 */
export async function moveUnit(db: Database, viewer: Viewer, input: { unitId: number; parentId: number }) {
  assertAdmin(viewer);
  await db.transaction().execute(async (trx) => {
    const unit = await lockUnit(trx, viewer, input.unitId);
    const parent = await lockUnit(trx, viewer, input.parentId);
    if (unit.kind === 'opd') throw new ActionError('adminOrg.errors.opdIsRoot', 'parentId');
    if (parent.path.startsWith(unit.path)) throw new ActionError('adminOrg.errors.unitCycle', 'parentId');
    if (!parent.active) throw new ActionError('adminOrg.errors.parentClosed', 'parentId');
    const newPath = `${parent.path}${unit.id}/`;
    await trx.updateTable('units').set({ parent_id: parent.id }).where('id', '=', unit.id).execute();
    await trx
      .updateTable('units')
      .set({ path: sql<string>`${newPath} || substr(path, ${unit.path.length + 1})` })
      .where('agency_id', '=', viewer.agencyId)
      .where(sql<SqlBool>`path LIKE ${`${unit.path}%`}`)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'unit.move',
      entity: 'unit',
      entityId: unit.id,
      before: { parentId: unit.parent_id, path: unit.path },
      after: { parentId: parent.id, path: newPath },
    });
  });
}

/**
 * Closes a unit and the units under it. Refused while anyone active still works in that subtree: BKPSDM
 * moves them first, so nobody is left in a unit that no longer exists.
 */
export async function closeUnit(db: Database, viewer: Viewer, input: { unitId: number }) {
  assertAdmin(viewer);
  await db.transaction().execute(async (trx) => {
    const unit = await lockUnit(trx, viewer, input.unitId);
    if (!unit.active) throw new ActionError('adminOrg.errors.alreadyClosed');
    const people = await trx
      .selectFrom('employees as e')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('e.active', '=', true)
      .where(sql<SqlBool>`u.path LIKE ${`${unit.path}%`}`)
      .executeTakeFirstOrThrow();
    if (Number(people.n) > 0) throw new ActionError('adminOrg.errors.unitHasPeople');
    const closed = await trx
      .updateTable('units')
      .set({ active: false })
      .where('agency_id', '=', viewer.agencyId)
      .where('active', '=', true)
      .where(sql<SqlBool>`path LIKE ${`${unit.path}%`}`)
      .returning('id')
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'unit.close',
      entity: 'unit',
      entityId: unit.id,
      after: { closed: closed.map((c) => c.id) },
    });
  });
}

/** Creates or edits a position of an active unit; at most one position heads a unit. */
export async function savePosition(
  db: Database,
  viewer: Viewer,
  input: { unitId: number; positionId?: number; name: string; kind: JabatanKind; isUnitHead: 'yes' | 'no' },
): Promise<number> {
  assertAdmin(viewer);
  return db.transaction().execute(async (trx) => {
    const unit = await lockUnit(trx, viewer, input.unitId);
    if (!unit.active) throw new ActionError('adminOrg.errors.unitClosed');
    const values = { name: input.name, kind: input.kind, is_unit_head: input.isUnitHead === 'yes' };
    if (values.is_unit_head) {
      const head = await trx
        .selectFrom('positions')
        .select('id')
        .where('unit_id', '=', unit.id)
        .where('is_unit_head', '=', true)
        .where('id', '!=', input.positionId ?? 0)
        .executeTakeFirst();
      if (head) throw new ActionError('adminOrg.errors.unitHasHead', 'isUnitHead');
    }
    let id = input.positionId;
    let before: unknown;
    if (id === undefined) {
      id = (
        await trx
          .insertInto('positions')
          .values({ unit_id: unit.id, ...values })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } else {
      before = await trx
        .selectFrom('positions')
        .select(['name', 'kind', 'is_unit_head'])
        .where('id', '=', id)
        .where('unit_id', '=', unit.id)
        .forUpdate()
        .executeTakeFirst();
      if (!before) throw new ActionError('errors.notFound');
      await trx.updateTable('positions').set(values).where('id', '=', id).execute();
    }
    await audit(trx, {
      actorId: viewer.employeeId,
      action: input.positionId === undefined ? 'position.create' : 'position.update',
      entity: 'position',
      entityId: id,
      before,
      after: { unitId: unit.id, ...values },
    });
    return id;
  });
}
