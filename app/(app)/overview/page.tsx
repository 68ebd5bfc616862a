import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getAgencyOverview } from '@/lib/org/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('overview'))('title') };
}

export default async function OverviewPage() {
  const viewer = await requireViewer();
  const overview = await getAgencyOverview(getDb(), viewer, today());
  if (!overview) notFound();
  const [t, format] = await Promise.all([getTranslations('overview'), getFormatter()]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700" data-testid="overview-scope">
          {overview.scope.kind === 'agency'
            ? t('scopeAgency', { agency: overview.scope.name })
            : t('scopeUnit', { unit: overview.scope.name })}
        </p>
      </header>
      <dl className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <dt className="text-sm text-slate-600">{t('employees')}</dt>
          <dd className="text-3xl font-bold" data-testid="overview-employees">
            {format.number(overview.activeEmployees)}
          </dd>
        </div>
        <div className="rounded-lg border border-slate-300 bg-white p-4">
          <dt className="text-sm text-slate-600">{t('units')}</dt>
          <dd className="text-3xl font-bold">{format.number(overview.units)}</dd>
        </div>
      </dl>
      <section className="rounded-lg border-l-4 border-sky-700 bg-sky-50 p-4">
        <h2 className="font-semibold">{t('comingTitle')}</h2>
        <p className="mt-1">{t('comingBody')}</p>
      </section>
    </div>
  );
}
