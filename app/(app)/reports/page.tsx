import type { Metadata } from 'next';
import Link from 'next/link';
import { ReportList } from '@/components/reports/report-list';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { REPORT_STATUSES, type ReportStatus } from '@/lib/domain/reports';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { monthDays, myReports } from '@/lib/reports/queries';
import { MonthCalendar } from './month-calendar';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('title') };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

const shiftMonth = (month: string, by: number) => {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + by);
  return d.toISOString().slice(0, 7);
};

/** My reports: the month as a calendar, then the month's reports, filterable by status. */
export default async function MyReportsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(query.month ?? '')
    ? (query.month as string)
    : today().slice(0, 7);
  const status = REPORT_STATUSES.includes(query.status as ReportStatus)
    ? (query.status as ReportStatus)
    : undefined;
  const db = getDb();
  const reports = await myReports(db, viewer, month);
  const [days, t, f] = await Promise.all([
    monthDays(db, viewer, month, reports),
    getTranslations('reports'),
    getFormats(),
  ]);
  const label = f.month(month);
  const notice = query.saved ? t('saved') : query.deleted ? t('deleted') : null;
  return (
    <div className="space-y-4">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <Link href="/reports/new" className="btn btn-primary">
          + {t('new')}
        </Link>
      </header>
      {notice && (
        <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
          {notice}
        </p>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t('calendar', { month: label })}>
        <Link className="text-emerald-800 underline" href={`/reports?month=${shiftMonth(month, -1)}`}>
          ← {t('prevMonth')}
        </Link>
        <Link className="text-emerald-800 underline" href={`/reports?month=${shiftMonth(month, 1)}`}>
          {t('nextMonth')} →
        </Link>
      </nav>
      <MonthCalendar days={days} caption={t('calendar', { month: label })} />
      <section aria-labelledby="list" className="space-y-2">
        <h2 id="list" className="text-lg font-semibold">
          {t('list')}
        </h2>
        <form className="flex items-end gap-2 text-sm">
          <input type="hidden" name="month" value={month} />
          <label>
            <span className="block">{t('filterStatus')}</span>
            <select
              name="status"
              defaultValue={status ?? ''}
              className="rounded border border-slate-400 px-2 py-1"
            >
              <option value="">{t('all')}</option>
              {REPORT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1">
            {t('filter')}
          </button>
        </form>
        <ReportList reports={status ? reports.filter((r) => r.status === status) : reports} />
      </section>
    </div>
  );
}
