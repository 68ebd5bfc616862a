'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { closeUnit, createUnit, moveUnit, renameUnit, savePosition } from './mutations';
import {
  closeUnitSchema,
  createUnitSchema,
  moveUnitSchema,
  positionSchema,
  renameUnitSchema,
} from './schema';

export const createUnitAction = authedAction(createUnitSchema, async (viewer, input) => {
  const id = await createUnit(getDb(), viewer, input);
  revalidatePath('/admin/units');
  redirect(`/admin/units/${id}`);
});

export const renameUnitAction = authedAction(renameUnitSchema, async (viewer, input) => {
  await renameUnit(getDb(), viewer, input);
  revalidatePath('/admin/units');
  return { status: 'ok', message: 'adminOrg.saved' };
});

export const moveUnitAction = authedAction(moveUnitSchema, async (viewer, input) => {
  await moveUnit(getDb(), viewer, input);
  revalidatePath('/admin/units');
  return { status: 'ok', message: 'adminOrg.saved' };
});

export const closeUnitAction = authedAction(closeUnitSchema, async (viewer, input) => {
  await closeUnit(getDb(), viewer, input);
  revalidatePath('/admin/units');
  return { status: 'ok', message: 'adminOrg.units.closed' };
});

export const savePositionAction = authedAction(positionSchema, async (viewer, input) => {
  await savePosition(getDb(), viewer, input);
  revalidatePath(`/admin/units/${input.unitId}`);
  return { status: 'ok', message: 'adminOrg.saved' };
});
