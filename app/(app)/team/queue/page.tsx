import type { Metadata } from 'next';
import { ClientMessages } from '@/components/i18n/client-messages';
import { Abbr } from '@/components/ui/abbr';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { pendingEntries, pendingEntryCount } from '@/lib/realisation/queries';
import { queueStamp, validationQueue } from '@/lib/reports/queries';
import { parseQueueFilter, queueParams } from '@/lib/reports/schema';
import { QueueFilterForm } from './filter-form';
import { LiveRefresh } from './live-refresh';
import { RealisationQueue } from './realisation-queue';
import { ReviewForms } from './review-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('queue.title') };
}

/** What the queue's forms say in the browser (ReviewForms, ReviewEntryForm and its schema's checks). */
const CLIENT_MESSAGES = [
  'reports.queue',
  'reports.saving',
  'reports.employee',
  'reports.activity',
  'reports.files',
  'realisation.review',
  'realisation.judgement',
  'realisation.saving',
  'realisation.validation',
];

type Search = Promise<Record<string, string | string[] | undefined>>;
const text = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));

/** Pending reports of the viewer's own subordinates only (the query is scoped by current supervision). */
export default async function QueuePage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const parsed = parseQueueFilter(raw);
  const filter = parsed.ok ? parsed.filter : { employeeId: null, from: null, to: null, page: 1 };
  // Read before the queue itself: a change landing in between shows here and makes the open page refresh
  // once more, never the other way round (a change the page misses but its stamp already holds).
  const stamp = await queueStamp(getDb(), viewer, today());
  const [queue, entries, entryTotal, t, tr, f] = await Promise.all([
    validationQueue(getDb(), viewer, today(), filter),
    pendingEntries(getDb(), viewer, today()),
    pendingEntryCount(getDb(), viewer, today()),
    getTranslations('reports'),
    getTranslations('realisation'),
    getFormats(),
  ]);
  const { total, page, pageSize } = queue;
  // An invalid filter shows its errors and no reports, so nothing unexpected can be approved in bulk.
  const reports = parsed.ok ? queue.reports : [];
  const filtered = filter.employeeId !== null || filter.from !== null || filter.to !== null;
  const href = (p: number) => `/team/queue${queueParams(filter, p)}`;
  return (
    <ClientMessages namespaces={CLIENT_MESSAGES}>
      <div className="space-y-4">
        <LiveRefresh stamp={stamp} idleMinutes={config.sessionIdleMinutes} />
        <h1 className="text-2xl font-bold">{t('queue.title')}</h1>
        <p className="text-slate-700">
          <Abbr>{t('queue.intro')}</Abbr>
        </p>
        <RealisationQueue
          entries={entries}
          total={entryTotal}
          decided={raw.entry === 'validate' || raw.entry === 'return' ? raw.entry : null}
        />
        <h2 className="text-lg font-semibold">{tr('queue.reportsHeading')}</h2>
        <QueueFilterForm
          // Only who has something waiting (and the one chosen): a school head's 600 staff are not a list.
          employees={queue.employees.filter((e) => e.pending > 0 || e.id === filter.employeeId)}
          values={{ employee: text(raw.employee), from: text(raw.from), to: text(raw.to) }}
          errors={parsed.ok ? {} : parsed.fieldErrors}
        />
        <p className="font-medium" data-testid="queue-count" aria-live="polite">
          {filtered
            ? t('queue.pendingFiltered', { count: total, all: f.number(queue.totalAll) })
            : t('queue.pending', { count: total })}
        </p>
        <p className="text-sm text-slate-600">{t('queue.live')}</p>
        {parsed.ok && total > pageSize && (
          <nav aria-label={t('queue.pages')} className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {t('queue.shownRange', {
                from: Math.min(total, (page - 1) * pageSize + 1),
                to: Math.min(total, page * pageSize),
                total,
              })}
            </span>
            {page > 1 && (
              <a className="text-emerald-800 underline" href={href(page - 1)}>
                {t('queue.newer')}
              </a>
            )}
            {page * pageSize < total && (
              <a className="text-emerald-800 underline" href={href(page + 1)}>
                {t('queue.older')}
              </a>
            )}
          </nav>
        )}
        {/* Always mounted, so the outcome of the last decision stays visible when the queue empties. */}
        <ReviewForms
          remaining={parsed.ok ? total : 0}
          items={reports.map((r) => ({
            id: r.id,
            version: r.version,
            employeeName: r.employeeName,
            date: r.reportDate,
            dateLabel: f.date(r.reportDate, 'medium'),
            time: `${r.startTime}–${r.endTime} (${t('minutes', { n: r.minutes })})`,
            activity: r.activity,
            indicator: r.indicatorText,
            output: `${f.number(Number(r.quantity), 2)} ${r.unit}`,
            evidence: r.evidence.map((e) => ({
              id: e.id,
              fileName: e.fileName,
              image: e.mime.startsWith('image/'),
            })),
            link: r.evidenceLink,
          }))}
        />
      </div>
    </ClientMessages>
  );
}
