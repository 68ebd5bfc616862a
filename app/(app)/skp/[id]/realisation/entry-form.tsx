'use client';

import { useTranslations } from 'next-intl';
import {
  Field,
  FormMessage,
  SubmitButton,
  TextareaField,
  useActionForm,
  useMessage,
} from '@/components/ui/form';
import type { FormState } from '@/lib/form-state';
import { saveEntryAction } from '@/lib/realisation/actions';

const entryFormSchema = () => import('@/lib/realisation/schema').then((m) => m.entryFormSchema);

type Props = {
  values: Record<string, string>;
  unit: string;
  hint: string;
  maxMb: number;
  /** Files already attached (new ones are added to them). */
  files: string[];
  /** A qualitative indicator: a narrative (required) instead of a value and a note. */
  narrative: boolean;
};

/**
 * A periodic realisation entry: value, evidence files or a link, a note — or, for a qualitative indicator,
 * a narrative for the pejabat penilai to judge. Multipart; works without JavaScript.
 */
export function EntryForm({ values, unit, hint, maxMb, files, narrative }: Props) {
  const t = useTranslations('realisation');
  const initial: FormState = { status: 'idle', values };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    entryFormSchema,
    saveEntryAction,
    initial,
  );
  const message = useMessage(state);
  const current = (name: string) => {
    const v = state.values?.[name];
    return typeof v === 'string' ? v : (values[name] ?? '');
  };
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-lg border border-slate-300 bg-white p-4"
    >
      <FormMessage state={state} />
      {['indicatorId', 'periodId', 'entryId', 'version', 'kind'].map((name) => (
        <input key={name} type="hidden" defaultValue={current(name)} {...form.register(name)} />
      ))}
      {narrative ? (
        <TextareaField
          name="note"
          label={t('form.narrative')}
          hint={hint}
          state={state}
          form={form}
          defaultValue={values.note}
          rows={6}
          maxLength={2000}
        />
      ) : (
        <Field
          name="value"
          label={t('form.value', { unit })}
          hint={hint}
          state={state}
          form={form}
          inputMode="decimal"
          defaultValue={values.value}
          required
        />
      )}
      <div>
        <label htmlFor="field-evidence" className="block text-sm font-medium">
          {t('form.files')}
        </label>
        <input
          id="field-evidence"
          name="evidence"
          type="file"
          multiple
          accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby="field-evidence-hint field-evidence-error"
          aria-invalid={state.fieldErrors?.evidence ? true : undefined}
          className="block w-full text-sm"
        />
        <p id="field-evidence-hint" className="text-sm text-slate-600">
          {t('form.filesHint', { mb: maxMb })}
          {files.length > 0 && ` ${t('form.attached', { names: files.join(', ') })}`}
        </p>
        <p id="field-evidence-error" aria-live="polite" className="text-sm font-medium text-red-700">
          {message(state.fieldErrors?.evidence)}
        </p>
      </div>
      <Field
        name="evidenceLink"
        label={t('form.link')}
        type="url"
        state={state}
        form={form}
        defaultValue={values.evidenceLink}
      />
      {!narrative && (
        <TextareaField
          name="note"
          label={t('form.note')}
          state={state}
          form={form}
          defaultValue={values.note}
          rows={3}
          maxLength={2000}
        />
      )}
      <SubmitButton pending={pending} pendingLabel={t('saving')}>
        {t('form.save')}
      </SubmitButton>
    </form>
  );
}
