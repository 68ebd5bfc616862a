'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextareaField, useActionForm, valueAt } from '@/components/ui/form';
import { followUpDialogAction } from '@/lib/coaching/actions';
import type { CoachingDialog } from '@/lib/coaching/types';

const followUpSchema = () => import('@/lib/coaching/schema').then((m) => m.followUpSchema);

/** The follow-up of a dialog: which agreed actions are done, and a note. */
export function FollowUpForm({ dialog }: { dialog: CoachingDialog }) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    followUpSchema,
    followUpDialogAction,
    {
      status: 'idle',
      values: {
        dialogId: String(dialog.id),
        version: String(dialog.version),
        followUp: dialog.followUp ?? '',
      },
    },
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-2 border-t border-slate-200 pt-2"
      data-testid="follow-up-form"
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={valueAt(state, 'dialogId')} {...form.register('dialogId')} />
      {/* The version the page showed: after a save the page re-renders this form with the new one. */}
      <input type="hidden" name="version" value={dialog.version} />
      {dialog.actions.length > 0 && (
        <fieldset>
          <legend className="text-sm font-medium text-slate-800">{t('coaching.dialog.markDone')}</legend>
          {dialog.actions.map((a) => (
            <label key={a.id} className="flex items-start gap-2 py-1">
              {/* Plain checkboxes, outside react-hook-form: the browser sends the checked ids either way. */}
              <input
                type="checkbox"
                name="done"
                value={a.id}
                defaultChecked={a.doneOn !== null}
                className="mt-1 h-4 w-4"
              />
              <span className="break-words">{a.text}</span>
            </label>
          ))}
        </fieldset>
      )}
      <TextareaField
        id={`follow-up-${dialog.id}`}
        name="followUp"
        label={t('coaching.dialog.followUp')}
        state={state}
        form={form}
        rows={2}
        maxLength={4000}
      />
      <SubmitButton pending={pending} pendingLabel={t('coaching.saving')} tone="secondary">
        {t('coaching.dialog.saveFollowUp')}
      </SubmitButton>
    </form>
  );
}
