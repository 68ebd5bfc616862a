'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { openYear, setPeriodStatus } from './mutations';
import { closePeriodSchema, openYearSchema, reopenPeriodSchema } from './schema';

const PAGE = '/admin/periods';

export const openYearAction = authedAction(openYearSchema, async (viewer, input) => {
  await openYear(getDb(), viewer, input.year);
  revalidatePath(PAGE);
  return { status: 'ok', message: 'adminPeriods.yearOpened' };
});

export const closePeriodAction = authedAction(closePeriodSchema, async (viewer, input) => {
  await setPeriodStatus(getDb(), viewer, { periodId: input.periodId, open: false });
  revalidatePath(PAGE);
  return { status: 'ok', message: 'adminPeriods.closed' };
});

export const reopenPeriodAction = authedAction(reopenPeriodSchema, async (viewer, input) => {
  await setPeriodStatus(getDb(), viewer, { periodId: input.periodId, open: true, reason: input.reason });
  revalidatePath(PAGE);
  return { status: 'ok', message: 'adminPeriods.reopened' };
});
