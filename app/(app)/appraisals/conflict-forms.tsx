'use client';

import { useTranslations } from 'next-intl';
import {
  Field,
  FormMessage,
  SelectField,
  SubmitButton,
  TextareaField,
  useActionForm,
} from '@/components/ui/form';
import {
  decideRaterRequestAction,
  declareConflictAction,
  designateRaterAction,
  requestOtherRaterAction,
} from '@/lib/appraisal/conflict/actions';
import { CONFLICT_REASONS } from '@/lib/appraisal/conflict/types';
import { initialFormState } from '@/lib/form-state';

const decideRequestSchema = () =>
  import('@/lib/appraisal/conflict/schema').then((m) => m.decideRequestSchema);
const declareConflictSchema = () =>
  import('@/lib/appraisal/conflict/schema').then((m) => m.declareConflictSchema);
const designateSchema = () => import('@/lib/appraisal/conflict/schema').then((m) => m.designateSchema);
const raterRequestSchema = () => import('@/lib/appraisal/conflict/schema').then((m) => m.raterRequestSchema);

const box = 'space-y-3 rounded-lg border border-slate-300 bg-white p-4';

/** The pejabat penilai declares a conflict of interest for one subordinate and period. */
export function DeclareConflictForm({ employeeId, periodId }: { employeeId: number; periodId: number }) {
  const t = useTranslations('conflict');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    declareConflictSchema,
    declareConflictAction,
    initialFormState,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <FormMessage state={state} />
      <input type="hidden" value={employeeId} {...form.register('employeeId')} />
      <input type="hidden" value={periodId} {...form.register('periodId')} />
      <SelectField
        name="reasonKind"
        label={t('reasonKind')}
        state={state}
        form={form}
        placeholder={t('choose')}
        options={CONFLICT_REASONS.map((k) => ({ value: k, label: t(`reasonKinds.${k}`) }))}
      />
      <TextareaField name="reason" label={t('reason')} hint={t('reasonHint')} state={state} form={form} />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('submit')}
      </SubmitButton>
    </form>
  );
}

/** The employee asks for a different rater for a period. */
export function RaterRequestForm({ periods }: { periods: { id: number; label: string }[] }) {
  const t = useTranslations('conflict');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    raterRequestSchema,
    requestOtherRaterAction,
    initialFormState,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className={box}>
      <FormMessage state={state} />
      <SelectField
        id="request-period"
        name="periodId"
        label={t('period')}
        state={state}
        form={form}
        defaultValue={String(periods[0]?.id ?? '')}
        options={periods.map((p) => ({ value: String(p.id), label: p.label }))}
      />
      <TextareaField id="request-reason" name="reason" label={t('requestReason')} state={state} form={form} />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('requestSubmit')}
      </SubmitButton>
    </form>
  );
}

/** The atasan pejabat penilai accepts or refuses one request, with a note. */
export function DecideRequestForm({ requestId }: { requestId: number }) {
  const t = useTranslations('conflict');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    decideRequestSchema,
    decideRaterRequestAction,
    initialFormState,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" value={requestId} {...form.register('requestId')} />
      <TextareaField
        id={`decision-note-${requestId}`}
        name="note"
        label={t('decisionNote')}
        state={state}
        form={form}
        rows={2}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t('saving')} name="decision" value="accept">
          {t('accept')}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          pendingLabel={t('saving')}
          name="decision"
          value="refuse"
          tone="secondary"
        >
          {t('refuse')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** BKPSDM designates the rater of a handed-over appraisal by NIP. */
export function DesignateForm({ reassignmentId }: { reassignmentId: number }) {
  const t = useTranslations('conflict');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    designateSchema,
    designateRaterAction,
    initialFormState,
  );
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-2">
      <FormMessage state={state} />
      <input type="hidden" value={reassignmentId} {...form.register('reassignmentId')} />
      <Field
        id={`designate-${reassignmentId}`}
        name="nip"
        label={t('designate')}
        state={state}
        form={form}
        inputMode="numeric"
        maxLength={18}
      />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('designateSubmit')}
      </SubmitButton>
    </form>
  );
}
