'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, TextareaField, useActionForm } from '@/components/ui/form';
import { initialFormState } from '@/lib/form-state';
import { reviewEntryAction } from '@/lib/realisation/actions';
import { reviewEntrySchema } from '@/lib/realisation/schema';

/**
 * The pejabat penilai's decision on one periodic realisation entry: validate, or return with a comment.
 * Used on the validation queue and on the SKP page; works without JavaScript.
 */
export function ReviewEntryForm({
  entryId,
  version,
  back,
}: {
  entryId: number;
  version: number;
  back: 'queue' | 'skp';
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
