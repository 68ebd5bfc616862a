'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton, useActionForm } from '@/components/ui/form';
import { updatePassword } from '@/lib/account/actions';
import { initialFormState } from '@/lib/form-state';

const changePasswordSchema = () => import('@/lib/auth/schema').then((m) => m.changePasswordSchema);

export function PasswordForm() {
  const t = useTranslations('account');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    changePasswordSchema,
    updatePassword,
    initialFormState,
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-6"
    >
      <FormMessage state={state} />
      <Field
        name="currentPassword"
        label={t('currentPassword')}
        type="password"
        state={state}
        form={form}
        autoComplete="current-password"
        required
      />
      <Field
        name="newPassword"
        label={t('newPassword')}
        type="password"
        state={state}
        form={form}
        autoComplete="new-password"
        required
      />
      <Field
        name="confirmPassword"
        label={t('confirmPassword')}
        type="password"
        state={state}
        form={form}
        autoComplete="new-password"
        required
      />
      <SubmitButton pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
