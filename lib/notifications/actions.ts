'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { emptySchema } from '@/lib/auth/schema';
import { markAllRead } from './queries';

export const markNotificationsRead = authedAction(emptySchema, async (viewer) => {
  await markAllRead(getDb(), viewer);
  revalidatePath('/', 'layout');
  return { status: 'ok' };
});
