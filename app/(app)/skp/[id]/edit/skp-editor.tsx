'use client';

import { useTranslations } from 'next-intl';
import { type Control, get, type UseFormReturn, useFieldArray } from 'react-hook-form';
import { FormMessage, SubmitButton, useActionForm, useMessage } from '@/components/ui/form';
import { ASPEK, MEASURES } from '@/lib/domain/skp';
import type { FormState } from '@/lib/form-state';
import { saveSkpAction } from '@/lib/skp/actions';
import { emptyIndicator, emptyRhk } from '@/lib/skp/structure';

const skpFormSchema = () => import('@/lib/skp/schema').then((m) => m.skpFormSchema);

type Option = { id: number; text: string };
type Row = ReturnType<typeof emptyRhk>;
type Props = {
  skpId: number;
  version: number;
  approach: string;
  jpt: boolean;
  parentOptions: Option[];
  unitGoals: Option[];
  rows: Row[];
};

const input = 'block w-full rounded border border-slate-400 px-2 py-1 aria-invalid:border-red-700';
const small = 'rounded border border-slate-500 bg-white px-2 py-1 text-sm hover:bg-slate-100';

/**
 * The SKP editor. Without JavaScript every button posts the form (rows are added or removed on the
 * server and the form comes back); with it, react-hook-form field arrays do the same in place.
 */
export function SkpEditor({ skpId, version, approach, jpt, parentOptions, unitGoals, rows }: Props) {
  const t = useTranslations('skp');
  const initial: FormState = {
    status: 'idle',
    values: {
      skpId: String(skpId),
      version: String(version),
      approach,
      rhks: rows.length ? rows : [emptyRhk()],
    },
  };
  const { state, form, formAction, pending, ref, onSubmit } = useActionForm(
    skpFormSchema,
    saveSkpAction,
    initial,
  );
  const rhks = useFieldArray({ control: form.control as Control, name: 'rhks' });
  const error = useFieldError(form, state);
  const values = state.values ?? initial.values ?? {};
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessage state={state} />
      <input type="hidden" {...form.register('skpId')} defaultValue={String(values.skpId ?? skpId)} />
      <input type="hidden" {...form.register('version')} defaultValue={String(values.version ?? version)} />
      <fieldset className="rounded-lg border border-slate-300 bg-white p-4">
        <legend className="px-1 font-medium">{t('approach')}</legend>
        {(['kuantitatif', 'kualitatif'] as const).map((a) => (
          <label key={a} className="mr-6 inline-flex items-center gap-2">
            <input
              type="radio"
              value={a}
              defaultChecked={(values.approach ?? approach) === a}
              {...form.register('approach')}
            />
            {t(`approaches.${a}`)}
          </label>
        ))}
      </fieldset>
      <p id="rhks-error" aria-live="polite" className="font-medium text-red-700">
        {error('rhks')}
      </p>
      {rhks.fields.map((field, i) => (
        <RhkFieldset
          key={field.id}
          index={i}
          row={field as unknown as Row}
          form={form}
          state={state}
          jpt={jpt}
          parentOptions={parentOptions}
          unitGoals={unitGoals}
          canRemove={rhks.fields.length > 1}
          onRemove={() => rhks.remove(i)}
        />
      ))}
      <button
        type="submit"
        name="intent"
        value="add-rhk"
        formNoValidate
        className={small}
        onClick={(e) => {
          e.preventDefault();
          rhks.append(emptyRhk());
        }}
      >
        + {t('addRhk')}
      </button>
      <div className="flex flex-wrap gap-3 border-t border-slate-300 pt-4">
        <SubmitButton
          pending={pending}
          pendingLabel={t('saving')}
          name="intent"
          value="save"
          tone="secondary"
        >
          {t('save')}
        </SubmitButton>
        <SubmitButton pending={pending} pendingLabel={t('saving')} name="intent" value="submit">
          {t('saveAndSubmit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** The message for a field path, from the browser's check first, else from the server. */
function useFieldError(form: UseFormReturn, state: FormState) {
  const message = useMessage(state);
  return (path: string) => {
    const client = get(form.formState.errors, path) as
      | { message?: unknown; root?: { message?: unknown } }
      | undefined;
    const text = client?.message ?? client?.root?.message;
    return message(typeof text === 'string' ? text : state.fieldErrors?.[path]);
  };
}

type RhkProps = {
  index: number;
  row: Row;
  form: UseFormReturn;
  state: FormState;
  jpt: boolean;
  parentOptions: Option[];
  unitGoals: Option[];
  canRemove: boolean;
  onRemove: () => void;
};

function RhkFieldset({
  index: i,
  row,
  form,
  state,
  jpt,
  parentOptions,
  unitGoals,
  canRemove,
  onRemove,
}: RhkProps) {
  const t = useTranslations('skp');
  const error = useFieldError(form, state);
  const indicators = useFieldArray({ control: form.control as Control, name: `rhks.${i}.indicators` });
  const id = (name: string) => `rhks-${i}-${name}`;
  const described = (name: string) => ({
    'aria-describedby': `${id(name)}-error`,
    'aria-invalid': error(`rhks.${i}.${name}`) ? true : undefined,
  });
  const link = jpt ? 'unitGoalId' : 'parentRhkId';
  const options = jpt ? unitGoals : parentOptions;
  return (
    <fieldset
      className="space-y-3 rounded-lg border border-slate-300 bg-white p-4"
      data-testid="rhk-fieldset"
    >
      <legend className="px-1 text-lg font-semibold">{t('rhkN', { n: i + 1 })}</legend>
      <input type="hidden" {...form.register(`rhks.${i}.rhkId`)} defaultValue={row.rhkId} />
      <div className="grid gap-3 md:grid-cols-4">
        <div>
          <label htmlFor={id('kind')} className="block text-sm font-medium">
            {t('kindLabel')}
          </label>
          <select
            id={id('kind')}
            className={input}
            defaultValue={row.kind}
            {...form.register(`rhks.${i}.kind`)}
          >
            <option value="utama">{t('kind.utama')}</option>
            <option value="tambahan">{t('kind.tambahan')}</option>
          </select>
        </div>
        <div className="md:col-span-3">
          <label htmlFor={id(link)} className="block text-sm font-medium">
            {jpt ? t('unitGoal') : t('parent')}
          </label>
          <select
            id={id(link)}
            className={input}
            defaultValue={row[link]}
            {...described(link)}
            {...form.register(`rhks.${i}.${link}`)}
          >
            <option value="">{jpt ? t('unitGoalNone') : t('parentNone')}</option>
            {options.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.text}
              </option>
            ))}
          </select>
          <p id={`${id(link)}-error`} aria-live="polite" className="text-sm text-red-700">
            {error(`rhks.${i}.${link}`)}
          </p>
        </div>
      </div>
      <div>
        <label htmlFor={id('text')} className="block text-sm font-medium">
          {t('rhkText')}
        </label>
        <textarea
          id={id('text')}
          rows={2}
          className={input}
          defaultValue={row.text}
          {...described('text')}
          {...form.register(`rhks.${i}.text`)}
        />
        <p id={`${id('text')}-error`} aria-live="polite" className="text-sm text-red-700">
          {error(`rhks.${i}.text`)}
        </p>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t('indicators')}</legend>
        <p aria-live="polite" className="text-sm text-red-700">
          {error(`rhks.${i}.indicators`)}
        </p>
        {indicators.fields.map((f, j) => (
          <IndicatorRow
            key={f.id}
            i={i}
            j={j}
            row={f as unknown as Row['indicators'][number]}
            form={form}
            state={state}
            canRemove={indicators.fields.length > 1}
            onRemove={() => indicators.remove(j)}
          />
        ))}
        <button
          type="submit"
          name="intent"
          value={`add-ind:${i}`}
          formNoValidate
          className={small}
          onClick={(e) => {
            e.preventDefault();
            indicators.append(emptyIndicator());
          }}
        >
          + {t('addIndicator', { n: i + 1 })}
        </button>
      </fieldset>
      {canRemove && (
        <button
          type="submit"
          name="intent"
          value={`remove-rhk:${i}`}
          formNoValidate
          className={`${small} text-red-800`}
          onClick={(e) => {
            e.preventDefault();
            onRemove();
          }}
        >
          {t('removeRhk', { n: i + 1 })}
        </button>
      )}
    </fieldset>
  );
}

type IndicatorProps = {
  i: number;
  j: number;
  row: Row['indicators'][number];
  form: UseFormReturn;
  state: FormState;
  canRemove: boolean;
  onRemove: () => void;
};

function IndicatorRow({ i, j, row, form, state, canRemove, onRemove }: IndicatorProps) {
  const t = useTranslations('skp');
  const tr = useTranslations('realisation');
  const error = useFieldError(form, state);
  const path = (name: string) => `rhks.${i}.indicators.${j}.${name}`;
  const id = (name: string) => `rhks-${i}-ind-${j}-${name}`;
  const field = (name: string) => ({
    id: id(name),
    'aria-describedby': `${id(name)}-error`,
    'aria-invalid': error(path(name)) ? true : undefined,
    ...form.register(path(name)),
  });
  const err = (name: string) => (
    <p id={`${id(name)}-error`} aria-live="polite" className="text-sm text-red-700">
      {error(path(name))}
    </p>
  );
  return (
    <div
      className="grid gap-2 rounded border border-slate-200 p-2 md:grid-cols-12"
      data-testid="indicator-row"
    >
      <input type="hidden" {...form.register(path('indicatorId'))} defaultValue={row.indicatorId} />
      <div className="md:col-span-2">
        <label htmlFor={id('aspek')} className="block text-xs font-medium">
          {t('aspekLabel')}
        </label>
        <select className={input} defaultValue={row.aspek} {...field('aspek')}>
          {ASPEK.map((a) => (
            <option key={a} value={a}>
              {t(`aspek.${a}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="md:col-span-2">
        <label htmlFor={id('measure')} className="block text-xs font-medium">
          {tr('editor.measure')}
        </label>
        <select className={input} defaultValue={row.measure} {...field('measure')}>
          <option value="">{tr('editor.measureDefault')}</option>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {tr(`measure.${m}`)}
            </option>
          ))}
        </select>
        {err('measure')}
      </div>
      <div className="md:col-span-3">
        <label htmlFor={id('text')} className="block text-xs font-medium">
          {t('indicatorText')} {j + 1}
        </label>
        <input className={input} defaultValue={row.text} {...field('text')} />
        {err('text')}
      </div>
      <div className="md:col-span-2">
        <label htmlFor={id('targetValue')} className="block text-xs font-medium">
          {t('targetValue')}
        </label>
        <input
          className={input}
          inputMode="decimal"
          defaultValue={row.targetValue}
          {...field('targetValue')}
        />
        {err('targetValue')}
      </div>
      <div className="md:col-span-2">
        <label htmlFor={id('targetUnit')} className="block text-xs font-medium">
          {t('targetUnit')}
        </label>
        <input className={input} defaultValue={row.targetUnit} {...field('targetUnit')} />
        {err('targetUnit')}
      </div>
      <div className="flex items-end md:col-span-1">
        {canRemove && (
          <button
            type="submit"
            name="intent"
            value={`remove-ind:${i}:${j}`}
            formNoValidate
            className={`${small} text-red-800`}
            aria-label={t('removeIndicator', { n: j + 1 })}
            onClick={(e) => {
              e.preventDefault();
              onRemove();
            }}
          >
            ✕
          </button>
        )}
      </div>
    </div>
  );
}
