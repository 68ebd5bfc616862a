'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction, submittedValues } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { ActionError } from '@/lib/errors';
import { addUnitGoal, deleteUnitGoal } from './goals/mutations';
import {
  createSkp,
  decideSkp,
  discardRevision,
  reviseSkp,
  saveExpectations,
  saveSkp,
  submitSkp,
} from './mutations';
import {
  createSkpSchema,
  decideSkpSchema,
  deleteUnitGoalSchema,
  expectationsSchema,
  type SkpFormValues,
  skpFormSchema,
  skpRefSchema,
  unitGoalSchema,
} from './schema';
import { applyStructureIntent, isStructureIntent, structureSchema } from './structure';

export const createSkpAction = authedAction(createSkpSchema, async (viewer, input) => {
  const id = await createSkp(getDb(), viewer, input.approach, today());
  redirect(`/skp/${id}/edit`);
});

const editorSchema = (input: Record<string, unknown>) =>
  isStructureIntent(input.intent) ? structureSchema : skpFormSchema;

/** The SKP editor's one action: rearrange rows (no-JS buttons), save the draft, or save and submit. */
export const saveSkpAction = authedAction(editorSchema, async (viewer, input, formData) => {
  if (isStructureIntent(input.intent)) {
    const rows = (input.rhks ?? []) as Parameters<typeof applyStructureIntent>[1];
    return { status: 'idle', values: { ...input, rhks: applyStructureIntent(input.intent, rows) } };
  }
  const form = input as SkpFormValues;
  const db = getDb();
  const version = await saveSkp(db, viewer, form, today());
  revalidatePath('/skp');
  if (form.intent === 'submit') {
    try {
      await submitSkp(db, viewer, form.skpId, version, today());
    } catch (error) {
      // The draft is kept: refill the form with what was saved and the new version.
      if (!(error instanceof ActionError)) throw error;
      return {
        status: 'error',
        formError: error.messageKey,
        fieldErrors: error.fieldErrors ?? (error.field ? { [error.field]: error.messageKey } : undefined),
        values: { ...submittedValues(formData), version: String(version) },
      };
    }
    redirect(`/skp/${form.skpId}?submitted=1`);
  }
  redirect(`/skp/${form.skpId}/edit?saved=1`);
});

export const submitSkpAction = authedAction(skpRefSchema, async (viewer, input) => {
  await submitSkp(getDb(), viewer, input.skpId, input.version, today());
  revalidatePath('/skp');
  redirect(`/skp/${input.skpId}?submitted=1`);
});

export const reviseSkpAction = authedAction(skpRefSchema, async (viewer, input) => {
  await reviseSkp(getDb(), viewer, input.skpId, input.version, today());
  redirect(`/skp/${input.skpId}/edit`);
});

export const discardRevisionAction = authedAction(skpRefSchema, async (viewer, input) => {
  await discardRevision(getDb(), viewer, input.skpId, input.version, today());
  revalidatePath('/skp');
  redirect(`/skp/${input.skpId}?discarded=1`);
});

export const decideSkpAction = authedAction(decideSkpSchema, async (viewer, input) => {
  await decideSkp(
    getDb(),
    viewer,
    {
      skpId: input.skpId,
      version: input.version,
      decision: input.decision,
      comment: input.comment,
    },
    today(),
  );
  revalidatePath('/team');
  redirect(`/skp/${input.skpId}?decided=${input.decision}`);
});

export const saveExpectationsAction = authedAction(expectationsSchema, async (viewer, input) => {
  await saveExpectations(getDb(), viewer, input.skpId, input.expectations ?? {}, today());
  return { status: 'ok', message: 'skp.expectationsSaved' };
});

export const addUnitGoalAction = authedAction(unitGoalSchema, async (viewer, input) => {
  await addUnitGoal(getDb(), viewer, input.unitId, input.text, Number(today().slice(0, 4)));
  revalidatePath('/goals');
  return { status: 'ok', message: 'skp.goals.added' };
});

export const deleteUnitGoalAction = authedAction(deleteUnitGoalSchema, async (viewer, input) => {
  await deleteUnitGoal(getDb(), viewer, input.goalId);
  revalidatePath('/goals');
  return { status: 'ok' };
});
