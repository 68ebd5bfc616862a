'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormMessage, SubmitButton, useMessage } from '@/components/ui/form';
import { openYearAction, reopenPeriodAction } from '@/lib/admin/periods/actions';
import { initialFormState } from '@/lib/form-state';

/** Re-opening asks why; the reason goes into the audit row with the change. */
export function ReopenForm({ periodId }: { periodId: number }) {
  const t = useTranslations('adminPeriods');
  const [state, formAction, pending] = useActionState(reopenPeriodAction, initialFormState);
  const message = useMessage(state);
  const id = `reason-${periodId}`;
  const error = message(state.fieldErrors?.reason);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" name="periodId" value={periodId} />
      <label htmlFor={id} className="block text-sm font-medium">
        {t('reason')}
      </label>
      <textarea
        id={id}
        name="reason"
        required
        minLength={10}
        maxLength={500}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-error`}
        className="block w-full rounded border border-slate-400 px-2 py-1"
      />
      <FieldError id={`${id}-error`} text={error} />
      <SubmitButton pending={pending} pendingLabel={t('saving')} tone="secondary">
        {t('reopen')}
      </SubmitButton>
    </form>
  );
}

export function OpenYearForm({ year }: { year: number }) {
  const t = useTranslations('adminPeriods');
  const [state, formAction, pending] = useActionState(openYearAction, initialFormState);
  return (
    <form action={formAction} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
      <FormMessage state={state} />
      <input type="hidden" name="year" value={year} />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {`${t('openYear')} ${year}`}
      </SubmitButton>
    </form>
  );
}
