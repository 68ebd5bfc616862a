'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { resetPassword, setDisabled, setRoles, unlockUser } from './mutations';
import { userRolesSchema, userTargetSchema } from './schema';

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

export const disableUserAction = authedAction(userTargetSchema, async (viewer, input) => {
  await setDisabled(getDb(), viewer, input.employeeId, true);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: 'adminUsers.disabledDone' };
});

export const enableUserAction = authedAction(userTargetSchema, async (viewer, input) => {
  await setDisabled(getDb(), viewer, input.employeeId, false);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: 'adminUsers.enabledDone' };
});

export const setRolesAction = authedAction(userRolesSchema, async (viewer, input) => {
  await setRoles(getDb(), viewer, input);
  revalidatePath(page(input.employeeId));
  return { status: 'ok', message: 'adminUsers.rolesSaved' };
});
