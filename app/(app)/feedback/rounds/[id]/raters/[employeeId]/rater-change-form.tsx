'use client';

import { useTranslations } from 'next-intl';
import {
  Field,
  FieldError,
  FormMessage,
  SubmitButton,
  useActionForm,
  useFieldError,
} from '@/components/ui/form';
import { changeRatersAction } from '@/lib/feedback/actions';
import type { FormState } from '@/lib/form-state';

const raterChangeSchema = () => import('@/lib/feedback/schema').then((m) => m.raterChangeSchema);

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
