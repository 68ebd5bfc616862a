'use client';

import { useTranslations } from 'next-intl';
import { FormMessage, SubmitButton, useActionForm, useMessage } from '@/components/ui/form';
import { initialFormState } from '@/lib/form-state';
import { decideSkpAction } from '@/lib/skp/actions';

const decideSkpSchema = () => import('@/lib/skp/schema').then((m) => m.decideSkpSchema);

/** Approve, or return with a comment: two submit buttons on one form, one comment field. */
export function DecisionForm({ skpId, version }: { skpId: number; version: number }) {
  const t = useTranslations('skp');
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    decideSkpSchema,
    decideSkpAction,
    initialFormState,
  );
  const message = useMessage(state);
  const error = message(
    (form.formState.errors.comment?.message as string | undefined) ?? state.fieldErrors?.comment,
  );
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3 rounded-lg border-2 border-sky-700 bg-sky-50 p-4"
    >
      <h2 className="text-lg font-semibold">{t('decisionTitle')}</h2>
      <FormMessage state={state} />
      <input type="hidden" value={skpId} {...form.register('skpId')} />
      <input type="hidden" value={version} {...form.register('version')} />
      <label htmlFor="decision-comment" className="block font-medium">
        {t('returnComment')}
      </label>
      <textarea
        id="decision-comment"
        rows={3}
        defaultValue={typeof state.values?.comment === 'string' ? state.values.comment : ''}
        aria-describedby="decision-comment-hint decision-comment-error"
        aria-invalid={error ? true : undefined}
        className="block w-full rounded border border-slate-400 p-2"
        {...form.register('comment')}
      />
      <p id="decision-comment-hint" className="text-sm text-slate-600">
        {t('returnCommentHint')}
      </p>
      <p id="decision-comment-error" aria-live="polite" className="text-sm font-medium text-red-700">
        {error}
      </p>
      <div className="flex gap-3">
        <SubmitButton pending={pending} pendingLabel={t('saving')} name="decision" value="approve">
          {t('approve')}
        </SubmitButton>
        <SubmitButton
          pending={pending}
          pendingLabel={t('saving')}
          name="decision"
          value="return"
          tone="secondary"
        >
          {t('return')}
        </SubmitButton>
      </div>
    </form>
  );
}
