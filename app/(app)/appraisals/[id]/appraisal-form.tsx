'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, FieldValues, UseFormReturn } from 'react-hook-form';
import { FormMessage, SubmitButton, useActionForm, useMessage, valueAt } from '@/components/ui/form';
import { TableScroll } from '@/components/ui/table-scroll';
import { saveAppraisalAction } from '@/lib/appraisal/actions';
import type { AppraisalRhk } from '@/lib/appraisal/types';
import { predikatFor } from '@/lib/domain/appraisal';
import { BERAKHLAK, type BerakhlakValue } from '@/lib/domain/berakhlak';
import { isRating, RATINGS, type Rating } from '@/lib/domain/ratings';
import type { FormState } from '@/lib/form-state';

const appraisalFormSchema = () => import('@/lib/appraisal/schema').then((m) => m.appraisalFormSchema);

type Props = {
  appraisalId: number;
  version: number;
  rhks: AppraisalRhk[];
  behaviours: Partial<Record<BerakhlakValue, string>>;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  justification: string | null;
  /** The evidence anchor's rating, or the rating the organisation's result fixes for a unit head. */
  suggested: Rating | null;
  fixedByOrg: boolean;
  /** Peers' view per value from the 360° round, already worded. */
  peerView: Partial<Record<BerakhlakValue, string>>;
  decimal: string;
};

const input = 'block w-full rounded border border-slate-400 px-2 py-1 aria-invalid:border-red-700';

function errorAt(errors: FieldErrors<FieldValues>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** The appraiser's form: works as a plain POST; with JavaScript the predikat follows the ratings live. */
export function AppraisalForm(props: Props) {
  const t = useTranslations();
  const initial: FormState = {
    status: 'idle',
    values: {
      appraisalId: String(props.appraisalId),
      version: String(props.version),
      items: props.rhks.flatMap((r) =>
        r.items.map((i) => ({
          indicatorId: String(i.indicatorId),
          override: i.override === null ? '' : String(i.override),
          reason: i.overrideReason ?? '',
          feedback: i.feedback ?? '',
        })),
      ),
      behaviours: Object.fromEntries(BERAKHLAK.map((v) => [v, props.behaviours[v] ?? ''])),
      ratingHasil: props.ratingHasil ?? '',
      ratingPerilaku: props.ratingPerilaku ?? '',
      justification: props.justification ?? '',
    },
  };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    appraisalFormSchema,
    saveAppraisalAction,
    initial,
  );
  const message = useMessage(state);
  const error = (name: string) => message(errorAt(form.formState.errors, name) ?? state.fieldErrors?.[name]);
  const errorText = (name: string) => (
    <p id={`f-${name}-error`} aria-live="polite" className="text-sm font-medium text-red-700">
      {error(name)}
    </p>
  );
  // Rendered into the HTML so the form shows saved values (and keeps them on the next save) without JavaScript.
  const aria = (name: string) => ({
    defaultValue: valueAt(state, name) ?? '',
    id: `f-${name}`,
    'aria-describedby': `f-${name}-error`,
    'aria-invalid': error(name) ? true : undefined,
  });
  let index = -1;
  return (
    <form
      ref={ref}
      action={formAction}
      onSubmit={onSubmit}
      noValidate
      className="space-y-6"
      data-testid="appraisal-form"
    >
      <FormMessage state={state} />
      <input type="hidden" defaultValue={valueAt(state, 'appraisalId')} {...form.register('appraisalId')} />
      <input type="hidden" defaultValue={valueAt(state, 'version')} {...form.register('version')} />
      <TableScroll label={t('appraisal.results')}>
        <table className="w-full border-collapse text-sm">
          <caption className="px-2 py-1 text-left font-semibold">{t('appraisal.results')}</caption>
          <thead className="bg-slate-100">
            <tr>
              <th scope="col" className="border border-slate-400 px-2 py-1">
                {t('appraisal.indicator')}
              </th>
              <th scope="col" className="border border-slate-400 px-2 py-1">
                {t('appraisal.target')}
              </th>
              <th scope="col" className="border border-slate-400 px-2 py-1">
                {t('appraisal.realisationFromReports')}
              </th>
              <th scope="col" className="border border-slate-400 px-2 py-1">
                {t('appraisal.correction')}
              </th>
              <th scope="col" className="border border-slate-400 px-2 py-1">
                {t('appraisal.feedback')}
              </th>
            </tr>
          </thead>
          <tbody>
            {props.rhks.map((r) => [
              <tr key={`rhk-${r.id}`} className="bg-slate-50">
                <th scope="colgroup" colSpan={5} className="border border-slate-400 px-2 py-1 text-left">
                  {t(`skp.kind.${r.kind}`)}: {r.text}
                </th>
              </tr>,
              ...r.items.map((i) => {
                index++;
                const p = `items.${index}`;
                const fmt = (n: number) => String(n).replace('.', props.decimal);
                return (
                  <tr key={i.indicatorId}>
                    <td className="border border-slate-400 px-2 py-1 align-top">
                      <input
                        type="hidden"
                        defaultValue={valueAt(state, `${p}.indicatorId`)}
                        {...form.register(`${p}.indicatorId`)}
                      />
                      {i.text}
                    </td>
                    <td className="border border-slate-400 px-2 py-1 align-top">
                      {fmt(i.periodTarget)} {i.targetUnit}
                    </td>
                    <td className="border border-slate-400 px-2 py-1 align-top">
                      {i.computed === null ? (
                        <span data-testid={`missing-${i.indicatorId}`}>{t('realisation.missing')}</span>
                      ) : (
                        `${fmt(i.computed)} ${i.targetUnit}`
                      )}
                      {i.achievementPct !== null && (
                        <span className="block text-slate-700">{fmt(i.achievementPct)} %</span>
                      )}
                    </td>
                    <td className="space-y-1 border border-slate-400 px-2 py-1 align-top">
                      <label htmlFor={`f-${p}.override`} className="block text-xs font-medium">
                        {t('appraisal.overrideValue', { indicator: i.text })}
                      </label>
                      <input
                        inputMode="decimal"
                        className={input}
                        {...aria(`${p}.override`)}
                        {...form.register(`${p}.override`)}
                      />
                      {errorText(`${p}.override`)}
                      <label htmlFor={`f-${p}.reason`} className="block text-xs font-medium">
                        {t('appraisal.overrideReason')}
                      </label>
                      <input className={input} {...aria(`${p}.reason`)} {...form.register(`${p}.reason`)} />
                      {errorText(`${p}.reason`)}
                    </td>
                    <td className="border border-slate-400 px-2 py-1 align-top">
                      <label htmlFor={`f-${p}.feedback`} className="sr-only">
                        {t('appraisal.feedbackFor', { indicator: i.text })}
                      </label>
                      <textarea
                        rows={2}
                        className={input}
                        {...aria(`${p}.feedback`)}
                        {...form.register(`${p}.feedback`)}
                      />
                      {errorText(`${p}.feedback`)}
                    </td>
                  </tr>
                );
              }),
            ])}
          </tbody>
        </table>
      </TableScroll>

      <fieldset className="space-y-3">
        <legend className="font-semibold">{t('appraisal.behaviour')}</legend>
        {BERAKHLAK.map((v) => (
          <div key={v}>
            <label htmlFor={`f-behaviours.${v}`} className="block text-sm font-medium">
              {t('appraisal.behaviourFeedback', { value: t(`berakhlak.${v}.name`) })}
            </label>
            {props.peerView[v] && <p className="text-xs text-slate-600">{props.peerView[v]}</p>}
            <textarea
              rows={2}
              className={input}
              {...aria(`behaviours.${v}`)}
              {...form.register(`behaviours.${v}`)}
            />
            {errorText(`behaviours.${v}`)}
          </div>
        ))}
      </fieldset>

      <Ratings form={form} props={props} errorText={errorText} aria={aria} />

      <div className="flex flex-wrap gap-3">
        <SubmitButton
          pending={pending}
          pendingLabel={t('appraisal.saving')}
          name="intent"
          value="save"
          tone="secondary"
        >
          {t('appraisal.saveDraft')}
        </SubmitButton>
        <SubmitButton pending={pending} pendingLabel={t('appraisal.saving')} name="intent" value="deliver">
          {t('appraisal.deliver')}
        </SubmitButton>
      </div>
    </form>
  );
}

function Ratings({
  form,
  props,
  errorText,
  aria,
}: {
  form: UseFormReturn<FieldValues>;
  props: Props;
  errorText: (name: string) => React.ReactNode;
  aria: (name: string) => Record<string, unknown>;
}) {
  const t = useTranslations();
  const watched = form.watch(['ratingHasil', 'ratingPerilaku']) as (string | undefined)[];
  const hasil = watched[0] ?? props.ratingHasil ?? '';
  const perilaku = watched[1] ?? props.ratingPerilaku ?? '';
  const predikat = isRating(hasil) && isRating(perilaku) ? predikatFor(hasil, perilaku) : null;
  const diverges = props.suggested !== null && isRating(hasil) && hasil !== props.suggested;
  const select = (name: 'ratingHasil' | 'ratingPerilaku') => (
    <div>
      <label htmlFor={`f-${name}`} className="block font-medium">
        {t(`appraisal.${name}`)}
      </label>
      <select className={input} {...aria(name)} {...form.register(name)}>
        <option value="">{t('appraisal.chooseRating')}</option>
        {RATINGS.map((r) => (
          <option key={r} value={r}>
            {t(`ratings.${r}`)}
          </option>
        ))}
      </select>
      {errorText(name)}
    </div>
  );
  return (
    <fieldset className="space-y-3 rounded-lg border-2 border-sky-700 bg-sky-50 p-4">
      <legend className="px-1 font-semibold">{t('appraisal.ratingsTitle')}</legend>
      <p data-testid="suggestion">
        {props.suggested
          ? t(props.fixedByOrg ? 'appraisal.fixedByOrg' : 'appraisal.suggested', {
              rating: t(`ratings.${props.suggested}`),
            })
          : t('appraisal.noSuggestion')}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        {select('ratingHasil')}
        {select('ratingPerilaku')}
      </div>
      <p aria-live="polite">
        {t('appraisal.predikat')}:{' '}
        <strong data-testid="live-predikat">{predikat ? t(`predikat.${predikat}`) : '—'}</strong>
      </p>
      <div>
        <label htmlFor="f-justification" className="block font-medium">
          {t('appraisal.justification')}
        </label>
        <p
          id="f-justification-hint"
          className={`text-sm ${diverges ? 'font-medium text-amber-800' : 'text-slate-600'}`}
        >
          {diverges ? t('appraisal.justificationNeeded') : t('appraisal.justificationHint')}
        </p>
        <textarea rows={3} className={input} {...aria('justification')} {...form.register('justification')} />
        {errorText('justification')}
      </div>
    </fieldset>
  );
}
