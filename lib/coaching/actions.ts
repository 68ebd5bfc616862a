'use server';

import { revalidatePath } from 'next/cache';
import { getDb } from '@/db';
import { authedAction } from '@/lib/action';
import { today } from '@/lib/domain/dates';
import { addNote, answerNote, followUpDialog, recordDialog } from './mutations';
import { answerSchema, dialogSchema, filledActions, followUpSchema, noteSchema } from './schema';

export const addNoteAction = authedAction(noteSchema, async (viewer, input) => {
  const employeeId = input.employeeId;
  await addNote(
    getDb(),
    viewer,
    {
      employeeId,
      kind: input.kind,
      target: input.target,
      reportId: input.reportId ?? null,
      entryId: input.entryId ?? null,
      text: input.text,
    },
    today(),
  );
  revalidatePath(`/employees/${employeeId}/coaching`);
  return { status: 'ok', message: 'coaching.note.added' };
});

export const answerNoteAction = authedAction(answerSchema, async (viewer, input) => {
  await answerNote(getDb(), viewer, {
    noteId: input.noteId,
    version: input.version,
    response: input.response,
  });
  revalidatePath('/profile/coaching');
  return { status: 'ok', message: 'coaching.note.answered' };
});

export const recordDialogAction = authedAction(dialogSchema, async (viewer, input) => {
  const employeeId = input.employeeId;
  await recordDialog(
    getDb(),
    viewer,
    { employeeId, heldOn: input.heldOn, discussed: input.discussed, actions: filledActions(input.actions) },
    today(),
  );
  revalidatePath(`/employees/${employeeId}/coaching`);
  return { status: 'ok', message: 'coaching.dialog.recorded' };
});

export const followUpDialogAction = authedAction(followUpSchema, async (viewer, input) => {
  const done = input.done === undefined ? [] : Array.isArray(input.done) ? input.done : [input.done];
  await followUpDialog(
    getDb(),
    viewer,
    {
      dialogId: input.dialogId,
      version: input.version,
      followUp: input.followUp || null,
      done: done.map(Number),
    },
    today(),
  );
  revalidatePath('/employees');
  return { status: 'ok', message: 'coaching.dialog.followedUp' };
});
