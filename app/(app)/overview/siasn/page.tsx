import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { type Column, DataTable } from '@/components/ui/data-table';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { getTranslations } from '@/lib/i18n/server';
import { exportablePeriods } from '@/lib/siasn-export/queries';
import type { ExportablePeriod } from '@/lib/siasn-export/types';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('siasnExport'))('title') };
}

/** SKP results for SIASN per period and per year, as CSV or XLSX: leadership within its scope, admins. */
export default async function SiasnExportPage() {
  const viewer = await requireViewer();
  const periods = await exportablePeriods(getDb(), viewer);
  if (!periods) notFound();
  const t = await getTranslations();
  const columns: Column<ExportablePeriod>[] = [
    { key: 'period', label: t('siasnExport.col.period'), cell: (p) => periodLabel(t, p) },
    { key: 'rows', label: t('siasnExport.col.rows'), numeric: true, cell: (p) => p.rows },
    {
      key: 'download',
      label: t('siasnExport.col.download'),
      cell: (p) => (
        <span className="flex gap-3">
          {(['csv', 'xlsx'] as const).map((format) => (
            <a
              key={format}
              className="text-emerald-800 underline"
              href={`/overview/siasn/export?period=${p.id}&format=${format}`}
              download
              data-testid={`siasn-${format}-${p.id}`}
            >
              {t(`siasnExport.format.${format}`, { period: periodLabel(t, p) })}
            </a>
          ))}
        </span>
      ),
    },
  ];
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link className="text-emerald-800 underline" href="/overview">
          {t('siasnExport.back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('siasnExport.title')}</h1>
      <p className="text-slate-700">{t('siasnExport.intro')}</p>
      <DataTable
        caption={t('siasnExport.caption')}
        columns={columns}
        rows={periods}
        rowKey={(p) => String(p.id)}
        pathname="/overview/siasn"
        params={{}}
        empty={t('siasnExport.empty')}
        testId="siasn-periods"
      />
    </div>
  );
}
