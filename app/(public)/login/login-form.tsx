'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton, useActionForm } from '@/components/ui/form';
import { login } from '@/lib/account/actions';
import { type FormState, initialFormState } from '@/lib/form-state';

const loginSchema = () => import('@/lib/auth/schema').then((m) => m.loginSchema);

// A throttled sign-in without JavaScript is sent here (?refused=1) rather than answered with the whole page.
const REFUSED: FormState = { status: 'error', formError: 'auth.loginFailed' };

export function LoginForm({ callbackUrl, refused }: { callbackUrl: string; refused?: boolean }) {
  const t = useTranslations('auth');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    loginSchema,
    login,
    refused ? REFUSED : initialFormState,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      {callbackUrl && <input type="hidden" name="callbackUrl" value={callbackUrl} />}
      <Field
        name="nip"
        label={t('nip')}
        hint={t('nipHint')}
        state={state}
        form={form}
        inputMode="numeric"
        autoComplete="username"
        maxLength={18}
        required
      />
      <Field
        name="password"
        label={t('password')}
        type="password"
        state={state}
        form={form}
        autoComplete="current-password"
        required
      />
      <SubmitButton pending={pending} pendingLabel={t('submitting')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}
