'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextareaField, useActionForm, valueAt } from '@/components/ui/form';
import { answerNoteAction } from '@/lib/coaching/actions';

const answerSchema = () => import('@/lib/coaching/schema').then((m) => m.answerSchema);

/** The employee's answer to a feedback note (a second answer replaces the first). */
export function AnswerForm({
  noteId,
  version,
  response,
}: {
  noteId: number;
  version: number;
  response: string | null;
}) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(answerSchema, answerNoteAction, {
    status: 'idle',
    values: { noteId: String(noteId), version: String(version), response: response ?? '' },
  });
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 border-t border-slate-200 pt-2"
      data-testid="answer-form"
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={valueAt(state, 'noteId')} {...form.register('noteId')} />
      {/* The version the page showed: after a save the page re-renders this form with the new one. */}
      <input type="hidden" name="version" value={version} />
      <TextareaField
        id={`answer-${noteId}`}
        name="response"
        label={response ? t('coaching.note.changeAnswer') : t('coaching.note.answer')}
        state={state}
        form={form}
        rows={2}
        maxLength={2000}
      />
      <SubmitButton pending={pending} pendingLabel={t('coaching.saving')} tone="secondary">
        {t('coaching.note.sendAnswer')}
      </SubmitButton>
    </form>
  );
}
