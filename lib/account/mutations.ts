import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { audit } from '@/lib/audit';
import { DEMO_PASSWORD, hashPassword, verifyPassword } from '@/lib/auth/password';
import type { Viewer } from '@/lib/auth/viewer';
import { ActionError } from '@/lib/errors';

/** Changes the viewer's own password; every other session of theirs ends (session version bumped). */
export async function changePassword(
  db: Database,
  viewer: Viewer,
  input: { currentPassword: string; newPassword: string },
): Promise<{ sessionVersion: number }> {
  const user = await db
    .selectFrom('users')
    .innerJoin('employees', 'employees.id', 'users.employee_id')
    .select(['users.password_hash', 'employees.nip', 'employees.name'])
    .where('users.employee_id', '=', viewer.employeeId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new ActionError('validation.currentPasswordWrong', 'currentPassword');
  }
  const lowered = input.newPassword.toLowerCase();
  const nameParts = user.name
    .toLowerCase()
    .split(/[\s,.]+/)
    .filter((p) => p.length >= 4);
  if (
    lowered.includes(user.nip) ||
    lowered === DEMO_PASSWORD ||
    nameParts.some((part) => lowered.includes(part))
  ) {
    throw new ActionError('validation.passwordGuessable', 'newPassword');
  }
  const hash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('users')
      .set({
        password_hash: hash,
        password_changed_at: sql`now()`,
        must_change_password: false,
        session_version: sql`session_version + 1`,
      })
      .where('employee_id', '=', viewer.employeeId)
      .returning('session_version')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'password.change',
      entity: 'user',
      entityId: viewer.employeeId,
    });
    return { sessionVersion: row.session_version };
  });
}

/** Ends every session of the user (logout everywhere; also used when an admin disables someone). */
export async function revokeSessions(db: Database, actorId: number, employeeId: number, action: string) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ session_version: sql`session_version + 1` })
      .where('employee_id', '=', employeeId)
      .execute();
    await audit(trx, { actorId, action, entity: 'user', entityId: employeeId });
  });
}
