import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { deleteHolidayAction } from '@/lib/holidays/actions';
import { listHolidays } from '@/lib/holidays/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { HolidayForm } from './holiday-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('holidays'))('title') };
}

/** BKPSDM keeps the holiday calendar; working days and reporting compliance follow it. */
export default async function HolidaysPage({ searchParams }: { searchParams: Promise<{ year?: string }> }) {
  const viewer = await requireViewer();
  if (!canManageOrganisation(viewer)) notFound();
  const query = await searchParams;
  const year = /^\d{4}$/.test(query.year ?? '') ? Number(query.year) : Number(today().slice(0, 4));
  const [rows, t, f] = await Promise.all([
    listHolidays(getDb(), viewer, year),
    getTranslations('holidays'),
    getFormats(),
  ]);
  return (
    <ClientMessages namespaces={['holidays', 'reports.validation']}>
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold">
          {t('title')} {year}
        </h1>
        <p className="text-slate-700">{t('intro')}</p>
        <HolidayForm />
        <TableScroll label={t('title')}>
          <table className="w-full border-collapse bg-white text-left text-sm" data-testid="holidays">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="p-2">
                  {t('date')}
                </th>
                <th scope="col" className="p-2">
                  {t('name')}
                </th>
                <th scope="col" className="p-2">
                  {t('kind')}
                </th>
                <th scope="col" className="p-2">
                  <span className="sr-only">{t('delete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((h) => (
                <tr key={h.id} className="border-b border-slate-200">
                  <td className="p-2">{f.date(h.date, 'full')}</td>
                  <td className="p-2">{h.name}</td>
                  <td className="p-2">{t(`kinds.${h.kind as 'national'}`)}</td>
                  <td className="p-2">
                    <ActionButton
                      action={deleteHolidayAction}
                      fields={{ holidayId: h.id }}
                      label={t('delete')}
                      pendingLabel={t('saving')}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </ClientMessages>
  );
}
