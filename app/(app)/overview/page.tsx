import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LineChart } from '@/components/charts/line-chart';
import { StackedBar } from '@/components/charts/stacked-bar';
import { AsOf, CountedMonth, MonthPicker } from '@/components/dashboard/month-picker';
import { StaffTable } from '@/components/dashboard/staff-table';
import { Stat } from '@/components/dashboard/stat-card';
import { Abbr } from '@/components/ui/abbr';
import { type Column, DataTable } from '@/components/ui/data-table';
import { requireViewer } from '@/lib/auth/viewer';
import { type AgencyDashboard, getAgencyDashboard, type UnitRow } from '@/lib/dashboard/agency';
import { filterParams, parseFilters } from '@/lib/dashboard/params';
import { getPredikatDistribution } from '@/lib/dashboard/predikat';
import { monthsSoFar } from '@/lib/domain/dashboard';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { readDb } from '@/lib/read-db';
import { PredikatSection } from './predikat-section';
import { loadRaterSummary, RaterSummary } from './rater-summary';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** The leadership dashboard: units within the viewer's scope, drill-down by ?unit= and ?team=. */
export default async function OverviewPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const on = today();
  const filters = parseFilters(await searchParams, on);
  if (!filters) notFound();
  const db = await readDb();
  const [d, predikat, raters] = await Promise.all([
    getAgencyDashboard(db, viewer, filters, on),
    filters.teamId === null ? getPredikatDistribution(db, viewer, filters, on) : null,
    filters.teamId === null && filters.unitId === null ? loadRaterSummary(viewer, on) : null,
  ]);
  if (!d) notFound();
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const pct = (n: number) => f.percent(n);
  const days = (n: number | null) => (n === null ? '–' : t('dashboard.days', { n }));
  const base = filterParams({ month: filters.month, unitId: d.selected?.id ?? null });
  const keep = filterParams({ ...filters, unitId: filters.unitId });
  const unitHref = (id: number) =>
    `/overview?${new URLSearchParams(filterParams({ month: filters.month, unitId: id }))}`;
  const unitColumns: Column<UnitRow>[] = [
    {
      key: 'name',
      label: t('dashboard.col.unit'),
      sortKey: 'name',
      cell: (u) =>
        u.own ? (
          <span className="italic">{t('dashboard.units.own', { unit: u.name })}</span>
        ) : (
          <a className="text-emerald-800 underline" href={unitHref(u.id)}>
            {u.name}
          </a>
        ),
    },
    {
      key: 'headcount',
      label: t('dashboard.col.headcount'),
      sortKey: 'headcount',
      numeric: true,
      cell: (u) => f.number(u.headcount),
    },
    {
      key: 'skp',
      label: t('dashboard.col.skpApproved'),
      sortKey: 'skpApproved',
      numeric: true,
      cell: (u) => pct(u.skpApproved),
    },
    {
      key: 'reported',
      label: t('dashboard.col.reported'),
      sortKey: 'reported',
      numeric: true,
      cell: (u) => pct(u.reported),
    },
    {
      key: 'compliance',
      label: t('dashboard.col.validated'),
      sortKey: 'compliance',
      numeric: true,
      cell: (u) => pct(u.compliance),
    },
    {
      key: 'delay',
      label: t('dashboard.col.delay'),
      sortKey: 'delay',
      numeric: true,
      cell: (u) => days(u.medianDelay),
    },
    {
      key: 'realisation',
      label: t('dashboard.col.realisation'),
      sortKey: 'realisation',
      numeric: true,
      cell: (u) => (u.realisation === null ? '–' : pct(u.realisation)),
    },
  ];
  // The month in progress is marked and explained, so its lower validated figure is not read as a collapse.
  const trendLabel = (p: AgencyDashboard['trend'][number]) =>
    p.running
      ? t('dashboard.chart.runningLabel', { month: f.month(p.month, 'short') })
      : f.month(p.month, 'short');
  const running = d.trend.find((p) => p.running);
  const runningNote = running
    ? t('dashboard.chart.trendRunning', {
        month: f.month(running.month),
        date: f.dayMonth(on),
        reported: pct(running.reported),
        validated: pct(running.compliance),
        pending: f.number(running.pending),
      })
    : '';
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{t('overview.title')}</h1>
        <p className="text-slate-700" data-testid="overview-scope">
          {d.scope.kind === 'agency'
            ? t('overview.scopeAgency', { agency: d.scope.name })
            : t('overview.scopeUnit', { unit: d.scope.name })}
        </p>
        <Breadcrumbs d={d} month={filters.month} />
        <p className="text-sm">
          <Link className="text-emerald-800 underline" href="/overview/siasn" data-testid="siasn-export-link">
            {t('siasnExport.link')}
          </Link>
        </p>
        <AsOf at={d.asOf} />
        <MonthPicker
          action="/overview"
          month={filters.month}
          months={monthsSoFar(on)}
          hidden={filterParams({ unitId: filters.unitId, teamId: filters.teamId })}
        />
        <CountedMonth month={d.month} through={d.through} running={d.running} days={d.workingDays} />
      </header>

      <dl className="grid gap-4 sm:grid-cols-3">
        <Stat
          label={t('overview.employees')}
          value={f.number(d.summary.headcount)}
          testId="overview-employees"
        />
        <Stat
          label={t('dashboard.col.skpApproved')}
          value={pct(d.summary.skpApproved)}
          testId="overview-skp"
        />
        <Stat
          label={t('dashboard.reportedOf', { days: d.workingDays })}
          value={pct(d.summary.reported)}
          testId="overview-reported"
        />
        <Stat
          label={t('dashboard.validatedOf', { days: d.workingDays })}
          value={pct(d.summary.compliance)}
          note={t('reports.compliance.pending', { count: d.summary.pending })}
          testId="overview-compliance"
        />
        <Stat label={t('dashboard.col.delay')} value={days(d.summary.medianDelay)} testId="overview-delay" />
        <Stat
          label={<Abbr>{t('dashboard.realisationVs', { expected: pct(d.expected) })}</Abbr>}
          value={d.summary.realisation === null ? '–' : pct(d.summary.realisation)}
          testId="overview-realisation"
        />
      </dl>

      {raters && <RaterSummary data={raters} />}

      <StackedBar
        id="skp-status"
        title={t('dashboard.chart.skpTitle')}
        summary={t('dashboard.chart.skpSummary', {
          approved: d.summary.skp.approved,
          total: d.summary.headcount,
        })}
        labelHeader={t('dashboard.col.skp')}
        valueHeader={t('dashboard.col.headcount')}
        format={f.number}
        parts={[
          { label: t('skp.status.approved'), value: d.summary.skp.approved },
          { label: t('skp.status.submitted'), value: d.summary.skp.submitted },
          { label: t('skp.status.draft'), value: d.summary.skp.draft },
          { label: t('skp.status.returned'), value: d.summary.skp.returned },
          { label: t('skp.team.noSkp'), value: d.summary.skp.none },
        ]}
      />

      {!d.team && (
        <section className="space-y-2" aria-labelledby="units-h">
          <h2 id="units-h" className="text-xl font-semibold">
            {t('dashboard.units.title')}
          </h2>
          <DataTable
            caption={t('dashboard.units.title')}
            columns={unitColumns}
            rows={d.units}
            rowKey={(u) => `${u.own ? 'own' : 'unit'}-${u.id}`}
            pathname="/overview"
            params={keep}
            sort={{ key: d.sort, dir: filters.dir }}
            exportHref="/overview/export"
            exportParams={{ ...keep, table: 'units' }}
            testId="units-table"
          />
          {d.units.length > 1 && (
            <p>
              <Link
                className="text-emerald-800 underline"
                href={`/overview/compliance?${new URLSearchParams(keep)}`}
                data-testid="compliance-link"
              >
                {t('dashboard.compliance.link')}
              </Link>
            </p>
          )}
        </section>
      )}

      <LineChart
        id="trend"
        title={t('dashboard.chart.trendTitle')}
        summary={[t('dashboard.chart.trendSummary'), runningNote].filter(Boolean).join(' ')}
        labelHeader={t('dashboard.col.month')}
        valueHeader={t('dashboard.col.validated')}
        format={pct}
        // The running month is not drawn (validation lags behind filing, so its point would dive); the
        // summary gives its figures and the table its reported share.
        points={d.trend.map((p) => ({ label: trendLabel(p), value: p.running ? null : p.compliance }))}
        extra={{ header: t('dashboard.col.reported'), values: d.trend.map((p) => pct(p.reported)) }}
      />

      {predikat && !d.team && (
        <PredikatSection
          data={predikat}
          params={filterParams({ ...filters, periodId: predikat.period.id })}
        />
      )}

      {d.staff && (
        <section className="space-y-2">
          <h2 className="text-xl font-semibold">
            {d.team
              ? t('dashboard.staff.team', { name: d.team.name })
              : t('dashboard.staff.unit', { unit: d.selected?.name ?? '' })}
          </h2>
          <StaffTable
            rows={d.staff.rows}
            total={d.staff.total}
            page={d.staff.page}
            sort={{ key: d.staff.sort, dir: filters.staffDir, param: 'ssort', dirParam: 'sdir' }}
            pathname="/overview"
            params={keep}
            exportHref="/overview/export"
            exportParams={{ ...keep, table: 'staff' }}
            teamHref={(id) => `/overview?${new URLSearchParams({ ...base, team: String(id) })}`}
            testId="staff-table"
          />
        </section>
      )}
    </div>
  );
}

async function Breadcrumbs({ d, month }: { d: AgencyDashboard; month: string }) {
  const t = await getTranslations('dashboard');
  const crumbs = d.team
    ? [...d.breadcrumbs, { id: -1, name: t('staff.team', { name: d.team.name }) }]
    : d.breadcrumbs;
  if (crumbs.length <= 1 && !d.team) return null;
  return (
    <nav aria-label={t('breadcrumbs')}>
      <ol className="flex flex-wrap gap-1 text-sm">
        {crumbs.map((c, i) => {
          const last = i === crumbs.length - 1;
          const href = `/overview?${new URLSearchParams(filterParams({ month, unitId: c.id && c.id > 0 ? c.id : null }))}`;
          return (
            <li key={`${c.id}-${c.name}`} className="after:ml-1 after:content-['›'] last:after:content-none">
              {last ? (
                <span aria-current="page" className="font-semibold">
                  {c.name}
                </span>
              ) : (
                <Link className="text-emerald-800 underline" href={href}>
                  {c.name}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
