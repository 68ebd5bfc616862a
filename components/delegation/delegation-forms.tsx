'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SelectField, SubmitButton, useActionForm } from '@/components/ui/form';
import { cancelDelegationAction, delegateAction, setDelegationLimitsAction } from '@/lib/delegation/actions';
import { initialFormState } from '@/lib/form-state';

const cancelDelegationSchema = () => import('@/lib/delegation/schema').then((m) => m.cancelDelegationSchema);
const delegateSchema = () => import('@/lib/delegation/schema').then((m) => m.delegateSchema);
const delegationLimitsSchema = () => import('@/lib/delegation/schema').then((m) => m.delegationLimitsSchema);

const box = 'space-y-3 rounded-lg border border-slate-300 bg-white p-4';

/** The supervisor names a Plh for a span of leave. */
export function DelegateForm({ today }: { today: string }) {
  const t = useTranslations('adminOrg');
  const f = useActionForm(delegateSchema, delegateAction, initialFormState);
  return (
    <form
      ref={f.ref}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      className={box}
      data-testid="delegate-form"
    >
      <h2 className="text-lg font-semibold">{t('delegation.formTitle')}</h2>
      <FormMessage state={f.state} />
      <div className="grid gap-3 md:grid-cols-3">
        <Field
          name="delegateNip"
          label={t('delegation.delegateNip')}
          inputMode="numeric"
          maxLength={18}
          state={f.state}
          form={f.form}
          required
        />
        <Field
          name="validFrom"
          label={t('delegation.validFrom')}
          type="date"
          min={today}
          defaultValue={today}
          state={f.state}
          form={f.form}
          required
        />
        <Field
          name="validTo"
          label={t('delegation.validTo')}
          hint={t('delegation.validToHint')}
          type="date"
          state={f.state}
          form={f.form}
          required
        />
      </div>
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('delegation.submit')}
      </SubmitButton>
    </form>
  );
}

export function CancelDelegationForm({ delegationId, label }: { delegationId: number; label: string }) {
  const t = useTranslations('adminOrg');
  const f = useActionForm(cancelDelegationSchema, cancelDelegationAction, initialFormState);
  return (
    <form
      ref={f.ref}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      aria-label={label}
      className="space-y-1"
    >
      <FormMessage state={f.state} />
      <input type="hidden" defaultValue={String(delegationId)} {...f.form.register('delegationId')} />
      <SubmitButton pending={f.pending} pendingLabel={t('saving')} tone="secondary">
        {t('delegation.cancel')}
      </SubmitButton>
    </form>
  );
}

/** BKPSDM's limits for every delegation named from now on. */
export function LimitsForm({ maxDays, sameOpd }: { maxDays: number; sameOpd: boolean }) {
  const t = useTranslations('adminOrg');
  const f = useActionForm(delegationLimitsSchema, setDelegationLimitsAction, initialFormState);
  return (
    <form
      ref={f.ref}
      action={f.formAction}
      onSubmit={f.onSubmit}
      noValidate
      className={box}
      data-testid="limits-form"
    >
      <h2 className="text-lg font-semibold">{t('delegation.limitsTitle')}</h2>
      <FormMessage state={f.state} />
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          name="maxDays"
          label={t('delegation.maxDays')}
          inputMode="numeric"
          maxLength={2}
          defaultValue={String(maxDays)}
          state={f.state}
          form={f.form}
          required
        />
        <SelectField
          name="sameOpd"
          label={t('delegation.sameOpd')}
          state={f.state}
          form={f.form}
          defaultValue={sameOpd ? 'yes' : 'no'}
          options={[
            { value: 'yes', label: t('delegation.sameOpdYes') },
            { value: 'no', label: t('delegation.sameOpdNo') },
          ]}
        />
      </div>
      <SubmitButton pending={f.pending} pendingLabel={t('saving')}>
        {t('delegation.saveLimits')}
      </SubmitButton>
    </form>
  );
}
