'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Field, FormMessage, SelectField, SubmitButton, useActionForm, valueAt } from '@/components/ui/form';
import { addPlanItemAction, setPlanItemStatusAction } from '@/lib/appraisal/actions';
import { BERAKHLAK, type BerakhlakValue } from '@/lib/domain/berakhlak';
import { initialFormState } from '@/lib/form-state';

const planItemSchema = () => import('@/lib/appraisal/schema').then((m) => m.planItemSchema);

/** Adds an item to the development plan; a proposal from feedback prefills the value and text. */
export function AddPlanItemForm({
  employeeId,
  value,
  text,
  minDate,
  testId,
}: {
  employeeId: number;
  value?: BerakhlakValue;
  text?: string;
  minDate: string;
  testId?: string;
}) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    planItemSchema,
    addPlanItemAction,
    {
      status: 'idle',
      values: { employeeId: String(employeeId), valueCode: value ?? '', text: text ?? '', targetDate: '' },
    },
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-2"
      data-testid={testId}
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={valueAt(state, 'employeeId')} {...form.register('employeeId')} />
      <SelectField
        id="plan-value"
        name="valueCode"
        label={t('appraisal.plan.value')}
        state={state}
        form={form}
        placeholder={t('appraisal.plan.noValue')}
        options={BERAKHLAK.map((v) => ({ value: v, label: t(`berakhlak.${v}.name`) }))}
      />
      <div className="grid gap-2 md:grid-cols-[2fr_1fr]">
        <Field
          name="text"
          label={t('appraisal.plan.text')}
          state={state}
          form={form}
          maxLength={1000}
          required
        />
        <Field
          name="targetDate"
          label={t('appraisal.plan.targetDate')}
          type="date"
          state={state}
          form={form}
          min={minDate}
          required
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t('appraisal.saving')} tone="secondary">
        {t('appraisal.plan.add')}
      </SubmitButton>
    </form>
  );
}

/** Changes an item's status (planned → in progress → done); a plain form, no JavaScript needed. */
export function PlanStatusForm({
  itemId,
  version,
  status,
}: {
  itemId: number;
  version: number;
  status: string;
}) {
  const t = useTranslations('appraisal.plan');
  const [state, formAction, pending] = useActionState(setPlanItemStatusAction, initialFormState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <label htmlFor={`plan-status-${itemId}`} className="sr-only">
        {t('statusLabel')}
      </label>
      <select
        id={`plan-status-${itemId}`}
        name="status"
        defaultValue={status}
        className="rounded border border-slate-400 px-2 py-1"
      >
        {(['planned', 'in_progress', 'done'] as const).map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </select>
      <SubmitButton pending={pending} pendingLabel={t('updating')} tone="secondary">
        {t('update')}
      </SubmitButton>
      {state.status === 'error' && <FormMessage state={state} />}
    </form>
  );
}
