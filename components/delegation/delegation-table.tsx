import { TableScroll } from '@/components/ui/table-scroll';
import type { DelegationRow } from '@/lib/delegation/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { CancelDelegationForm } from './delegation-forms';

/** Delegations not yet over; the ones `mayCancel` allows get a cancel button. */
export async function DelegationTable({
  rows,
  mayCancel,
}: {
  rows: DelegationRow[];
  mayCancel: (row: DelegationRow) => boolean;
}) {
  const [t, f] = await Promise.all([getTranslations('adminOrg.delegation'), getFormats()]);
  if (rows.length === 0) return <p>{t('none')}</p>;
  return (
    <TableScroll label={t('current')}>
      <table className="w-full border-collapse bg-white text-left text-sm" data-testid="delegations">
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="p-2">
              {t('supervisor')}
            </th>
            <th scope="col" className="p-2">
              {t('delegate')}
            </th>
            <th scope="col" className="p-2">
              {t('span')}
            </th>
            <th scope="col" className="p-2">
              {t('lines')}
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">{t('cancel')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200 align-top">
              <td className="p-2">{r.supervisor}</td>
              <td className="p-2">{r.delegate}</td>
              <td className="p-2">{t('spanText', { from: f.date(r.validFrom), to: f.date(r.validTo) })}</td>
              <td className="p-2">{r.lines}</td>
              <td className="p-2">
                {mayCancel(r) && <CancelDelegationForm delegationId={r.id} label={t('cancel')} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
