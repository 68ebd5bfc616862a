'use client';

import { useTranslations } from 'next-intl';
import {
  FieldError,
  FormMessage,
  SubmitButton,
  TextareaField,
  useActionForm,
  useFieldError,
  valueAt,
} from '@/components/ui/form';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { FEEDBACK_ANSWERS } from '@/lib/domain/feedback';
import { saveAnswersAction } from '@/lib/feedback/actions';
import type { FormState } from '@/lib/form-state';

const answerSchema = () => import('@/lib/feedback/schema').then((m) => m.answerSchema);

type Props = { values: Record<string, unknown> };

/**
 * The 360° questionnaire: each BerAKHLAK value on the official three-level scale (or "cannot judge") with
 * its guideline behaviours as anchors, and two optional comments. Plain radios and buttons: it posts
 * without JavaScript; with it, the same schema checks the answers before sending.
 */
export function Questionnaire({ values }: Props) {
  const t = useTranslations();
  const initial: FormState = { status: 'idle', values };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    answerSchema,
    saveAnswersAction,
    initial,
  );
  const error = useFieldError(form, state);
  const current = (name: string) => valueAt(state, name) ?? valueAt(initial, name) ?? '';
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      {['requestId', 'version'].map((name) => (
        <input key={name} type="hidden" defaultValue={current(name)} {...form.register(name)} />
      ))}
      {BERAKHLAK.map((value) => {
        const name = `answers.${value}`;
        const err = error(name);
        return (
          <fieldset
            key={value}
            aria-describedby={`${value}-anchors ${value}-error`}
            aria-invalid={err ? true : undefined}
            className="rounded-lg border border-slate-300 bg-white p-4 aria-invalid:border-red-700"
          >
            <legend className="px-1 text-lg font-semibold">{t(`berakhlak.${value}.name`)}</legend>
            <ul id={`${value}-anchors`} className="mb-3 list-disc pl-6 text-sm text-slate-700">
              {(['g1', 'g2', 'g3'] as const).map((g) => (
                <li key={g}>{t(`berakhlak.${value}.${g}`)}</li>
              ))}
            </ul>
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {FEEDBACK_ANSWERS.map((answer) => (
                <label key={answer} className="flex items-center gap-2">
                  <input
                    type="radio"
                    value={answer}
                    defaultChecked={current(name) === answer}
                    className="h-4 w-4 accent-emerald-800"
                    {...form.register(name)}
                  />
                  {t(`feedback.answers.${answer}`)}
                </label>
              ))}
            </div>
            <FieldError id={`${value}-error`} text={err} />
          </fieldset>
        );
      })}
      {(['strengths', 'improvements'] as const).map((name) => (
        <TextareaField
          key={name}
          name={name}
          label={t(`feedback.form.${name}`)}
          hint={t('feedback.form.commentHint')}
          state={state}
          form={form}
          maxLength={1000}
        />
      ))}
      <p className="text-sm text-slate-700">{t('feedback.form.finalNote')}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton
          name="intent"
          value="submit"
          pending={pending}
          pendingLabel={t('feedback.form.sending')}
        >
          {t('feedback.form.submit')}
        </SubmitButton>
        <SubmitButton
          name="intent"
          value="save"
          tone="secondary"
          pending={pending}
          pendingLabel={t('feedback.form.sending')}
        >
          {t('feedback.form.save')}
        </SubmitButton>
      </div>
    </form>
  );
}
