import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { closePeriodAction } from '@/lib/admin/periods/actions';
import { periodsByYear } from '@/lib/admin/periods/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { OpenYearForm, ReopenForm } from './period-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminPeriods'))('title') };
}

/** The agency's periods per year: close one, re-open it with a reason, or open the next year. */
export default async function AdminPeriodsPage() {
  const viewer = await requireViewer();
  const years = await periodsByYear(getDb(), viewer);
  if (!years) notFound();
  const [t, tr, f] = await Promise.all([getTranslations('adminPeriods'), getTranslations(), getFormats()]);
  const next = (years[0]?.year ?? new Date().getFullYear()) + 1;
  return (
    <ClientMessages namespaces={['adminPeriods']}>
      <div className="max-w-4xl space-y-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <OpenYearForm year={next} />
        {years.map(({ year, periods }) => (
          <section key={year} aria-labelledby={`year-${year}`} className="space-y-2">
            <h2 id={`year-${year}`} className="text-xl font-semibold">
              {t('year')} {year}
            </h2>
            <TableScroll label={`${t('year')} ${year}`}>
              <table
                className="w-full border-collapse bg-white text-left text-sm"
                data-testid={`periods-${year}`}
              >
                <thead className="bg-slate-100">
                  <tr>
                    <th scope="col" className="p-2">
                      {t('period')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('dates')}
                    </th>
                    <th scope="col" className="p-2">
                      {t('status')}
                    </th>
                    <th scope="col" className="p-2">
                      <span className="sr-only">{t('close')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {periods.map((p) => (
                    <tr
                      key={p.id}
                      className="border-b border-slate-200 align-top"
                      data-testid={`period-${p.id}`}
                    >
                      <td className="p-2 font-medium">{periodLabel(tr, p)}</td>
                      <td className="p-2">
                        {f.date(p.startsOn)} – {f.date(p.endsOn)}
                      </td>
                      <td className="p-2">{p.open ? t('statusOpen') : t('statusClosed')}</td>
                      <td className="p-2">
                        {p.open ? (
                          <ActionButton
                            action={closePeriodAction}
                            fields={{ periodId: p.id }}
                            label={t('close')}
                            pendingLabel={t('saving')}
                          />
                        ) : (
                          <ReopenForm periodId={p.id} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))}
      </div>
    </ClientMessages>
  );
}
