'use client';

import { useTranslations } from 'next-intl';
import {
  Field,
  FieldError,
  FormMessage,
  SelectField,
  SubmitButton,
  useActionForm,
  useFieldError,
} from '@/components/ui/form';
import { DECLINE_KINDS } from '@/lib/domain/feedback';
import { changeRatersAction, createRoundAction, declineAction } from '@/lib/feedback/actions';
import { createRoundSchema, declineSchema, raterChangeSchema } from '@/lib/feedback/schema';
import type { FormState } from '@/lib/form-state';

/** Declining a request, with the kind of reason (a conflict of interest among them). */
export function DeclineForm({ requestId, version }: { requestId: number; version: number }) {
  const t = useTranslations('feedback');
  const initial: FormState = {
    status: 'idle',
    values: { requestId: String(requestId), version: String(version) },
  };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    declineSchema,
    declineAction,
    initial,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" defaultValue={String(requestId)} {...form.register('requestId')} />
      <input type="hidden" defaultValue={String(version)} {...form.register('version')} />
      <SelectField
        name="declineKind"
        label={t('decline.kind')}
        state={state}
        form={form}
        placeholder={t('decline.choose')}
        options={DECLINE_KINDS.map((k) => ({ value: k, label: t(`decline.kinds.${k}`) }))}
      />
      <Field name="declineReason" label={t('decline.reason')} state={state} form={form} maxLength={500} />
      <SubmitButton tone="secondary" pending={pending} pendingLabel={t('form.sending')}>
        {t('decline.submit')}
      </SubmitButton>
    </form>
  );
}

type RaterChangeProps = {
  roundId: number;
  rateeId: number;
  change: 'add' | 'remove';
  requestId?: number;
  /** A proposed colleague: the NIP is fixed and only the reason is asked. */
  raterNip?: string;
  label: string;
  defaultReason?: string;
  idPrefix: string;
};

/** Adding or removing one rater, always with a reason (kept in the audit log). */
export function RaterChangeForm({
  roundId,
  rateeId,
  change,
  requestId,
  raterNip,
  label,
  defaultReason,
  idPrefix,
}: RaterChangeProps) {
  const t = useTranslations('feedback');
  const fixed: Record<string, string> = {
    roundId: String(roundId),
    rateeId: String(rateeId),
    change,
    ...(requestId ? { requestId: String(requestId) } : {}),
    ...(raterNip ? { raterNip } : {}),
  };
  const initial: FormState = { status: 'idle', values: { ...fixed, reason: defaultReason ?? '' } };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    raterChangeSchema,
    changeRatersAction,
    initial,
  );
  const errorOf = useFieldError(form, state);
  const freeNip = change === 'add' && !raterNip;
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="flex flex-wrap items-end gap-2"
    >
      <div className="w-full">
        <FormMessage state={state} />
      </div>
      {Object.entries(fixed).map(([name, value]) => (
        <input key={name} type="hidden" defaultValue={value} {...form.register(name)} />
      ))}
      {freeNip && (
        <Field
          id={`${idPrefix}-nip`}
          name="raterNip"
          label={t('raters.nip')}
          state={state}
          form={form}
          inputMode="numeric"
          maxLength={18}
        />
      )}
      <div className="min-w-56 flex-1">
        <Field
          id={`${idPrefix}-reason`}
          name="reason"
          label={t('raters.reason')}
          state={state}
          form={form}
          defaultValue={defaultReason ?? ''}
          maxLength={300}
        />
        <FieldError id={`${idPrefix}-request-error`} text={errorOf('requestId')} />
      </div>
      <SubmitButton tone="secondary" pending={pending} pendingLabel={t('form.sending')}>
        {label}
      </SubmitButton>
    </form>
  );
}

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
