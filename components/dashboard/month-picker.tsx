import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

/** How fresh the figures are: the rollups change in the same transaction as the reports. */
export async function AsOf({ at }: { at: Date }) {
  const [t, f] = await Promise.all([getTranslations('dashboard'), getFormats()]);
  return (
    <p className="text-sm text-slate-600" data-testid="as-of">
      {t('asOf', { time: f.dateTime(at) })}
    </p>
  );
}

/** A plain GET form: choosing the month works without JavaScript. */
export async function MonthPicker(props: {
  action: string;
  month: string;
  months: string[];
  hidden: Record<string, string>;
}) {
  const [t, f] = await Promise.all([getTranslations('dashboard'), getFormats()]);
  return (
    <form method="get" action={props.action} className="flex flex-wrap items-end gap-2">
      {Object.entries(props.hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <label className="text-sm">
        <span className="block font-medium">{t('month')}</span>
        <select
          name="month"
          defaultValue={props.month}
          className="rounded border border-slate-400 bg-white p-1"
        >
          {props.months.map((m) => (
            <option key={m} value={m}>
              {f.month(m)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
        {t('show')}
      </button>
    </form>
  );
}

/** How the chosen month is counted: over its working days, or up to today while it is in progress. */
export async function CountedMonth(props: {
  month: string;
  through: string;
  running: boolean;
  days: number;
}) {
  const [t, f] = await Promise.all([getTranslations('dashboard'), getFormats()]);
  const month = f.month(props.month);
  const date = f.dayMonth(props.through);
  return (
    <p className="text-sm text-slate-700" data-testid="counted-month">
      {props.running
        ? t('countedRunning', { month, date, days: f.number(props.days) })
        : t('counted', { month, days: f.number(props.days) })}
    </p>
  );
}
