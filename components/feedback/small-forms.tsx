'use client';

import { useTranslations } from 'next-intl';
import { Field, FormMessage, SubmitButton, useActionForm, useMessage, valueAt } from '@/components/ui/form';
import { DECLINE_KINDS } from '@/lib/domain/feedback';
import { changeRatersAction, createRoundAction, declineAction } from '@/lib/feedback/actions';
import { createRoundSchema, declineSchema, raterChangeSchema } from '@/lib/feedback/schema';
import type { FormState } from '@/lib/form-state';

const box = 'block w-full rounded border border-slate-400 px-3 py-2 aria-invalid:border-red-700';

/** Declining a request, with the kind of reason (a conflict of interest among them). */
export function DeclineForm({ requestId, version }: { requestId: number; version: number }) {
  const t = useTranslations('feedback');
  const message = useMessage();
  const initial: FormState = {
    status: 'idle',
    values: { requestId: String(requestId), version: String(version) },
  };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    declineSchema,
    declineAction,
    initial,
  );
  const error = (name: string) =>
    message((form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name]);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" defaultValue={String(requestId)} {...form.register('requestId')} />
      <input type="hidden" defaultValue={String(version)} {...form.register('version')} />
      <div>
        <label htmlFor="field-declineKind" className="block text-sm font-medium">
          {t('decline.kind')}
        </label>
        <select
          id="field-declineKind"
          defaultValue={valueAt(state, 'declineKind') ?? ''}
          aria-invalid={error('declineKind') ? true : undefined}
          aria-describedby="field-declineKind-error"
          className={box}
          {...form.register('declineKind')}
        >
          <option value="">{t('decline.choose')}</option>
          {DECLINE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`decline.kinds.${k}`)}
            </option>
          ))}
        </select>
        <p id="field-declineKind-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {error('declineKind')}
        </p>
      </div>
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
  const message = useMessage();
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
  const error = (name: string) =>
    message((form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name]);
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
        <div>
          <label htmlFor={`${idPrefix}-nip`} className="block text-sm font-medium">
            {t('raters.nip')}
          </label>
          <input
            id={`${idPrefix}-nip`}
            inputMode="numeric"
            maxLength={18}
            defaultValue={valueAt(state, 'raterNip') ?? ''}
            aria-invalid={error('raterNip') ? true : undefined}
            aria-describedby={`${idPrefix}-nip-error`}
            className={box}
            {...form.register('raterNip')}
          />
          <p id={`${idPrefix}-nip-error`} aria-live="polite" className="text-sm font-medium text-red-700">
            {error('raterNip')}
          </p>
        </div>
      )}
      <div className="min-w-56 flex-1">
        <label htmlFor={`${idPrefix}-reason`} className="block text-sm font-medium">
          {t('raters.reason')}
        </label>
        <input
          id={`${idPrefix}-reason`}
          maxLength={300}
          defaultValue={valueAt(state, 'reason') ?? defaultReason ?? ''}
          aria-invalid={error('reason') ? true : undefined}
          aria-describedby={`${idPrefix}-reason-error`}
          className={box}
          {...form.register('reason')}
        />
        <p id={`${idPrefix}-reason-error`} aria-live="polite" className="text-sm font-medium text-red-700">
          {error('reason') ?? error('requestId')}
        </p>
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
  const message = useMessage();
  const initial: FormState = { status: 'idle', values: defaults };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    createRoundSchema,
    createRoundAction,
    initial,
  );
  const error = (name: string) =>
    message((form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name]);
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
        <div>
          <label htmlFor="field-periodId" className="block text-sm font-medium">
            {t('rounds.period')}
          </label>
          <select
            id="field-periodId"
            defaultValue={valueAt(state, 'periodId') ?? defaults.periodId}
            aria-invalid={error('periodId') ? true : undefined}
            aria-describedby="field-periodId-error"
            className={box}
            {...form.register('periodId')}
          >
            {periods.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {p.label}
              </option>
            ))}
          </select>
          <p id="field-periodId-error" aria-live="polite" className="text-sm font-medium text-red-700">
            {error('periodId')}
          </p>
        </div>
        <Field
          name="deadline"
          label={t('rounds.deadline')}
          type="date"
          state={state}
          form={form}
          defaultValue={defaults.deadline}
        />
      </div>
      <div>
        <label htmlFor="field-unitIds" className="block text-sm font-medium">
          {t('rounds.units')}
        </label>
        <p id="field-unitIds-hint" className="text-sm text-slate-600">
          {t('rounds.unitsHint')}
        </p>
        <select
          id="field-unitIds"
          multiple
          size={8}
          aria-describedby="field-unitIds-hint field-unitIds-error"
          aria-invalid={error('unitIds') ? true : undefined}
          className={box}
          {...form.register('unitIds')}
        >
          {units.map((u) => (
            <option key={u.id} value={String(u.id)}>
              {u.label}
            </option>
          ))}
        </select>
        <p id="field-unitIds-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {error('unitIds')}
        </p>
      </div>
      <SubmitButton pending={pending} pendingLabel={t('form.sending')}>
        {t('rounds.create')}
      </SubmitButton>
    </form>
  );
}
