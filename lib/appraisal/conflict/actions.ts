'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { decideRaterRequest, declareConflict, designateRater, requestOtherRater } from './mutations';
import { decideRequestSchema, declareConflictSchema, designateSchema, raterRequestSchema } from './schema';

export const declareConflictAction = authedAction(declareConflictSchema, async (viewer, input) => {
  await declareConflict(
    getDb(),
    viewer,
    {
      employeeId: input.employeeId,
      periodId: input.periodId,
      reasonKind: input.reasonKind,
      reason: input.reason || null,
    },
    today(),
  );
  revalidatePath('/appraisals');
  redirect(`/appraisals?period=${input.periodId}&declared=1`);
});

export const requestOtherRaterAction = authedAction(raterRequestSchema, async (viewer, input) => {
  await requestOtherRater(getDb(), viewer, { periodId: input.periodId, reason: input.reason }, today());
  redirect('/appraisals?requested=1');
});

export const decideRaterRequestAction = authedAction(decideRequestSchema, async (viewer, input) => {
  await decideRaterRequest(
    getDb(),
    viewer,
    { requestId: input.requestId, decision: input.decision, note: input.note },
    today(),
  );
  revalidatePath('/appraisals');
  redirect(`/appraisals?${input.decision === 'accept' ? 'accepted' : 'refused'}=1`);
});

export const designateRaterAction = authedAction(designateSchema, async (viewer, input) => {
  await designateRater(getDb(), viewer, { reassignmentId: input.reassignmentId, nip: input.nip }, today());
  revalidatePath('/appraisals/conflicts');
  return { status: 'ok', message: 'conflict.designated' };
});
