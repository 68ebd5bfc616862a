'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { resetPasswordAction } from '@/lib/admin/users/actions';
import { initialFormState } from '@/lib/form-state';

/** The temporary password is in this answer only: shown once, to this admin, and never kept. */
export function ResetPasswordForm({ employeeId }: { employeeId: number }) {
  const t = useTranslations('adminUsers');
  const [state, formAction, pending] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {state.secret && (
        <p className="rounded border border-slate-400 bg-slate-50 p-3">
          {t('tempPassword')}:{' '}
          <output data-testid="temp-password" className="font-mono text-lg font-bold select-all">
            {state.secret}
          </output>
        </p>
      )}
      <input type="hidden" name="employeeId" value={employeeId} />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('reset')}
      </SubmitButton>
    </form>
  );
}
