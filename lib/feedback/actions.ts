'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction, submittedValues } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { declineRequest, saveAnswers } from './requests/mutations';
import { changeRaters, createRound, stepRound } from './rounds/mutations';
import { answerSchema, createRoundSchema, declineSchema, raterChangeSchema, roundStepSchema } from './schema';

export const saveAnswersAction = authedAction(answerSchema, async (viewer, input, formData) => {
  const { outcome, version } = await saveAnswers(getDb(), viewer, input, today());
  revalidatePath('/feedback');
  if (outcome === 'submitted') redirect('/feedback?submitted=1');
  // The form stays open with what was typed and the new version, so the next save is not a conflict.
  return {
    status: 'ok',
    message: 'feedback.form.draftSaved',
    values: { ...submittedValues(formData), version: String(version) },
  };
});

export const declineAction = authedAction(declineSchema, async (viewer, input) => {
  await declineRequest(getDb(), viewer, input, today());
  revalidatePath('/feedback');
  redirect('/feedback?declined=1');
});

export const createRoundAction = authedAction(createRoundSchema, async (viewer, input) => {
  const id = await createRound(getDb(), viewer, input, today());
  redirect(`/feedback/rounds/${id}`);
});

export const roundStepAction = authedAction(roundStepSchema, async (viewer, input) => {
  await stepRound(getDb(), viewer, input.roundId, input.version, input.step);
  revalidatePath(`/feedback/rounds/${input.roundId}`);
  return { status: 'ok', message: `feedback.rounds.done.${input.step}` };
});

export const changeRatersAction = authedAction(raterChangeSchema, async (viewer, input) => {
  await changeRaters(getDb(), viewer, input, today());
  revalidatePath(`/feedback/rounds/${input.roundId}/raters/${input.rateeId}`);
  return { status: 'ok', message: `feedback.raters.done.${input.change}` };
});
