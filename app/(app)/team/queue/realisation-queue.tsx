import { ReviewEntryForm } from '@/components/realisation/review-entry-form';
import { periodLabel } from '@/lib/calendar/labels';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import type { QueuedEntry } from '@/lib/realisation/types';

/** Periodic realisation entries waiting for the viewer's decision, beside the daily reports. */
export async function RealisationQueue({
  entries,
  total,
  decided,
}: {
  /** The oldest waiting entries, at most ENTRY_QUEUE_SIZE. */
  entries: QueuedEntry[];
  /** All waiting entries. */
  total: number;
  /** The decision just made (from the redirect), announced above the list. */
  decided: 'validate' | 'return' | null;
}) {
  const [t, root, f] = await Promise.all([getTranslations('realisation'), getTranslations(), getFormats()]);
  return (
    <section aria-labelledby="realisation-queue" className="space-y-3" data-testid="realisation-queue">
      <h2 id="realisation-queue" className="text-lg font-semibold">
        {t('queue.title', { count: total })}
      </h2>
      {total > entries.length && (
        <p className="text-sm text-slate-700" data-testid="realisation-queue-shown">
          {t('queue.shown', { shown: entries.length, total })}
        </p>
      )}
      {decided && (
        <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
          {t(`reviewed.${decided}`)}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-slate-700">{t('queue.empty')}</p>
      ) : (
        <ul className="grid gap-3 lg:grid-cols-2">
          {entries.map((e) => (
            <li
              key={e.id}
              className="space-y-2 rounded-lg border border-slate-300 bg-white p-3"
              data-testid={`queued-entry-${e.id}`}
            >
              <p className="font-medium">
                {e.employeeName} · {periodLabel(root, e.period)}
              </p>
              <p className="text-sm">
                <a className="text-emerald-800 underline" href={`/skp/${e.skpId}#realisation`}>
                  {e.indicatorText}
                </a>
              </p>
              {e.measure === 'qualitative' ? (
                <p className="text-sm">
                  {t('target')} {f.number(Number(e.targetValue), 2)} {e.targetUnit} ·{' '}
                  {t(`measure.${e.measure}`)}
                </p>
              ) : (
                <p className="text-sm">
                  {t('value')}: <strong>{`${f.number(Number(e.value), 2)} ${e.targetUnit}`}</strong> ·{' '}
                  {t('target')} {f.number(Number(e.targetValue), 2)} {e.targetUnit} ·{' '}
                  {t(`measure.${e.measure}`)}
                </p>
              )}
              {(e.files.length > 0 || e.evidenceLink) && (
                <p className="text-sm">
                  {t('evidence')}:{' '}
                  {e.files.map((file) => (
                    <a
                      key={file.id}
                      className="mr-2 text-emerald-800 underline"
                      href={`/skp/realisation-files/${file.id}`}
                    >
                      {file.name}
                    </a>
                  ))}
                  {e.evidenceLink && (
                    <a
                      className="break-all text-emerald-800 underline"
                      href={e.evidenceLink}
                      rel="noopener noreferrer"
                    >
                      {e.evidenceLink}
                    </a>
                  )}
                </p>
              )}
              {e.note && <p className="whitespace-pre-line text-sm text-slate-700">{e.note}</p>}
              <ReviewEntryForm
                entryId={e.id}
                version={e.version}
                back="queue"
                judge={e.measure === 'qualitative'}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
