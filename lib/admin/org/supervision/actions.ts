'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { addSupervisionLine, endSupervisionLine } from './mutations';
import { addLineSchema, endLineSchema } from './schema';

export const addSupervisionLineAction = authedAction(addLineSchema, async (viewer, input) => {
  await addSupervisionLine(getDb(), viewer, input, today());
  revalidatePath(`/admin/employees/${input.employeeId}`);
  return { status: 'ok', message: 'adminOrg.saved' };
});

export const endSupervisionLineAction = authedAction(endLineSchema, async (viewer, input) => {
  await endSupervisionLine(getDb(), viewer, input, today());
  revalidatePath('/admin/employees', 'layout');
  return { status: 'ok', message: 'adminOrg.saved' };
});
