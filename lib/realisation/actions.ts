'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { uploadsIn } from '@/lib/evidence';
import { reviewEntry, saveEntry } from './mutations';
import { entryFormSchema, reviewEntrySchema } from './schema';

export const saveEntryAction = authedAction(entryFormSchema, async (viewer, input, form) => {
  const db = getDb();
  const { skpId } = await saveEntry(db, viewer, input, uploadsIn(form, 'evidence'), today());
  revalidatePath(`/skp/${skpId}`);
  redirect(`/skp/${skpId}?realisation=saved#realisation`);
});

export const reviewEntryAction = authedAction(reviewEntrySchema, async (viewer, input) => {
  const { skpId } = await reviewEntry(getDb(), viewer, input, today());
  revalidatePath('/team/queue');
  revalidatePath('/skp/[id]', 'page');
  // The decided entry leaves the list its form was in, so the outcome is announced by the page gone back to.
  redirect(
    input.back === 'skp'
      ? `/skp/${skpId}?entry=${input.decision}#realisation`
      : `/team/queue?entry=${input.decision}`,
  );
});
