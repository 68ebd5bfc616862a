import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { filterParams, parseFilters } from '@/lib/dashboard/params';
import { getPredikatDistribution } from '@/lib/dashboard/predikat';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { OrgPredikatForm } from './org-predikat-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('dashboard.predikat'))('setLink') };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * Leadership sets the Predikat Kinerja Organisasi of the units under it for a period: one form per unit it
 * may set, on a page of its own so the overview stays a read-only page (its table shows the values). Same
 * scope and filters as the overview: a unit or period outside them is a 404.
 */
export default async function OrgPredikatPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const on = today();
  const filters = parseFilters(await searchParams, on);
  if (!filters || filters.teamId !== null) notFound();
  // The primary: after a save the page shows what was just written.
  const data = await getPredikatDistribution(getDb(), viewer, filters, on);
  if (!data) notFound();
  const t = await getTranslations();
  const rows = data.rows.filter((r) => !r.own);
  const back = `/overview?${new URLSearchParams(filterParams({ ...filters, periodId: data.period.id }))}#predikat-h`;
  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link className="text-emerald-800 underline" href={back}>
          ← {t('dashboard.predikat.back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {t('dashboard.predikat.pageTitle', { period: periodLabel(t, data.period) })}
      </h1>
      <p className="text-slate-700">{t('dashboard.predikat.pageIntro')}</p>
      {!rows.some((r) => r.canSet) && <p>{t('dashboard.predikat.noneToSet')}</p>}
      <ClientMessages namespaces={['dashboard.predikat']}>
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white"
          data-testid="org-predikat-list"
        >
          {rows.map((r) => (
            <li key={r.id} className="space-y-2 p-3" data-testid={`org-predikat-${r.id}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-x-4">
                <h2 className="font-semibold">{r.name}</h2>
                <span className="text-sm text-slate-600">
                  {t('dashboard.predikat.givenCount', { n: r.total })}
                </span>
              </div>
              {r.canSet ? (
                <OrgPredikatForm
                  unitId={r.id}
                  unitName={r.name}
                  periodId={data.period.id}
                  current={r.org?.predikat ?? null}
                  version={r.org?.version ?? null}
                />
              ) : (
                <p>
                  {r.org ? (
                    t(`dashboard.predikat.org.${r.org.predikat}`)
                  ) : (
                    <span className="text-slate-600">{t('dashboard.predikat.notSet')}</span>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      </ClientMessages>
    </div>
  );
}
