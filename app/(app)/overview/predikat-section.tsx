import Link from 'next/link';
import { StackedBar } from '@/components/charts/stacked-bar';
import { type Column, DataTable } from '@/components/ui/data-table';
import { TableScroll } from '@/components/ui/table-scroll';
import { periodLabel } from '@/lib/calendar/labels';
import type { PredikatDistribution, PredikatRow } from '@/lib/dashboard/predikat';
import { PREDIKAT } from '@/lib/domain/appraisal';
import { DISTRIBUTION_PATTERN, type DistributionRule } from '@/lib/domain/distribution';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

type Props = {
  data: PredikatDistribution;
  /** The page's other filters, kept by the period picker, the table's links and the export. */
  params: Record<string, string>;
};

/**
 * The predikat given in a period per unit, beside the unit's Predikat Kinerja Organisasi (leadership sets it
 * on its own page, linked here) and the official distribution pattern it implies; deviations are warnings,
 * never blocks.
 */
export async function PredikatSection({ data, params }: Props) {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const names = (of: string[]) => of.map((p) => t(`predikat.${p}`)).join(' / ');
  const rule = (r: DistributionRule) =>
    r.kind === 'some' || r.kind === 'none'
      ? t(`dashboard.predikat.rule.${r.kind}`, { of: names(r.of) })
      : t(`dashboard.predikat.rule.${r.kind}`, { of: names(r.of), pct: r.pct });
  // One text per cell (26 rows × 5 predikat of them): the count and its share, kept on one line by
  // non-breaking spaces.
  const share = (n: number, total: number) =>
    total === 0 ? '–' : `${f.number(n)} (${f.percent((n * 100) / total, 0)})`.replace(/ /g, '\u00a0');
  const columns: Column<PredikatRow>[] = [
    {
      key: 'unit',
      label: t('dashboard.col.unit'),
      cell: (r) =>
        r.own ? <span className="italic">{t('dashboard.units.own', { unit: r.name })}</span> : r.name,
    },
    { key: 'total', label: t('dashboard.predikat.given'), numeric: true, cell: (r) => r.total },
    ...PREDIKAT.map(
      (p): Column<PredikatRow> => ({
        key: p,
        label: t(`predikat.${p}`),
        numeric: true,
        cell: (r) => share(r.counts[p], r.total),
      }),
    ),
    {
      key: 'org',
      label: t('dashboard.predikat.orgColumn'),
      cell: (r) =>
        r.own ? (
          '–'
        ) : r.org ? (
          t(`dashboard.predikat.org.${r.org.predikat}`)
        ) : (
          <span className="text-slate-600">{t('dashboard.predikat.notSet')}</span>
        ),
    },
    {
      key: 'pattern',
      label: t('dashboard.predikat.check'),
      cell: (r) =>
        !r.org ? (
          '–'
        ) : r.total === 0 ? (
          <span className="text-slate-600">{t('dashboard.predikat.nothingYet')}</span>
        ) : r.warnings.length === 0 ? (
          <span className="text-emerald-800">{t('dashboard.predikat.follows')}</span>
        ) : (
          <ul className="space-y-1 text-amber-900" data-testid={`distribution-warning-${r.id}`}>
            {r.warnings.map((w) => (
              <li key={`${w.kind}-${w.of.join()}`}>
                ⚠ {rule(w)} — {t('dashboard.predikat.actual', { pct: f.number(w.actualPct) })}
              </li>
            ))}
          </ul>
        ),
    },
  ];
  const total = PREDIKAT.reduce((n, p) => n + data.summary[p], 0);
  const { period: _period, ...keep } = params;
  return (
    <section className="space-y-3" aria-labelledby="predikat-h">
      <h2 id="predikat-h" className="text-xl font-semibold">
        {t('dashboard.predikat.title', { period: periodLabel(t, data.period) })}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700">{t('dashboard.predikat.intro')}</p>
      <form method="get" action="/overview" className="flex flex-wrap items-end gap-2">
        {Object.entries(keep).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label className="text-sm">
          <span className="block font-medium">{t('dashboard.predikat.period')}</span>
          <select
            name="period"
            defaultValue={String(data.period.id)}
            className="rounded border border-slate-400 bg-white p-1"
          >
            {data.periods.map((p) => (
              <option key={p.id} value={String(p.id)}>
                {periodLabel(t, p)}
                {p.open ? '' : ` (${t('dashboard.predikat.closed')})`}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1 text-sm">
          {t('dashboard.show')}
        </button>
      </form>
      <StackedBar
        id="predikat-distribution"
        title={t('dashboard.predikat.chartTitle')}
        summary={t('dashboard.predikat.chartSummary', { total, baik: data.summary.baik })}
        labelHeader={t('dashboard.predikat.predikat')}
        valueHeader={t('dashboard.predikat.given')}
        format={f.number}
        parts={PREDIKAT.map((p) => ({ label: t(`predikat.${p}`), value: data.summary[p] }))}
      />
      {data.rows.some((r) => r.canSet) && (
        <p>
          <Link
            className="text-emerald-800 underline"
            href={`/overview/org-predikat?${new URLSearchParams(params)}`}
            data-testid="org-predikat-link"
          >
            {t('dashboard.predikat.setLink')}
          </Link>
        </p>
      )}
      <DataTable
        caption={t('dashboard.predikat.tableCaption')}
        columns={columns}
        rows={data.rows}
        rowKey={(r) => `${r.own ? 'own' : 'unit'}-${r.id}`}
        pathname="/overview"
        params={params}
        exportHref="/overview/export"
        exportParams={{ ...params, table: 'predikat' }}
        testId="predikat-table"
      />
      <details className="text-sm">
        <summary className="cursor-pointer font-medium">{t('dashboard.predikat.patternTitle')}</summary>
        <TableScroll label={t('dashboard.predikat.patternTitle')}>
          <table className="mt-2 border-collapse">
            <tbody>
              {Object.entries(DISTRIBUTION_PATTERN).map(([org, rules]) => (
                <tr key={org} className="border-b border-slate-200">
                  <th scope="row" className="p-1 pr-4 text-left">
                    {t(`dashboard.predikat.org.${org}`)}
                  </th>
                  <td className="p-1">{rules.map(rule).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </section>
  );
}
