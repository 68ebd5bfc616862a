'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage, SubmitButton } from '@/components/ui/form';
import { applyImportAction } from '@/lib/admin/import/actions';
import { initialFormState } from '@/lib/form-state';

/** Confirms a dry run without issues; the proposed unit-head lines are written only when ticked. */
export function ApplyForm({ jobId, proposals }: { jobId: number; proposals: number }) {
  const t = useTranslations('adminImport');
  const [state, formAction, pending] = useActionState(applyImportAction, initialFormState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-emerald-700 bg-emerald-50 p-4">
      <FormMessage state={state} />
      <input type="hidden" name="jobId" value={jobId} />
      {proposals > 0 && (
        <div className="flex items-start gap-2">
          <input
            id="accept-proposals"
            name="acceptProposals"
            type="checkbox"
            value="on"
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="accept-proposals" className="text-sm">
            {t('apply.acceptProposals', { count: proposals })}
          </label>
        </div>
      )}
      <SubmitButton pending={pending} pendingLabel={t('apply.applying')}>
        {t('apply.submit')}
      </SubmitButton>
    </form>
  );
}
