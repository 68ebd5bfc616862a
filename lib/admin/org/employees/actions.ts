'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { createEmployee, deactivateEmployee, moveEmployee, updateEmployee } from './mutations';
import {
  createEmployeeSchema,
  deactivateEmployeeSchema,
  moveEmployeeSchema,
  updateEmployeeSchema,
} from './schema';

export const createEmployeeAction = authedAction(createEmployeeSchema, async (viewer, input) => {
  const id = await createEmployee(getDb(), viewer, input);
  redirect(`/admin/employees/${id}?created=1`);
});

export const updateEmployeeAction = authedAction(updateEmployeeSchema, async (viewer, input) => {
  await updateEmployee(getDb(), viewer, input);
  revalidatePath(`/admin/employees/${input.employeeId}`);
  return { status: 'ok', message: 'adminOrg.saved' };
});

export const moveEmployeeAction = authedAction(moveEmployeeSchema, async (viewer, input) => {
  await moveEmployee(getDb(), viewer, input, today());
  revalidatePath(`/admin/employees/${input.employeeId}`);
  return { status: 'ok', message: 'adminOrg.employees.moved' };
});

export const deactivateEmployeeAction = authedAction(deactivateEmployeeSchema, async (viewer, input) => {
  await deactivateEmployee(getDb(), viewer, input);
  revalidatePath(`/admin/employees/${input.employeeId}`);
  return { status: 'ok', message: 'adminOrg.employees.deactivated' };
});
