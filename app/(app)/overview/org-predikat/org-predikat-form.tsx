'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SelectField, SubmitButton, useActionForm } from '@/components/ui/form';
import { setOrgResultAction } from '@/lib/appraisal/actions';
import { ORG_PREDIKAT } from '@/lib/domain/appraisal';
import type { FormState } from '@/lib/form-state';

const orgResultSchema = () => import('@/lib/appraisal/schema').then((m) => m.orgResultSchema);

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
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-1">
      <FormMessage state={state} />
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...form.register(name)} />
      ))}
      <div className="flex flex-wrap items-start gap-2">
        {/* Wide enough for the whole choice: a squeezed select read "— b". */}
        <div className="min-w-60 flex-1">
          <SelectField
            id={`org-${unitId}`}
            name="predikat"
            label={t('dashboard.predikat.orgFor', { unit: unitName })}
            hideLabel
            state={state}
            form={form}
            placeholder={t('dashboard.predikat.choose')}
            options={ORG_PREDIKAT.map((p) => ({ value: p, label: t(`dashboard.predikat.org.${p}`) }))}
          />
        </div>
        <SubmitButton tone="secondary" pending={pending} pendingLabel={t('dashboard.predikat.saving')}>
          {t('dashboard.predikat.save')}
          <span className="sr-only"> — {unitName}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
