'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton, useActionForm } from '@/components/ui/form';
import { initialFormState } from '@/lib/form-state';
import { addUnitGoalAction } from '@/lib/skp/actions';

const unitGoalSchema = () => import('@/lib/skp/schema').then((m) => m.unitGoalSchema);

export function AddGoalForm({ units }: { units: { id: number; name: string }[] }) {
  const t = useTranslations('skp.goals');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    unitGoalSchema,
    addUnitGoalAction,
    initialFormState,
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
    >
      <FormMessage state={state} />
      <div>
        <label htmlFor="goal-unit" className="block text-sm font-medium">
          {t('unit')}
        </label>
        <select
          id="goal-unit"
          className="block w-full rounded border border-slate-400 px-2 py-1"
          {...form.register('unitId')}
        >
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <Field name="text" label={t('text')} state={state} form={form} maxLength={1000} required />
      <SubmitButton pending={pending} pendingLabel={t('adding')}>
        {t('add')}
      </SubmitButton>
    </form>
  );
}
