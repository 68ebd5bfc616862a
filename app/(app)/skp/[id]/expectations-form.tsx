'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton, useMessage } from '@/components/ui/form';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { initialFormState } from '@/lib/form-state';
import { saveExpectationsAction } from '@/lib/skp/actions';

/** Ekspektasi khusus pimpinan, one text per BerAKHLAK value, written by the pejabat penilai. */
export function ExpectationsForm({ skpId, current }: { skpId: number; current: Record<string, string> }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(saveExpectationsAction, initialFormState);
  const message = useMessage(state);
  return (
    <form action={action} className="space-y-3 rounded-lg border border-slate-300 bg-white p-4">
      <h2 className="text-lg font-semibold">{t('skp.expectation')}</h2>
      <FormMessage state={state} />
      <input type="hidden" name="skpId" value={skpId} />
      {BERAKHLAK.map((value) => {
        const name = `expectations.${value}`;
        const error = message(state.fieldErrors?.[name]);
        return (
          <div key={value}>
            <label htmlFor={`exp-${value}`} className="block text-sm font-medium">
              {t('skp.expectationFor', { value: t(`berakhlak.${value}.name`) })}
            </label>
            <textarea
              id={`exp-${value}`}
              name={name}
              rows={2}
              maxLength={1000}
              defaultValue={current[value] ?? ''}
              aria-describedby={`exp-${value}-error`}
              className="block w-full rounded border border-slate-400 p-2"
            />
            <p id={`exp-${value}-error`} aria-live="polite" className="text-sm text-red-700">
              {error}
            </p>
          </div>
        );
      })}
      <SubmitButton pending={pending} pendingLabel={t('skp.saving')}>
        {t('skp.expectationsSave')}
      </SubmitButton>
    </form>
  );
}
