import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AsOf, CountedMonth, MonthPicker } from '@/components/dashboard/month-picker';
import { StaffTable } from '@/components/dashboard/staff-table';
import { Stat } from '@/components/dashboard/stat-card';
import { Abbr } from '@/components/ui/abbr';
import { requireViewer } from '@/lib/auth/viewer';
import { filterParams, parseFilters } from '@/lib/dashboard/params';
import { getTeamDashboard } from '@/lib/dashboard/team';
import { monthsSoFar, NO_REPORT_DAYS, VALIDATION_WAIT_DAYS } from '@/lib/domain/dashboard';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { readDb } from '@/lib/read-db';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('team') };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The supervisor's team dashboard; only their own current subordinates, by construction. */
export default async function TeamPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const on = today();
  const filters = parseFilters(await searchParams, on);
  if (!filters) notFound();
  const [d, t, f] = await Promise.all([
    getTeamDashboard(await readDb(), viewer, filters, on),
    getTranslations(),
    getFormats(),
  ]);
  const year = Number(on.slice(0, 4));
  const keep = filterParams(filters);
  return (
    <div className="space-y-4">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('skp.team.title', { year })}</h1>
        <p className="text-slate-700">
          <Abbr>{t('dashboard.team.intro')}</Abbr>
        </p>
        <AsOf at={d.asOf} />
        <MonthPicker action="/team" month={filters.month} months={monthsSoFar(on)} hidden={{}} />
        <CountedMonth month={d.month} through={d.through} running={d.running} days={d.workingDays} />
        <p className="flex flex-wrap gap-x-4">
          <Link className="text-emerald-800 underline" href="/raters">
            {t('raters.link')}
          </Link>
          <Link className="text-emerald-800 underline" href="/team/delegation">
            {t('adminOrg.delegation.link')}
          </Link>
        </p>
      </header>
      <p className="font-medium" data-testid="team-waiting">
        {t('skp.team.waiting', { count: d.waitingSkp })}
      </p>
      <dl className="grid gap-4 sm:grid-cols-4">
        <Stat label={t('dashboard.team.members')} value={f.number(d.total)} testId="team-members" />
        <Stat
          label={t('dashboard.alert.noReportLong', { days: NO_REPORT_DAYS })}
          value={f.number(d.alertCounts.noReport)}
          testId="alert-noReport"
        />
        <Stat
          label={t('dashboard.alert.behindLong')}
          value={f.number(d.alertCounts.behind)}
          testId="alert-behind"
        />
        <Stat
          label={t('dashboard.alert.waitingValidationLong', { days: VALIDATION_WAIT_DAYS })}
          value={f.number(d.alertCounts.waitingValidation)}
          testId="alert-waitingValidation"
        />
      </dl>
      <StaffTable
        rows={d.rows}
        total={d.total}
        page={filters.page}
        sort={{ key: d.sort, dir: filters.dir }}
        pathname="/team"
        params={keep}
        exportHref="/team/export"
        exportParams={keep}
        own
        testId="team-table"
      />
    </div>
  );
}
