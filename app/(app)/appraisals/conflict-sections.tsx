import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { TableScroll } from '@/components/ui/table-scroll';
import { startAppraisalAction } from '@/lib/appraisal/actions';
import type { RoutedRow } from '@/lib/appraisal/conflict/queries';
import type { DeclarationRow } from '@/lib/appraisal/conflict/types';
import { periodLabel } from '@/lib/calendar/labels';
import type { PeriodRef } from '@/lib/calendar/types';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { DecideRequestForm, RaterRequestForm } from './conflict-forms';

const cell = 'border-b border-slate-200 py-2 pr-3 align-top';

/** Appraisals handed to the viewer by a conflict of interest, for the chosen period. */
export async function RoutedToYou({ rows, period }: { rows: RoutedRow[]; period: PeriodRef }) {
  const t = await getTranslations();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="routed" className="space-y-2">
      <h2 id="routed" className="text-lg font-semibold">
        {t('conflict.routedTitle')} — {periodLabel(t, period)}
      </h2>
      <TableScroll label={t('conflict.routedTitle')}>
        <table className="w-full text-left text-sm" data-testid="routed-appraisals">
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col">{t('appraisal.employee')}</th>
              <th scope="col">{t('appraisal.statusLabel')}</th>
              <th scope="col">
                <span className="sr-only">{t('appraisal.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.employeeId}>
                <td className={cell}>
                  {r.name}
                  <span className="block text-slate-600">
                    {t('conflict.routedFrom', { name: r.originalRater })}
                  </span>
                </td>
                <td className={cell}>
                  {r.appraisal ? t(`appraisal.status.${r.appraisal.status}`) : t('appraisal.notStarted')}
                </td>
                <td className={cell}>
                  {r.appraisal ? (
                    <Link className="text-emerald-800 underline" href={`/appraisals/${r.appraisal.id}`}>
                      {t(r.appraisal.status === 'draft' ? 'appraisal.continue' : 'appraisal.open')}
                      <span className="sr-only"> {r.name}</span>
                    </Link>
                  ) : (
                    period.open && (
                      <ActionButton
                        action={startAppraisalAction}
                        fields={{ employeeId: r.employeeId, periodId: period.id }}
                        label={t('appraisal.start', { name: r.name })}
                        pendingLabel={t('appraisal.saving')}
                      />
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** Employees' requests for a different rater, for the viewer as atasan pejabat penilai to decide. */
export async function RequestsToDecide({ rows }: { rows: DeclarationRow[] }) {
  const t = await getTranslations();
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="rater-requests" className="space-y-3" data-testid="rater-requests">
      <h2 id="rater-requests" className="text-lg font-semibold">
        {t('conflict.toDecideTitle')}
      </h2>
      <ul className="space-y-3">
        {rows.map((r) => (
          <li key={r.id} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
            <p className="whitespace-pre-line">
              {t('conflict.requestBy', {
                name: r.employeeName,
                period: periodLabel(t, r.period),
                reason: r.reason ?? '',
              })}
            </p>
            <DecideRequestForm requestId={r.id} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The viewer's own requests, and the form to ask for a different rater for an open period. */
export async function OwnRaterRequests({ rows, periods }: { rows: DeclarationRow[]; periods: PeriodRef[] }) {
  const [t, f] = await Promise.all([getTranslations(), getFormats()]);
  const open = periods.filter((p) => p.open);
  return (
    <section aria-labelledby="rater-request" className="space-y-3">
      <h1 id="rater-request" className="text-2xl font-bold">
        {t('conflict.requestTitle')}
      </h1>
      <p className="max-w-3xl text-sm text-slate-700">{t('conflict.requestIntro')}</p>
      {rows.length > 0 && <h2 className="text-lg font-semibold">{t('conflict.ownRequests')}</h2>}
      {rows.length > 0 && (
        <ul className="list-disc space-y-1 pl-6" data-testid="own-rater-requests">
          {rows.map((r) => (
            <li key={r.id}>
              {periodLabel(t, r.period)} · {f.date(r.requestedOn)} · {t(`conflict.status.${r.status}`)}
              {r.decisionNote && ` — ${r.decisionNote}`}
            </li>
          ))}
        </ul>
      )}
      {open.length > 0 && (
        <RaterRequestForm periods={open.map((p) => ({ id: p.id, label: periodLabel(t, p) }))} />
      )}
    </section>
  );
}
