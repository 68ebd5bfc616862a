'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, useActionForm, useMessage, valueAt } from '@/components/ui/form';
import { setOrgResultAction } from '@/lib/appraisal/actions';
import { orgResultSchema } from '@/lib/appraisal/schema';
import { ORG_PREDIKAT } from '@/lib/domain/appraisal';
import type { FormState } from '@/lib/form-state';

type Props = {
  unitId: number;
  unitName: string;
  periodId: number;
  current: string | null;
  version: number | null;
};

/** Leadership sets one unit's Predikat Kinerja Organisasi for the period; a plain form without JavaScript. */
export function OrgPredikatForm({ unitId, unitName, periodId, current, version }: Props) {
  const t = useTranslations();
  const message = useMessage();
  const fixed = {
    unitId: String(unitId),
    periodId: String(periodId),
    version: version === null ? '' : String(version),
  };
  const initial: FormState = { status: 'idle', values: { ...fixed, predikat: current ?? '' } };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    orgResultSchema,
    setOrgResultAction,
    initial,
  );
  const id = `org-${unitId}`;
  const error = message(
    (form.formState.errors.predikat?.message as string | undefined) ?? state.fieldErrors?.predikat,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-1">
      <FormMessage state={state} />
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...form.register(name)} />
      ))}
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {t('dashboard.predikat.orgFor', { unit: unitName })}
        </label>
        <select
          id={id}
          defaultValue={valueAt(state, 'predikat') ?? current ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          className="rounded border border-slate-400 bg-white px-2 py-1 text-sm"
          {...form.register('predikat')}
        >
          <option value="">{t('dashboard.predikat.choose')}</option>
          {ORG_PREDIKAT.map((p) => (
            <option key={p} value={p}>
              {t(`dashboard.predikat.org.${p}`)}
            </option>
          ))}
        </select>
        <SubmitButton tone="secondary" pending={pending} pendingLabel={t('dashboard.predikat.saving')}>
          {t('dashboard.predikat.save')}
          <span className="sr-only"> — {unitName}</span>
        </SubmitButton>
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
    </form>
  );
}
