import { TableScroll } from '@/components/ui/table-scroll';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import type { ReportView } from '@/lib/reports/queries';

/** Reports as a table: date and time, indicator, activity, output, evidence, status. */
export async function ReportList({
  reports,
  showEmployee = false,
}: {
  reports: ReportView[];
  showEmployee?: boolean;
}) {
  const [t, fmt] = await Promise.all([getTranslations('reports'), getFormats()]);
  if (reports.length === 0) return <p>{t('empty')}</p>;
  return (
    <TableScroll label={t('list')}>
      <table
        className="data-table w-full border-collapse bg-white text-left text-sm"
        data-testid="report-list"
      >
        <thead className="bg-slate-100">
          <tr>
            {showEmployee && (
              <th scope="col" className="p-2">
                {t('employee')}
              </th>
            )}
            <th scope="col" className="p-2">
              {t('date')}
            </th>
            <th scope="col" className="p-2">
              {t('activity')}
            </th>
            <th scope="col" className="p-2">
              {t('output')}
            </th>
            <th scope="col" className="p-2">
              {t('files')}
            </th>
            <th scope="col" className="p-2">
              {t('filterStatus')}
            </th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} data-testid="report-row">
              {showEmployee && <td>{r.employeeName}</td>}
              <td className="whitespace-nowrap">
                <a href={`/reports/${r.id}`} className="text-emerald-800 underline">
                  {fmt.date(r.reportDate, 'medium')}
                </a>
                <br />
                {r.startTime}–{r.endTime}
              </td>
              <td>
                <p>{r.activity}</p>
                <p className="text-xs text-slate-600">{r.indicatorText}</p>
              </td>
              <td className="whitespace-nowrap">
                {fmt.number(Number(r.quantity), 2)} {r.unit}
              </td>
              <td>
                {r.evidence.map((f) => (
                  <a
                    key={f.id}
                    href={`/reports/evidence/${f.id}`}
                    className="block text-emerald-800 underline"
                  >
                    {f.fileName}
                  </a>
                ))}
                {r.evidenceLink && (
                  <a
                    href={r.evidenceLink}
                    rel="noopener noreferrer"
                    className="block text-emerald-800 underline"
                  >
                    {new URL(r.evidenceLink).host}
                  </a>
                )}
              </td>
              <td>
                <span data-testid="report-status">{t(`status.${r.status}`)}</span>
                {r.reviewComment && <p className="text-xs text-amber-800">{r.reviewComment}</p>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
