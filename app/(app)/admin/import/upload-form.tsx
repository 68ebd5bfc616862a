'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FieldError, FormMessage, SubmitButton, useMessage } from '@/components/ui/form';
import { uploadImportAction } from '@/lib/admin/import/actions';
import { initialFormState } from '@/lib/form-state';

/** The two files and whether the people file is a full export; the same post with JavaScript on or off. */
export function UploadForm() {
  const t = useTranslations('adminImport');
  const [state, formAction, pending] = useActionState(uploadImportAction, initialFormState);
  const message = useMessage(state);
  const fileInput = (name: 'people' | 'supervision', required: boolean) => (
    <div className="space-y-1">
      <label htmlFor={`import-${name}`} className="block text-sm font-medium text-slate-800">
        {t(`upload.${name}`)}
      </label>
      <input
        id={`import-${name}`}
        name={name}
        type="file"
        required={required}
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={`import-${name}-hint import-${name}-error`}
        aria-invalid={state.fieldErrors?.[name] ? true : undefined}
        className="block w-full text-sm"
      />
      <p id={`import-${name}-hint`} className="text-sm text-slate-600">
        {t(`upload.${name}Hint`)}
      </p>
      <FieldError id={`import-${name}-error`} text={message(state.fieldErrors?.[name])} />
    </div>
  );
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
      aria-label={t('upload.title')}
    >
      <h2 className="text-lg font-semibold">{t('upload.title')}</h2>
      <FormMessage state={state} />
      {fileInput('people', true)}
      {fileInput('supervision', false)}
      <div className="flex items-start gap-2">
        <input id="import-full" name="fullExport" type="checkbox" value="on" className="mt-1 h-4 w-4" />
        <label htmlFor="import-full" className="text-sm">
          {t('upload.fullExport')}
        </label>
      </div>
      <SubmitButton pending={pending} pendingLabel={t('upload.checking')}>
        {t('upload.submit')}
      </SubmitButton>
    </form>
  );
}
