'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton, useActionForm, useMessage } from '@/components/ui/form';
import type { FormState } from '@/lib/form-state';
import { saveReportAction } from '@/lib/reports/actions';

const reportFormSchema = () => import('@/lib/reports/schema').then((m) => m.reportFormSchema);

type Indicator = { id: number; rhkText: string; text: string; unit: string };
type Props = {
  indicators: Indicator[];
  values: Record<string, string>;
  earliestDate: string;
  today: string;
  maxMb: number;
};

const DAY_OFF_QUESTIONS = ['reports.validation.weekend', 'reports.validation.holiday'];
const input = 'block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700';

/** Filing (or editing) a daily report: multipart form to one server action; works without JavaScript. */
export function ReportForm({ indicators, values, earliestDate, today, maxMb }: Props) {
  const t = useTranslations('reports');
  const initial: FormState = { status: 'idle', values };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    reportFormSchema,
    saveReportAction,
    initial,
  );
  const message = useMessage(state);
  const error = (name: string) =>
    message((form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name]);
  const current = (name: string) => {
    const v = state.values?.[name];
    return typeof v === 'string' ? v : (values[name] ?? '');
  };
  // The server asks once about a weekend or holiday date; the box stays while the form is refilled.
  const asksAboutDayOff =
    DAY_OFF_QUESTIONS.includes(state.fieldErrors?.reportDate ?? '') ||
    state.values?.confirmNonWorkingDay === '1';
  const indicatorField = form.register('indicatorId', {
    // With JavaScript the unit follows the chosen indicator; without, the default is the last one used.
    onChange: (e) => {
      const chosen = indicators.find((i) => String(i.id) === e.target.value);
      if (chosen) form.setValue('unit', chosen.unit);
    },
  });
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
    >
      <FormMessage state={state} />
      {['idempotencyKey', 'reportId', 'version'].map((name) => (
        <input key={name} type="hidden" defaultValue={current(name)} {...form.register(name)} />
      ))}
      <div className="grid gap-4 md:grid-cols-3">
        <Field
          name="reportDate"
          label={t('date')}
          type="date"
          state={state}
          form={form}
          defaultValue={values.reportDate}
          min={earliestDate}
          max={today}
          required
        />
        <Field
          name="startTime"
          label={t('start')}
          type="time"
          state={state}
          form={form}
          defaultValue={values.startTime}
          required
        />
        <Field
          name="endTime"
          label={t('end')}
          type="time"
          state={state}
          form={form}
          defaultValue={values.endTime}
          required
        />
      </div>
      {asksAboutDayOff && (
        <div className="flex items-start gap-2 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
          <input
            id="field-confirmNonWorkingDay"
            name="confirmNonWorkingDay"
            type="checkbox"
            value="1"
            defaultChecked={state.values?.confirmNonWorkingDay === '1'}
            className="mt-1 size-4"
          />
          <label htmlFor="field-confirmNonWorkingDay" className="font-medium">
            {t('confirmNonWorkingDay')}
          </label>
        </div>
      )}
      <div>
        <label htmlFor="field-indicatorId" className="block text-sm font-medium">
          {t('indicator')}
        </label>
        <select
          id="field-indicatorId"
          defaultValue={current('indicatorId')}
          aria-describedby="field-indicatorId-error"
          aria-invalid={error('indicatorId') ? true : undefined}
          className={input}
          {...indicatorField}
        >
          {indicators.map((i) => (
            <option key={i.id} value={String(i.id)}>
              {i.text} — {i.rhkText}
            </option>
          ))}
        </select>
        <p id="field-indicatorId-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {error('indicatorId')}
        </p>
      </div>
      <div>
        <label htmlFor="field-activity" className="block text-sm font-medium">
          {t('activity')}
        </label>
        <textarea
          id="field-activity"
          rows={3}
          defaultValue={current('activity')}
          aria-describedby="field-activity-error"
          aria-invalid={error('activity') ? true : undefined}
          className={input}
          {...form.register('activity')}
        />
        <p id="field-activity-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {error('activity')}
        </p>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Field
          name="quantity"
          label={t('quantity')}
          state={state}
          form={form}
          inputMode="decimal"
          defaultValue={values.quantity}
          required
        />
        <Field
          name="unit"
          label={t('unit')}
          state={state}
          form={form}
          defaultValue={values.unit}
          maxLength={40}
          required
        />
      </div>
      <div>
        <label htmlFor="field-evidence" className="block text-sm font-medium">
          {t('evidence')}
        </label>
        <input
          id="field-evidence"
          name="evidence"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby="field-evidence-hint field-evidence-error"
          aria-invalid={state.fieldErrors?.evidence ? true : undefined}
          className="block w-full text-sm"
        />
        <p id="field-evidence-hint" className="text-sm text-slate-600">
          {t('evidenceHint', { mb: maxMb })}
        </p>
        <p id="field-evidence-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {message(state.fieldErrors?.evidence)}
        </p>
      </div>
      <Field
        name="evidenceLink"
        label={t('evidenceLink')}
        type="url"
        state={state}
        form={form}
        defaultValue={values.evidenceLink}
      />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('save')}
      </SubmitButton>
    </form>
  );
}
