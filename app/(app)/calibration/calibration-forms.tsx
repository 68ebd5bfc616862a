'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SelectField, SubmitButton, TextareaField, useActionForm } from '@/components/ui/form';
import { adjustPredikatAction, openCalibrationAction } from '@/lib/calibration/actions';
import { RATINGS } from '@/lib/domain/ratings';
import { initialFormState } from '@/lib/form-state';

const adjustSchema = () => import('@/lib/calibration/schema').then((m) => m.adjustSchema);
const openCalibrationSchema = () => import('@/lib/calibration/schema').then((m) => m.openCalibrationSchema);

type Option = { value: string; label: string };
const box = 'space-y-3 rounded-lg border border-slate-300 bg-white p-4';

/** Leadership opens a calibration for a unit within its scope and an open period. */
export function OpenCalibrationForm({
  units,
  periods,
  defaultPeriod,
}: {
  units: Option[];
  periods: Option[];
  /** The period containing today, preselected. */
  defaultPeriod: string;
}) {
  const t = useTranslations('calibration');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    openCalibrationSchema,
    openCalibrationAction,
    initialFormState,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <h2 className="text-lg font-semibold">{t('openTitle')}</h2>
      <FormMessage state={state} />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="unitId"
          label={t('unit')}
          state={state}
          form={form}
          placeholder={t('choose')}
          options={units}
        />
        <SelectField
          name="periodId"
          label={t('period')}
          state={state}
          form={form}
          defaultValue={defaultPeriod}
          options={periods}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('open')}
      </SubmitButton>
    </form>
  );
}

/** One change of a proposed predikat: the employee, new ratings and the justification they will read. */
export function AdjustForm({ calibrationId, appraisals }: { calibrationId: number; appraisals: Option[] }) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    adjustSchema,
    adjustPredikatAction,
    initialFormState,
  );
  const ratings = RATINGS.map((r) => ({ value: r, label: t(`ratings.${r}`) }));
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <h2 className="text-lg font-semibold">{t('calibration.adjustTitle')}</h2>
      <FormMessage state={state} />
      <input type="hidden" value={calibrationId} {...form.register('calibrationId')} />
      <SelectField
        name="appraisal"
        label={t('calibration.appraisal')}
        state={state}
        form={form}
        placeholder={t('calibration.choose')}
        options={appraisals}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="ratingHasil"
          label={t('calibration.ratingHasil')}
          state={state}
          form={form}
          placeholder={t('calibration.choose')}
          options={ratings}
        />
        <SelectField
          name="ratingPerilaku"
          label={t('calibration.ratingPerilaku')}
          state={state}
          form={form}
          placeholder={t('calibration.choose')}
          options={ratings}
        />
      </div>
      <TextareaField
        name="justification"
        label={t('calibration.justification')}
        hint={t('calibration.justificationHint')}
        state={state}
        form={form}
      />
      <SubmitButton pending={pending} pendingLabel={t('calibration.saving')}>
        {t('calibration.adjustSubmit')}
      </SubmitButton>
    </form>
  );
}
