import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BarChart } from '@/components/charts/bar-chart';
import { HeatMap } from '@/components/charts/heat-map';
import { AsOf, CountedMonth, MonthPicker } from '@/components/dashboard/month-picker';
import { requireViewer } from '@/lib/auth/viewer';
import { getAgencyDashboard } from '@/lib/dashboard/agency';
import { filterParams, parseFilters } from '@/lib/dashboard/params';
import { monthsSoFar } from '@/lib/domain/dashboard';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { readDb } from '@/lib/read-db';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.compliance'))('title') };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * Report compliance per unit of the overview's scope, as bars for the month and as a heat map by week: the
 * overview's drawings that grow with the number of units, on a page of their own so the overview stays
 * light. Same scope, filters and 404s as the overview (the same data function).
 */
export default async function CompliancePage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const on = today();
  const filters = parseFilters(await searchParams, on);
  if (!filters || filters.teamId !== null) notFound();
  const d = await getAgencyDashboard(await readDb(), viewer, filters, on);
  if (!d || d.team) notFound();
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const pct = (n: number) => f.percent(n);
  const subUnits = d.units.filter((u) => !u.own);
  const keep = filterParams({
    month: filters.month,
    unitId: filters.unitId,
    sort: filters.sort,
    dir: filters.dir,
  });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="text-sm">
          <Link className="text-emerald-800 underline" href={`/overview?${new URLSearchParams(keep)}`}>
            ← {t('dashboard.compliance.back')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('dashboard.compliance.title')}</h1>
        <p className="text-slate-700">
          {d.scope.kind === 'agency'
            ? t('overview.scopeAgency', { agency: d.scope.name })
            : t('overview.scopeUnit', { unit: d.scope.name })}
        </p>
        <AsOf at={d.asOf} />
        <MonthPicker
          action="/overview/compliance"
          month={filters.month}
          months={monthsSoFar(on)}
          hidden={filterParams({ unitId: filters.unitId, sort: filters.sort, dir: filters.dir })}
        />
        <CountedMonth month={d.month} through={d.through} running={d.running} days={d.workingDays} />
      </header>
      {subUnits.length > 0 && (
        <BarChart
          id="unit-compliance"
          title={t('dashboard.chart.unitTitle')}
          summary={t('dashboard.chart.unitSummary', { n: subUnits.length })}
          labelHeader={t('dashboard.col.unit')}
          valueHeader={t('dashboard.col.compliance')}
          format={pct}
          bars={subUnits.map((u) => ({ label: u.name, value: u.compliance }))}
        />
      )}
      {d.heat.rows.length > 0 && (
        <HeatMap
          id="heat"
          title={t('dashboard.chart.heatTitle')}
          summary={t('dashboard.chart.heatSummary', { weeks: d.heat.weeks.length })}
          rowHeader={t('dashboard.col.unit')}
          columns={d.heat.weeks.map((w) => f.dayMonth(w))}
          rows={d.heat.rows.map((r) => ({
            label: d.units.find((u) => u.id === r.id)?.own
              ? t('dashboard.units.own', { unit: r.name })
              : r.name,
            cells: r.cells,
          }))}
          format={pct}
          legend={['< 25 %', '25–50 %', '50–75 %', '75–90 %', '≥ 90 %']}
        />
      )}
    </div>
  );
}
