'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { cancelDelegation, delegate, setDelegationLimits } from './mutations';
import { cancelDelegationSchema, delegateSchema, delegationLimitsSchema } from './schema';

export const delegateAction = authedAction(delegateSchema, async (viewer, input) => {
  await delegate(getDb(), viewer, input, today());
  revalidatePath('/team/delegation');
  return { status: 'ok', message: 'adminOrg.delegation.saved' };
});

export const cancelDelegationAction = authedAction(cancelDelegationSchema, async (viewer, input) => {
  await cancelDelegation(getDb(), viewer, input, today());
  revalidatePath('/team/delegation');
  revalidatePath('/admin/delegation');
  return { status: 'ok', message: 'adminOrg.delegation.cancelled' };
});

export const setDelegationLimitsAction = authedAction(delegationLimitsSchema, async (viewer, input) => {
  await setDelegationLimits(getDb(), viewer, input);
  revalidatePath('/admin/delegation');
  return { status: 'ok', message: 'adminOrg.saved' };
});
