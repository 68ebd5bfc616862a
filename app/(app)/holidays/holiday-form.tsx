'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton, useActionForm } from '@/components/ui/form';
import { initialFormState } from '@/lib/form-state';
import { addHolidayAction } from '@/lib/holidays/actions';

const holidaySchema = () => import('@/lib/holidays/schema').then((m) => m.holidaySchema);

export function HolidayForm() {
  const t = useTranslations('holidays');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    holidaySchema,
    addHolidayAction,
    initialFormState,
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded-lg border border-slate-300 bg-white p-4 md:grid-cols-4"
    >
      <div className="md:col-span-4">
        <FormMessage state={state} />
      </div>
      <Field name="date" label={t('date')} type="date" state={state} form={form} required />
      <div className="md:col-span-2">
        <Field name="name" label={t('name')} state={state} form={form} maxLength={200} required />
      </div>
      <div>
        <label htmlFor="holiday-kind" className="block text-sm font-medium">
          {t('kind')}
        </label>
        <select
          id="holiday-kind"
          className="block w-full rounded border border-slate-400 px-2 py-2"
          {...form.register('kind')}
        >
          {(['national', 'cuti_bersama', 'local'] as const).map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="md:col-span-4">
        <SubmitButton pending={pending} pendingLabel={t('saving')}>
          {t('add')}
        </SubmitButton>
      </div>
    </form>
  );
}
