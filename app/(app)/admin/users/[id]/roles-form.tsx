'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormMessage, SubmitButton, useMessage } from '@/components/ui/form';
import { setRolesAction } from '@/lib/admin/users/actions';
import type { UserAccount } from '@/lib/admin/users/types';
import { initialFormState } from '@/lib/form-state';

export function RolesForm({
  account,
  units,
}: {
  account: UserAccount;
  units: { id: number; name: string }[];
}) {
  const t = useTranslations('adminUsers');
  const [state, formAction, pending] = useActionState(setRolesAction, initialFormState);
  const message = useMessage(state);
  const error = message(state.fieldErrors?.scopeUnitId);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="employeeId" value={account.employeeId} />
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="admin"
          defaultChecked={account.roles.includes('admin')}
          className="size-5"
        />
        {t('roleAdmin')}
      </label>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          name="leadership"
          defaultChecked={account.roles.includes('leadership')}
          className="size-5"
        />
        {t('roleLeadership')}
      </label>
      <div>
        <label htmlFor="scope-unit" className="block text-sm font-medium">
          {t('scope')}
        </label>
        <select
          id="scope-unit"
          name="scopeUnitId"
          defaultValue={account.scopeUnitId ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby="scope-unit-error"
          className="block w-full max-w-full rounded border border-slate-400 px-2 py-2"
        >
          <option value="">{t('scopeAll')}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
        <FieldError id="scope-unit-error" text={error} />
      </div>
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('saveRoles')}
      </SubmitButton>
    </form>
  );
}
