'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SelectField, SubmitButton, useActionForm } from '@/components/ui/form';
import { DECLINE_KINDS } from '@/lib/domain/feedback';
import { declineAction } from '@/lib/feedback/actions';
import type { FormState } from '@/lib/form-state';

const declineSchema = () => import('@/lib/feedback/schema').then((m) => m.declineSchema);

/** Declining a request, with the kind of reason (a conflict of interest among them). */
export function DeclineForm({ requestId, version }: { requestId: number; version: number }) {
  const t = useTranslations('feedback');
  const initial: FormState = {
    status: 'idle',
    values: { requestId: String(requestId), version: String(version) },
  };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    declineSchema,
    declineAction,
    initial,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" defaultValue={String(requestId)} {...form.register('requestId')} />
      <input type="hidden" defaultValue={String(version)} {...form.register('version')} />
      <SelectField
        name="declineKind"
        label={t('decline.kind')}
        state={state}
        form={form}
        placeholder={t('decline.choose')}
        options={DECLINE_KINDS.map((k) => ({ value: k, label: t(`decline.kinds.${k}`) }))}
      />
      <Field name="declineReason" label={t('decline.reason')} state={state} form={form} maxLength={500} />
      <SubmitButton tone="secondary" pending={pending} pendingLabel={t('form.sending')}>
        {t('decline.submit')}
      </SubmitButton>
    </form>
  );
}
