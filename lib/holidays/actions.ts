'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { addHoliday, deleteHoliday } from './mutations';
import { deleteHolidaySchema, holidaySchema } from './schema';

export const addHolidayAction = authedAction(holidaySchema, async (viewer, input) => {
  await addHoliday(getDb(), viewer, input);
  revalidatePath('/holidays');
  return { status: 'ok', message: 'holidays.added' };
});

export const deleteHolidayAction = authedAction(deleteHolidaySchema, async (viewer, input) => {
  await deleteHoliday(getDb(), viewer, input.holidayId);
  revalidatePath('/holidays');
  return { status: 'ok' };
});
