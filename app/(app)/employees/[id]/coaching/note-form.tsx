'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import {
  FormMessage,
  SelectField,
  SubmitButton,
  TextareaField,
  useActionForm,
  valueAt,
} from '@/components/ui/form';
import { addNoteAction } from '@/lib/coaching/actions';
import type { NoteOptions } from '@/lib/coaching/types';
import { BERAKHLAK } from '@/lib/domain/berakhlak';

const noteSchema = () => import('@/lib/coaching/schema').then((m) => m.noteSchema);

const blank = (employeeId: number) => ({
  employeeId: String(employeeId),
  kind: '',
  target: '',
  reportId: '',
  entryId: '',
  text: '',
});

/**
 * The pejabat penilai's note: praise or "to improve", on an RHK or a value, optionally on one daily report
 * or one realisation entry.
 */
export function NoteForm({
  employeeId,
  options,
  formatDate,
  entryLabels,
}: {
  employeeId: number;
  options: NoteOptions;
  /** Report dates already in the reader's format, by report id. */
  formatDate: Record<number, string>;
  /** Entry periods already named in the reader's language ("Triwulan III 2026"), by entry id. */
  entryLabels: Record<number, string>;
}) {
  const t = useTranslations();
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(noteSchema, addNoteAction, {
    status: 'idle',
    values: blank(employeeId),
  });
  const targets = [
    ...options.rhks.map((r, i) => ({
      value: `rhk:${r.id}`,
      label: t('coaching.note.rhkOption', { n: i + 1, kind: t(`skp.kind.${r.kind}`), text: r.text }),
    })),
    ...BERAKHLAK.map((v) => ({
      value: `value:${v}`,
      label: t('coaching.note.onValue', { value: t(`berakhlak.${v}.name`) }),
    })),
  ];
  // A saved record is listed above; the form starts empty again (with JavaScript the inputs would keep it).
  useEffect(() => {
    if (state.status === 'ok') form.reset(blank(employeeId));
  }, [state, form, employeeId]);
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      data-testid="note-form"
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={valueAt(state, 'employeeId')} {...form.register('employeeId')} />
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          id="note-kind"
          name="kind"
          label={t('coaching.note.kind')}
          state={state}
          form={form}
          placeholder={t('coaching.choose')}
          options={(['praise', 'improve'] as const).map((k) => ({
            value: k,
            label: t(`coaching.kind.${k}`),
          }))}
        />
        <SelectField
          id="note-target"
          name="target"
          label={t('coaching.note.target')}
          state={state}
          form={form}
          placeholder={t('coaching.choose')}
          options={targets}
        />
      </div>
      <TextareaField
        id="note-text"
        name="text"
        label={t('coaching.note.text')}
        state={state}
        form={form}
        rows={4}
        maxLength={2000}
      />
      <SelectField
        id="note-report"
        name="reportId"
        label={t('coaching.note.reportOptional')}
        state={state}
        form={form}
        placeholder={t('coaching.note.noReport')}
        options={options.reports.map((r) => ({
          value: String(r.id),
          label: `${formatDate[r.id] ?? r.date} — ${r.activity.slice(0, 80)}`,
        }))}
      />
      {options.entries.length > 0 && (
        <SelectField
          id="note-entry"
          name="entryId"
          label={t('coaching.note.entryOptional')}
          hint={t('coaching.note.entryHint')}
          state={state}
          form={form}
          placeholder={t('coaching.note.noEntry')}
          options={options.entries.map((x) => ({
            value: String(x.id),
            label: t('coaching.note.entryOption', {
              period: entryLabels[x.id] ?? String(x.period.year),
              text: x.indicatorText.slice(0, 80),
            }),
          }))}
        />
      )}
      <SubmitButton pending={pending} pendingLabel={t('coaching.saving')}>
        {t('coaching.note.add')}
      </SubmitButton>
    </form>
  );
}
