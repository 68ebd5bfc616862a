import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AnalysedAt } from '@/components/raters/analysed-at';
import { SignalList } from '@/components/raters/signal-list';
import { ActionButton } from '@/components/ui/action-button';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { closeCalibrationAction } from '@/lib/calibration/actions';
import { getCalibration } from '@/lib/calibration/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import { AdjustForm } from '../calibration-forms';
import { CalibrationDistribution } from './distribution';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('calibration'))('title') };
}

const cell = 'border-b border-slate-200 py-2 pr-3 align-top';
const NOTICES = ['adjusted', 'closed'] as const;

/** One calibration: proposals by achievement, the distribution against its pattern, changes and closing. */
export default async function CalibrationPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const id = parseId((await params).id) ?? notFound();
  const c = await getCalibration(getDb(), viewer, id);
  if (!c) notFound();
  const [t, f, query] = await Promise.all([getTranslations(), getFormats(), searchParams]);
  const notice = NOTICES.find((n) => query[n]);
  const r = (x: string | null) => (x ? t(`ratings.${x}` as 'ratings.sesuai') : '—');
  const p = (x: string | null) => (x ? t(`predikat.${x}` as 'predikat.baik') : '—');
  const adjustable = c.rows.filter((row) => row.adjustable);
  return (
    <ClientMessages namespaces={['calibration', 'ratings']}>
      <div className="space-y-6">
        <p>
          <Link className="text-emerald-800 underline" href="/calibration">
            {t('calibration.back')}
          </Link>
        </p>
        <header>
          <h1 className="text-2xl font-bold">{t('calibration.pageTitle', { unit: c.unitName })}</h1>
          <p className="text-slate-700">
            {periodLabel(t, c.period)} ·{' '}
            <strong data-testid="calibration-status">{t(`calibration.status.${c.status}`)}</strong> ·{' '}
            {t('calibration.openedBy', { name: c.openedBy })}
            {c.closedBy && `, ${t('calibration.closedBy', { name: c.closedBy })}`}
          </p>
        </header>
        {notice && (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
            {t(`calibration.notice.${notice}`)}
          </p>
        )}
        <CalibrationDistribution view={c} />
        <section aria-labelledby="proposals" className="space-y-2">
          <h2 id="proposals" className="text-lg font-semibold">
            {t('calibration.tableCaption')}
          </h2>
          {c.rows.length > 0 && (
            <AnalysedAt
              status={c.signalsAt && { computedAt: c.signalsAt, seconds: null }}
              href={`/calibration/${c.id}`}
            />
          )}
          {c.rows.length === 0 ? (
            <p>{t('calibration.noRows')}</p>
          ) : (
            <TableScroll label={t('calibration.tableCaption')}>
              <table className="w-full text-left text-sm" data-testid="calibration-rows">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col">{t('calibration.employee')}</th>
                    <th scope="col">{t('calibration.evidence')}</th>
                    <th scope="col">{t('calibration.suggested')}</th>
                    <th scope="col">{t('calibration.proposed')}</th>
                    <th scope="col">{t('calibration.rater')}</th>
                    <th scope="col">{t('calibration.signals')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.rows.map((row) => (
                    <tr key={row.appraisalId}>
                      <td className={cell}>
                        {row.name}
                        <span className="block text-slate-600">{row.position}</span>
                      </td>
                      <td className={cell}>
                        {row.evidencePct === null ? '—' : `${f.number(row.evidencePct)} %`}
                      </td>
                      <td className={cell}>{r(row.suggested)}</td>
                      <td className={cell}>
                        <strong>{p(row.predikat)}</strong>
                        <span className="block text-slate-600">
                          {t(`appraisal.status.${row.status}`)}
                          {row.adjusted && ` · ${t('calibration.adjusted')}`}
                        </span>
                      </td>
                      <td className={cell}>{row.rater}</td>
                      <td className={cell}>
                        {row.signals.length === 0 ? (
                          <span className="text-slate-600">{t('calibration.noSignals')}</span>
                        ) : (
                          <SignalList signals={row.signals} />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {c.canAct &&
          (adjustable.length > 0 ? (
            <AdjustForm
              calibrationId={c.id}
              appraisals={adjustable.map((row) => ({
                value: `${row.appraisalId}:${row.version}`,
                label: `${row.name} — ${p(row.predikat)}`,
              }))}
            />
          ) : (
            <p>{t('calibration.nothingToAdjust')}</p>
          ))}
        {c.log.length > 0 && (
          <section aria-labelledby="calibration-log" className="space-y-2">
            <h2 id="calibration-log" className="text-lg font-semibold">
              {t('calibration.logTitle')}
            </h2>
            <ul className="list-disc space-y-1 pl-6" data-testid="calibration-log">
              {c.log.map((l) => (
                <li key={`${l.employee}-${l.on}-${l.justification}`}>
                  {t('calibration.logEntry', {
                    employee: l.employee,
                    from: p(l.from.predikat),
                    to: p(l.to.predikat),
                    by: l.by,
                    date: f.date(l.on),
                    text: l.justification,
                  })}
                </li>
              ))}
            </ul>
          </section>
        )}
        {c.canAct && (
          <div className="space-y-1">
            <ActionButton
              action={closeCalibrationAction}
              fields={{ calibrationId: c.id, version: c.version }}
              label={t('calibration.close')}
              pendingLabel={t('calibration.saving')}
            />
            <p className="text-sm text-slate-600">{t('calibration.closeHint')}</p>
          </div>
        )}
      </div>
    </ClientMessages>
  );
}
