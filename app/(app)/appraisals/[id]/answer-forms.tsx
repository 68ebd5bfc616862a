'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, useActionForm, useMessage, valueAt } from '@/components/ui/form';
import { decideObjectionAction, objectAppraisalAction } from '@/lib/appraisal/actions';
import { decisionSchema, objectionSchema } from '@/lib/appraisal/schema';
import { RATINGS } from '@/lib/domain/ratings';
import { initialFormState } from '@/lib/form-state';

const input = 'block w-full rounded border border-slate-400 p-2 aria-invalid:border-red-700';

/** Keberatan: written reasons and optional files (PDF/JPEG/PNG), to the atasan pejabat penilai. */
export function ObjectionForm({
  appraisalId,
  version,
  deadline,
  maxMb,
}: {
  appraisalId: number;
  version: number;
  deadline: string;
  maxMb: number;
}) {
  const t = useTranslations('appraisal');
  const message = useMessage();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    objectionSchema,
    objectAppraisalAction,
    initialFormState,
  );
  const error = message(
    (form.formState.errors.reasons?.message as string | undefined) ?? state.fieldErrors?.reasons,
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border-2 border-amber-600 bg-amber-50 p-4"
    >
      <h2 className="text-lg font-semibold">{t('objection.title')}</h2>
      <p className="text-sm">{t('objection.deadline', { date: deadline })}</p>
      <FormMessage state={state} />
      <input type="hidden" value={appraisalId} {...form.register('appraisalId')} />
      <input type="hidden" value={version} {...form.register('version')} />
      <label htmlFor="objection-reasons" className="block font-medium">
        {t('objection.reasons')}
      </label>
      <textarea
        id="objection-reasons"
        rows={4}
        defaultValue={typeof state.values?.reasons === 'string' ? state.values.reasons : ''}
        aria-describedby="objection-reasons-error"
        aria-invalid={error ? true : undefined}
        className={input}
        {...form.register('reasons')}
      />
      <p id="objection-reasons-error" aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
      <label htmlFor="objection-files" className="block font-medium">
        {t('objection.attachments')}
      </label>
      <input
        id="objection-files"
        name="attachments"
        type="file"
        multiple
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        aria-describedby="objection-files-hint objection-files-error"
        className="block w-full text-sm"
      />
      <p id="objection-files-hint" className="text-sm text-slate-600">
        {t('objection.attachmentsHint', { mb: maxMb })}
      </p>
      <p id="objection-files-error" aria-live="polite" className="text-sm font-medium text-red-700">
        {message(state.fieldErrors?.evidence)}
      </p>
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('objection.submit')}
      </SubmitButton>
    </form>
  );
}

/** The atasan pejabat penilai's decision on an objection: uphold, or change the ratings. Final. */
export function DecisionForm({ appraisalId, version }: { appraisalId: number; version: number }) {
  const t = useTranslations();
  const message = useMessage();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    decisionSchema,
    decideObjectionAction,
    initialFormState,
  );
  const error = (name: string) =>
    message((form.formState.errors[name]?.message as string | undefined) ?? state.fieldErrors?.[name]);
  const select = (name: 'ratingHasil' | 'ratingPerilaku') => (
    <div>
      <label htmlFor={`decision-${name}`} className="block font-medium">
        {t(`appraisal.decision.${name}`)}
      </label>
      <select
        id={`decision-${name}`}
        defaultValue={valueAt(state, name) ?? ''}
        aria-describedby={`decision-${name}-error`}
        aria-invalid={error(name) ? true : undefined}
        className={input}
        {...form.register(name)}
      >
        <option value="">{t('appraisal.chooseRating')}</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {t(`ratings.${r}`)}
          </option>
        ))}
      </select>
      <p id={`decision-${name}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
        {error(name)}
      </p>
    </div>
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border-2 border-sky-700 bg-sky-50 p-4"
    >
      <h2 className="text-lg font-semibold">{t('appraisal.decision.title')}</h2>
      <p className="text-sm">{t('appraisal.decision.hint')}</p>
      <FormMessage state={state} />
      <input type="hidden" value={appraisalId} {...form.register('appraisalId')} />
      <input type="hidden" value={version} {...form.register('version')} />
      <div className="grid gap-4 md:grid-cols-2">
        {select('ratingHasil')}
        {select('ratingPerilaku')}
      </div>
      <label htmlFor="decision-reasons" className="block font-medium">
        {t('appraisal.decision.reasons')}
      </label>
      <textarea
        id="decision-reasons"
        defaultValue={valueAt(state, 'reasons') ?? ''}
        rows={3}
        aria-describedby="decision-reasons-error"
        aria-invalid={error('reasons') ? true : undefined}
        className={input}
        {...form.register('reasons')}
      />
      <p id="decision-reasons-error" aria-live="polite" className="text-sm font-medium text-red-700">
        {error('reasons')}
      </p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending} pendingLabel={t('appraisal.saving')} name="decision" value="change">
          {t('appraisal.decision.change')}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          pendingLabel={t('appraisal.saving')}
          name="decision"
          value="uphold"
          tone="secondary"
        >
          {t('appraisal.decision.uphold')}
        </SubmitButton>
      </div>
    </form>
  );
}
