'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import {
  Field,
  FormMessage,
  SubmitButton,
  TextareaField,
  useActionForm,
  valueAt,
} from '@/components/ui/form';
import { recordDialogAction } from '@/lib/coaching/actions';

const dialogSchema = () => import('@/lib/coaching/schema').then((m) => m.dialogSchema);

/** Rows for agreed actions; any left empty are no action, so the form works the same without JavaScript. */
const ROWS = [0, 1, 2];

const blank = (employeeId: number, on: string) => ({
  employeeId: String(employeeId),
  heldOn: on,
  discussed: '',
  actions: ROWS.map(() => ({ text: '', dueOn: '' })),
});

/** Records a dialog kinerja meeting: its date, what was discussed and the agreed actions with due dates. */
export function DialogForm({ employeeId, on }: { employeeId: number; on: string }) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    dialogSchema,
    recordDialogAction,
    { status: 'idle', values: blank(employeeId, on) },
  );
  // A saved record is listed above; the form starts empty again (with JavaScript the inputs would keep it).
  useEffect(() => {
    if (state.status === 'ok') form.reset(blank(employeeId, on));
  }, [state, form, employeeId, on]);
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      data-testid="dialog-form"
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={valueAt(state, 'employeeId')} {...form.register('employeeId')} />
      <Field
        id="dialog-held-on"
        name="heldOn"
        type="date"
        label={t('coaching.dialog.heldOn')}
        state={state}
        form={form}
        max={on}
        required
      />
      <TextareaField
        id="dialog-discussed"
        name="discussed"
        label={t('coaching.dialog.discussed')}
        state={state}
        form={form}
        rows={4}
        maxLength={4000}
      />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t('coaching.dialog.agreedActions')}</legend>
        <p className="text-sm text-slate-600">{t('coaching.dialog.actionsHint')}</p>
        {ROWS.map((i) => (
          <div key={i} className="grid gap-2 md:grid-cols-[2fr_1fr]">
            <Field
              id={`dialog-action-${i}`}
              name={`actions.${i}.text`}
              label={t('coaching.dialog.actionN', { n: i + 1 })}
              state={state}
              form={form}
              maxLength={1000}
            />
            <Field
              id={`dialog-due-${i}`}
              name={`actions.${i}.dueOn`}
              type="date"
              label={t('coaching.dialog.dueN', { n: i + 1 })}
              state={state}
              form={form}
            />
          </div>
        ))}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t('coaching.saving')}>
        {t('coaching.dialog.record')}
      </SubmitButton>
    </form>
  );
}
