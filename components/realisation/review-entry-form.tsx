'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextareaField, useActionForm } from '@/components/ui/form';
import { JUDGED_PCT, JUDGEMENTS } from '@/lib/domain/appraisal';
import { initialFormState } from '@/lib/form-state';
import { reviewEntryAction } from '@/lib/realisation/actions';

const reviewEntrySchema = () => import('@/lib/realisation/schema').then((m) => m.reviewEntrySchema);

/**
 * The pejabat penilai's decision on one periodic realisation entry: validate (a narrative with a judgement),
 * or return with a comment. Used on the validation queue and on the SKP page; works without JavaScript.
 */
export function ReviewEntryForm({
  entryId,
  version,
  back,
  judge = false,
}: {
  entryId: number;
  version: number;
  back: 'queue' | 'skp';
  /** A narrative (qualitative indicator): validating it needs a judgement. */
  judge?: boolean;
}) {
  const t = useTranslations('realisation');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    reviewEntrySchema,
    reviewEntryAction,
    initialFormState,
  );
  const prefix = `entry-${entryId}`;
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-2"
      data-testid={`review-entry-${entryId}`}
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={String(entryId)} {...form.register('entryId')} />
      <input type="hidden" defaultValue={String(version)} {...form.register('version')} />
      <input type="hidden" defaultValue={back} {...form.register('back')} />
      {judge && (
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-slate-800">{t('review.judgement')}</legend>
          {JUDGEMENTS.map((j) => (
            <label key={j} className="flex items-center gap-2 text-sm">
              <input type="radio" value={j} {...form.register('judgement')} />
              {t(`judgement.${j}`)} ({JUDGED_PCT[j]} %)
            </label>
          ))}
        </fieldset>
      )}
      <TextareaField
        id={`${prefix}-comment`}
        name="comment"
        label={t('review.comment')}
        hint={t('review.commentHint')}
        state={state}
        form={form}
        rows={2}
        maxLength={1000}
      />
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} pendingLabel={t('saving')} name="decision" value="validate">
          {t('review.validate')}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          pendingLabel={t('saving')}
          name="decision"
          value="return"
          tone="secondary"
        >
          {t('review.return')}
        </SubmitButton>
      </div>
    </form>
  );
}
