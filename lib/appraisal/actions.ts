'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { uploadsIn } from '@/lib/evidence';
import { addPlanItem, setPlanItemStatus } from './career/mutations';
import {
  acceptAppraisal,
  decideObjection,
  objectAppraisal,
  saveAppraisal,
  startAppraisal,
} from './mutations';
import { setOrgResult } from './org-results';
import {
  appraisalFormSchema,
  appraisalRefSchema,
  decisionSchema,
  objectionSchema,
  orgResultSchema,
  planItemSchema,
  planStatusSchema,
  startAppraisalSchema,
} from './schema';

export const startAppraisalAction = authedAction(startAppraisalSchema, async (viewer, input) => {
  const id = await startAppraisal(getDb(), viewer, input.employeeId, input.periodId, today());
  redirect(`/appraisals/${id}`);
});

export const saveAppraisalAction = authedAction(appraisalFormSchema, async (viewer, input) => {
  await saveAppraisal(getDb(), viewer, input, today());
  revalidatePath('/appraisals');
  redirect(`/appraisals/${input.appraisalId}?${input.intent === 'deliver' ? 'delivered' : 'saved'}=1`);
});

export const acceptAppraisalAction = authedAction(appraisalRefSchema, async (viewer, input) => {
  await acceptAppraisal(getDb(), viewer, input.appraisalId, input.version, today());
  redirect(`/appraisals/${input.appraisalId}?accepted=1`);
});

export const objectAppraisalAction = authedAction(objectionSchema, async (viewer, input, form) => {
  await objectAppraisal(
    getDb(),
    viewer,
    { appraisalId: input.appraisalId, version: input.version, reasons: input.reasons },
    uploadsIn(form, 'attachments'),
    today(),
  );
  redirect(`/appraisals/${input.appraisalId}?objected=1`);
});

export const decideObjectionAction = authedAction(decisionSchema, async (viewer, input) => {
  await decideObjection(
    getDb(),
    viewer,
    {
      appraisalId: input.appraisalId,
      version: input.version,
      decision: input.decision,
      ratingHasil: input.ratingHasil || undefined,
      ratingPerilaku: input.ratingPerilaku || undefined,
      reasons: input.reasons,
    },
    today(),
  );
  revalidatePath('/appraisals');
  redirect(`/appraisals/${input.appraisalId}?decided=1`);
});

export const addPlanItemAction = authedAction(planItemSchema, async (viewer, input) => {
  const employeeId = input.employeeId;
  await addPlanItem(
    getDb(),
    viewer,
    { employeeId, value: input.valueCode || null, text: input.text, targetDate: input.targetDate },
    today(),
  );
  revalidatePath(employeeId === viewer.employeeId ? '/profile' : `/employees/${employeeId}`);
  return { status: 'ok', message: 'appraisal.plan.added' };
});

export const setPlanItemStatusAction = authedAction(planStatusSchema, async (viewer, input) => {
  await setPlanItemStatus(
    getDb(),
    viewer,
    { itemId: input.itemId, version: input.version, status: input.status },
    today(),
  );
  revalidatePath('/profile');
  return { status: 'ok', message: 'appraisal.plan.updated' };
});

export const setOrgResultAction = authedAction(orgResultSchema, async (viewer, input) => {
  await setOrgResult(getDb(), viewer, {
    unitId: input.unitId,
    periodId: input.periodId,
    predikat: input.predikat,
    version: input.version,
  });
  revalidatePath('/overview');
  return { status: 'ok', message: 'dashboard.predikat.saved' };
});
