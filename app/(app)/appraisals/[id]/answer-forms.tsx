'use client';

import { useTranslations } from 'next-intl';
import {
  FieldError,
  FormMessage,
  SelectField,
  SubmitButton,
  TextareaField,
  useActionForm,
  useFieldError,
} from '@/components/ui/form';
import { decideObjectionAction, objectAppraisalAction } from '@/lib/appraisal/actions';
import { RATINGS } from '@/lib/domain/ratings';
import { initialFormState } from '@/lib/form-state';

const decisionSchema = () => import('@/lib/appraisal/schema').then((m) => m.decisionSchema);
const objectionSchema = () => import('@/lib/appraisal/schema').then((m) => m.objectionSchema);

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
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    objectionSchema,
    objectAppraisalAction,
    initialFormState,
  );
  const errorOf = useFieldError(form, state);
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
      <TextareaField
        id="objection-reasons"
        name="reasons"
        label={t('objection.reasons')}
        state={state}
        form={form}
        rows={4}
      />
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
      <FieldError id="objection-files-error" text={errorOf('evidence')} />
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('objection.submit')}
      </SubmitButton>
    </form>
  );
}

/** The atasan pejabat penilai's decision on an objection: uphold, or change the ratings. Final. */
export function DecisionForm({ appraisalId, version }: { appraisalId: number; version: number }) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    decisionSchema,
    decideObjectionAction,
    initialFormState,
  );
  const select = (name: 'ratingHasil' | 'ratingPerilaku') => (
    <SelectField
      id={`decision-${name}`}
      name={name}
      label={t(`appraisal.decision.${name}`)}
      state={state}
      form={form}
      placeholder={t('appraisal.chooseRating')}
      options={RATINGS.map((r) => ({ value: r, label: t(`ratings.${r}`) }))}
    />
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
      <TextareaField
        id="decision-reasons"
        name="reasons"
        label={t('appraisal.decision.reasons')}
        state={state}
        form={form}
      />
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
