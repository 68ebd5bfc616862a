import 'server-only';
import { randomInt } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';
import type { UserRolesInput } from './schema';

// Without look-alikes (0/O, 1/l/I) so it can be read out over the phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password: 14 characters from 55, about 81 bits. */
export function temporaryPassword(): string {
  return Array.from({ length: 14 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** The target account in the admin's agency, locked for the change; anyone else's is not found. */
async function lockTarget(trx: Transaction<DB>, admin: Viewer, employeeId: number) {
  if (!canManageOrganisation(admin)) throw new ActionError('errors.notFound');
  const row = await trx
    .selectFrom('users as u')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .select(['e.nip', 'u.roles', 'u.scope_unit_id', 'u.disabled_at'])
    .where('u.employee_id', '=', employeeId)
    .where('e.agency_id', '=', admin.agencyId)
    .forUpdate('u')
    .executeTakeFirst();
  if (!row) throw new ActionError('errors.notFound');
  return row;
}

/**
 * Sets a temporary password, returned once to the admin and stored only as its hash (never in the audit
 * row). The person's sessions end, and at the next sign-in they must choose their own before anything else.
 */
export async function resetPassword(db: Database, admin: Viewer, employeeId: number): Promise<string> {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await lockTarget(trx, admin, employeeId);
    await trx
      .updateTable('users')
      .set({
        password_hash: hash,
        must_change_password: true,
        session_version: sql`session_version + 1`,
      })
      .where('employee_id', '=', employeeId)
      .execute();
    await audit(trx, {
      actorId: admin.employeeId,
      action: 'user.password_reset',
      entity: 'user',
      entityId: employeeId,
    });
  });
  return password;
}

/** Lifts a login-throttle lock on the NIP: failures before the unlock no longer count. */
export async function unlockUser(db: Database, admin: Viewer, employeeId: number) {
  await db.transaction().execute(async (trx) => {
    const target = await lockTarget(trx, admin, employeeId);
    await trx.insertInto('login_attempts').values({ nip: target.nip, ip: '-', outcome: 'unlock' }).execute();
    await audit(trx, {
      actorId: admin.employeeId,
      action: 'user.unlock',
      entity: 'user',
      entityId: employeeId,
    });
  });
}

/** Disables (ending every session at its next request) or re-enables an account; never one's own. */
export async function setDisabled(db: Database, admin: Viewer, employeeId: number, disabled: boolean) {
  if (!canManageOrganisation(admin)) throw new ActionError('errors.notFound');
  if (employeeId === admin.employeeId) throw new ActionError('adminUsers.errors.notSelf');
  await db.transaction().execute(async (trx) => {
    const target = await lockTarget(trx, admin, employeeId);
    await trx
      .updateTable('users')
      .set({ disabled_at: disabled ? sql`now()` : null, session_version: sql`session_version + 1` })
      .where('employee_id', '=', employeeId)
      .execute();
    await audit(trx, {
      actorId: admin.employeeId,
      action: disabled ? 'user.disable' : 'user.enable',
      entity: 'user',
      entityId: employeeId,
      before: { disabled: target.disabled_at !== null },
      after: { disabled },
    });
  });
}

/** Sets the admin and leadership roles (leadership over a unit, or the whole agency when none is chosen). */
export async function setRoles(db: Database, admin: Viewer, input: UserRolesInput) {
  const roles = [input.admin && 'admin', input.leadership && 'leadership'].filter((r): r is string => !!r);
  if (!canManageOrganisation(admin)) throw new ActionError('errors.notFound');
  if (input.employeeId === admin.employeeId && !roles.includes('admin'))
    throw new ActionError('adminUsers.errors.notSelf');
  const scope = input.leadership ? (input.scopeUnitId ?? null) : null;
  await db.transaction().execute(async (trx) => {
    const target = await lockTarget(trx, admin, input.employeeId);
    if (scope !== null) {
      const unit = await trx
        .selectFrom('units')
        .select('id')
        .where('id', '=', scope)
        .where('agency_id', '=', admin.agencyId)
        .executeTakeFirst();
      if (!unit) throw new ActionError('validation.invalid', 'scopeUnitId');
    }
    // Other roles the column may hold (none today) are kept as they are.
    const kept = target.roles.filter((r) => r !== 'admin' && r !== 'leadership');
    await trx
      .updateTable('users')
      .set({ roles: [...kept, ...roles], scope_unit_id: scope })
      .where('employee_id', '=', input.employeeId)
      .execute();
    await audit(trx, {
      actorId: admin.employeeId,
      action: 'user.roles',
      entity: 'user',
      entityId: input.employeeId,
      before: { roles: target.roles, scopeUnitId: target.scope_unit_id },
      after: { roles: [...kept, ...roles], scopeUnitId: scope },
    });
  });
}
