import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { currentPeriod } from '@/lib/calendar/periods';
import { listCalibrations } from '@/lib/calibration/queries';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { OpenCalibrationForm } from './calibration-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('calibration'))('title') };
}

const cell = 'border-b border-slate-200 py-2 pr-3 align-top';

/** Leadership's calibrations within its scope; anyone else gets a 404. */
export default async function CalibrationsPage() {
  const viewer = await requireViewer();
  const data = await listCalibrations(getDb(), viewer);
  if (!data) notFound();
  const t = await getTranslations();
  return (
    <ClientMessages namespaces={['calibration', 'ratings']}>
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">{t('calibration.title')}</h1>
        <p className="max-w-3xl text-slate-700">{t('calibration.intro')}</p>
        {data.periods.length > 0 && (
          <OpenCalibrationForm
            units={data.units.map((u) => ({ value: String(u.id), label: u.name }))}
            periods={data.periods.map((p) => ({ value: String(p.id), label: periodLabel(t, p) }))}
            defaultPeriod={String(currentPeriod(data.periods, today())?.id ?? data.periods[0]?.id ?? '')}
          />
        )}
        <section aria-labelledby="calibrations" className="space-y-2">
          <h2 id="calibrations" className="text-lg font-semibold">
            {t('calibration.listTitle')}
          </h2>
          {data.calibrations.length === 0 ? (
            <p>{t('calibration.none')}</p>
          ) : (
            <TableScroll label={t('calibration.listTitle')}>
              <table className="w-full text-left text-sm" data-testid="calibrations">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col">{t('calibration.unit')}</th>
                    <th scope="col">{t('calibration.period')}</th>
                    <th scope="col">{t('calibration.statusLabel')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.calibrations.map((c) => (
                    <tr key={c.id}>
                      <td className={cell}>
                        <Link className="text-emerald-800 underline" href={`/calibration/${c.id}`}>
                          {c.unitName}
                        </Link>
                        <span className="block text-slate-600">
                          {t('calibration.openedBy', { name: c.openedBy })}
                        </span>
                      </td>
                      <td className={cell}>{periodLabel(t, c.period)}</td>
                      <td className={cell}>
                        {t(`calibration.status.${c.status}`)} ·{' '}
                        {t('calibration.adjustments', { count: c.adjustments })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
