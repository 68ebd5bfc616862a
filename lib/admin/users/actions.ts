'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { resetPassword, setDisabled, setRoles, unlockUser } from './mutations';
import { userAccessSchema, userRolesSchema, userTargetSchema } from './schema';

const page = (id: number) => `/admin/users/${id}`;

/** The one-time password goes back to this admin's form only: not logged, not in the audit row. */
export const resetPasswordAction = authedAction(userTargetSchema, async (viewer, input) => {
  const secret = await resetPassword(getDb(), viewer, input.employeeId);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: 'adminUsers.resetDone', secret };
});

export const unlockUserAction = authedAction(userTargetSchema, async (viewer, input) => {
  await unlockUser(getDb(), viewer, input.employeeId);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: 'adminUsers.unlocked' };
});

/** One action for both directions, so the form and its answer stay in place when the button flips. */
export const setAccessAction = authedAction(userAccessSchema, async (viewer, input) => {
  const disabled = input.disabled === '1';
  await setDisabled(getDb(), viewer, input.employeeId, disabled);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: disabled ? 'adminUsers.disabledDone' : 'adminUsers.enabledDone' };
});

export const setRolesAction = authedAction(userRolesSchema, async (viewer, input) => {
  await setRoles(getDb(), viewer, input);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: 'adminUsers.rolesSaved' };
});
