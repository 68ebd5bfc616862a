import Link from 'next/link';
import { getTranslations } from '@/lib/i18n/server';
import type { QueueEmployee } from '@/lib/reports/queries';

const field = 'rounded border border-slate-400 bg-white p-1';

/**
 * A plain GET form: the filters live in the URL, so they work without JavaScript, and paging links and
 * decisions (which post back to the same URL) keep them.
 */
export async function QueueFilterForm(props: {
  employees: QueueEmployee[];
  values: { employee: string; from: string; to: string };
  errors: Record<string, string>;
}) {
  const t = await getTranslations();
  const error = (name: string) =>
    props.errors[name] ? (
      <span id={`filter-${name}-error`} className="block text-sm text-red-700">
        {t(props.errors[name] as 'validation.invalid')}
      </span>
    ) : null;
  const describedBy = (name: string) => (props.errors[name] ? `filter-${name}-error` : undefined);
  return (
    <form
      method="get"
      action="/team/queue"
      aria-label={t('reports.queue.filter.title')}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-300 bg-white p-3"
      data-testid="queue-filter"
    >
      <label className="text-sm">
        <span className="block font-medium">{t('reports.queue.filter.employee')}</span>
        <select
          name="employee"
          defaultValue={props.values.employee}
          className={`${field} max-w-72`}
          aria-describedby={describedBy('employee')}
        >
          <option value="">{t('reports.queue.filter.allEmployees')}</option>
          {props.employees.map((e) => (
            <option key={e.id} value={e.id}>
              {t('reports.queue.filter.employeeOption', { name: e.name, count: e.pending })}
            </option>
          ))}
        </select>
        {error('employee')}
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t('reports.queue.filter.from')}</span>
        <input
          type="date"
          name="from"
          defaultValue={props.values.from}
          className={field}
          aria-invalid={props.errors.from ? true : undefined}
          aria-describedby={describedBy('from')}
        />
        {error('from')}
      </label>
      <label className="text-sm">
        <span className="block font-medium">{t('reports.queue.filter.to')}</span>
        <input
          type="date"
          name="to"
          defaultValue={props.values.to}
          className={field}
          aria-invalid={props.errors.to ? true : undefined}
          aria-describedby={describedBy('to')}
        />
        {error('to')}
      </label>
      <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
        {t('reports.queue.filter.apply')}
      </button>
      <Link className="py-1 text-sm text-emerald-800 underline" href="/team/queue">
        {t('reports.queue.filter.clear')}
      </Link>
    </form>
  );
}
