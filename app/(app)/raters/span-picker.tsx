import { periodLabel } from '@/lib/calendar/labels';
import type { PeriodRef } from '@/lib/calendar/types';
import { getTranslations } from '@/lib/i18n/server';

/** A plain GET form: works without JavaScript. Years first, then each period of the year. */
export async function SpanPicker({
  action,
  value,
  periods,
}: {
  action: string;
  value: string;
  periods: PeriodRef[];
}) {
  const t = await getTranslations();
  const years = [...new Set(periods.map((p) => p.year))];
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <label className="text-sm">
        <span className="block font-medium">{t('raters.span')}</span>
        <select
          name="span"
          defaultValue={value}
          className="max-w-full rounded border border-slate-400 bg-white p-1"
        >
          {years.map((y) => [
            <option key={`y${y}`} value={`y${y}`}>
              {t('raters.year', { year: y })}
            </option>,
            ...periods
              .filter((p) => p.year === y)
              .map((p) => (
                <option key={`p${p.id}`} value={`p${p.id}`}>
                  {periodLabel(t, p)}
                </option>
              )),
          ])}
        </select>
      </label>
      <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
        {t('raters.show')}
      </button>
    </form>
  );
}
