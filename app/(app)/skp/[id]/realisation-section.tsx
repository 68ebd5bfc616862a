import Link from 'next/link';
import { ReviewEntryForm } from '@/components/realisation/review-entry-form';
import { TableScroll } from '@/components/ui/table-scroll';
import { periodLabel } from '@/lib/calendar/labels';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import type { IndicatorRealisation, RealisationEntryView } from '@/lib/realisation/types';

const cell = 'border border-slate-400 px-2 py-1 align-top';
const TONE: Record<RealisationEntryView['status'], string> = {
  pending: 'bg-amber-100 text-amber-900',
  validated: 'bg-emerald-100 text-emerald-900',
  returned: 'bg-red-100 text-red-900',
};

/**
 * Periodic realisation on the SKP page: per indicator not fed by daily reports, each period's entry with its
 * evidence, status and history; the owner's link to enter or change it, the pejabat penilai's decision.
 */
export async function RealisationSection({
  skpId,
  items,
  saved,
  decided,
}: {
  skpId: number;
  items: IndicatorRealisation[];
  saved: boolean;
  /** The pejabat penilai's decision just made here (from the redirect). */
  decided: 'validate' | 'return' | null;
}) {
  const [t, root, f] = await Promise.all([getTranslations('realisation'), getTranslations(), getFormats()]);
  if (items.length === 0) return null;
  const value = (v: string | number, unit: string) => `${f.number(Number(v), 2)} ${unit}`;
  return (
    <section id="realisation" aria-labelledby="realisation-title" className="space-y-4">
      <h2 id="realisation-title" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-slate-700">{t('intro')}</p>
      {decided && (
        <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
          {t(`reviewed.${decided}`)}
        </p>
      )}
      {saved && (
        <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
          {t('savedNotice')}
        </p>
      )}
      {items.map((ind) => (
        <article
          key={ind.indicatorId}
          className="space-y-2 rounded-lg border border-slate-300 bg-white p-3"
          data-testid={`realisation-indicator-${ind.indicatorId}`}
        >
          <h3 className="font-medium">{ind.text}</h3>
          <p className="text-sm text-slate-700">
            {root(`skp.aspek.${ind.aspek}`)} · {t(`measure.${ind.measure}`)} · {t('target')}{' '}
            {value(ind.targetValue, ind.targetUnit)} · {t('capaian')}{' '}
            <strong data-testid={`capaian-${ind.indicatorId}`}>
              {ind.achievementPct === null ? t('none') : f.percent(ind.achievementPct)}
            </strong>
          </p>
          <TableScroll label={ind.text}>
            <table className="w-full border-collapse text-sm">
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className={`${cell} w-32`}>
                    {t('period')}
                  </th>
                  <th scope="col" className={`${cell} w-32`}>
                    {t('value')}
                  </th>
                  <th scope="col" className={cell}>
                    {t('evidence')}
                  </th>
                  <th scope="col" className={`${cell} w-56`}>
                    {t('statusLabel')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {ind.slots.map(({ period, entry, canEnter, canReview }) => (
                  <tr
                    key={period.id}
                    id={entry ? `realisation-entry-${entry.id}` : undefined}
                    data-testid={`slot-${ind.indicatorId}-${period.seq}`}
                  >
                    <th scope="row" className={`${cell} text-left font-normal`}>
                      {periodLabel(root, period)}
                      {!period.open && <span className="block text-xs text-slate-600">{t('closed')}</span>}
                    </th>
                    <td className={cell} data-testid={entry ? `entry-value-${entry.id}` : undefined}>
                      {!entry
                        ? '—'
                        : ind.measure !== 'qualitative'
                          ? value(entry.value, ind.targetUnit)
                          : entry.judgement
                            ? `${t(`judgement.${entry.judgement}`)} (${f.percent(Number(entry.value))})`
                            : t('narrative')}
                    </td>
                    <td className={cell}>
                      {entry?.files.map((file) => (
                        <a
                          key={file.id}
                          className="block text-emerald-800 underline"
                          href={`/skp/realisation-files/${file.id}`}
                        >
                          {file.name}
                        </a>
                      ))}
                      {entry?.evidenceLink && (
                        <a
                          className="block break-all text-emerald-800 underline"
                          href={entry.evidenceLink}
                          rel="noopener noreferrer"
                        >
                          {entry.evidenceLink}
                        </a>
                      )}
                      {entry?.note && <p className="whitespace-pre-line text-slate-700">{entry.note}</p>}
                    </td>
                    <td className={cell}>
                      {entry ? (
                        <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONE[entry.status]}`}>
                          {t(`status.${entry.status}`)}
                        </span>
                      ) : (
                        <span className="text-slate-600">{t('status.empty')}</span>
                      )}
                      {entry?.status === 'returned' && entry.reviewComment && (
                        <p className="mt-1 whitespace-pre-line text-red-900">{entry.reviewComment}</p>
                      )}
                      {canEnter && (
                        <Link
                          className="mt-1 block font-medium text-emerald-800 underline"
                          href={`/skp/${skpId}/realisation?indicator=${ind.indicatorId}&period=${period.id}`}
                        >
                          {entry ? t('change') : t('enter')}
                          <span className="sr-only">
                            {' '}
                            {ind.text}, {periodLabel(root, period)}
                          </span>
                        </Link>
                      )}
                      {canReview && entry && (
                        <ReviewEntryForm
                          entryId={entry.id}
                          version={entry.version}
                          back="skp"
                          judge={ind.measure === 'qualitative'}
                        />
                      )}
                      {entry && entry.history.length > 0 && (
                        <details className="mt-1">
                          <summary className="cursor-pointer text-xs text-slate-700">{t('history')}</summary>
                          <ol className="list-disc pl-5 text-xs text-slate-700">
                            {entry.history.map((h) => (
                              <li key={`${h.action}-${h.at}`}>
                                {f.dateTime(new Date(h.at))} ·{' '}
                                {t(`event.${h.action.replace('realisation.', '')}`)} · {h.actor}
                                {h.comment ? ` — ${h.comment}` : ''}
                              </li>
                            ))}
                          </ol>
                        </details>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </article>
      ))}
    </section>
  );
}
