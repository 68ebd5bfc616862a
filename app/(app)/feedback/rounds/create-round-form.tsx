'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SelectField, SubmitButton, useActionForm } from '@/components/ui/form';
import { createRoundAction } from '@/lib/feedback/actions';
import type { FormState } from '@/lib/form-state';

const createRoundSchema = () => import('@/lib/feedback/schema').then((m) => m.createRoundSchema);

type Option = { id: number; label: string };

/** An admin opens a round: name, period, deadline and (optionally) the units whose staff are rated. */
export function CreateRoundForm({
  periods,
  units,
  defaults,
}: {
  periods: Option[];
  units: Option[];
  defaults: Record<string, string>;
}) {
  const t = useTranslations('feedback');
  const initial: FormState = { status: 'idle', values: defaults };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    createRoundSchema,
    createRoundAction,
    initial,
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
    >
      <FormMessage state={state} />
      <Field
        name="name"
        label={t('rounds.name')}
        state={state}
        form={form}
        defaultValue={defaults.name}
        maxLength={120}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <SelectField
          name="periodId"
          label={t('rounds.period')}
          state={state}
          form={form}
          defaultValue={defaults.periodId}
          options={periods.map((p) => ({ value: String(p.id), label: p.label }))}
        />
        <Field
          name="deadline"
          label={t('rounds.deadline')}
          type="date"
          state={state}
          form={form}
          defaultValue={defaults.deadline}
        />
      </div>
      <SelectField
        name="unitIds"
        label={t('rounds.units')}
        hint={t('rounds.unitsHint')}
        state={state}
        form={form}
        multiple
        size={8}
        options={units.map((u) => ({ value: String(u.id), label: u.label }))}
      />
      <SubmitButton pending={pending} pendingLabel={t('form.sending')}>
        {t('rounds.create')}
      </SubmitButton>
    </form>
  );
}
