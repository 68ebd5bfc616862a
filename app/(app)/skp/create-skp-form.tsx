'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { initialFormState } from '@/lib/form-state';
import { createSkpAction } from '@/lib/skp/actions';

export function CreateSkpForm() {
  const t = useTranslations('skp');
  const [state, action, pending] = useActionState(createSkpAction, initialFormState);
  return (
    <form action={action} className="space-y-4 rounded-lg border border-slate-300 bg-white p-4">
      <FormMessage state={state} />
      <fieldset>
        <legend className="font-medium">{t('approach')}</legend>
        {(['kuantitatif', 'kualitatif'] as const).map((a) => (
          <label key={a} className="mr-6 inline-flex items-center gap-2">
            <input type="radio" name="approach" value={a} defaultChecked={a === 'kuantitatif'} />{' '}
            {t(`approaches.${a}`)}
          </label>
        ))}
      </fieldset>
      <SubmitButton pending={pending} pendingLabel={t('creating')}>
        {t('create')}
      </SubmitButton>
    </form>
  );
}
