import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LiveRefresh } from '@/components/reports/live-refresh';
import { Abbr } from '@/components/ui/abbr';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getFormats } from '@/lib/i18n/server-format';
import { validationQueue } from '@/lib/reports/queries';
import { ReviewForms } from './review-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('reports'))('queue.title') };
}

/** Pending reports of the viewer's own subordinates only (the query is scoped by current supervision). */
export default async function QueuePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const viewer = await requireViewer();
  const raw = Number((await searchParams).page);
  const page = Number.isInteger(raw) && raw >= 1 && raw <= 10_000 ? raw : 1;
  const [{ reports, total, pageSize }, t, f] = await Promise.all([
    validationQueue(getDb(), viewer, today(), page),
    getTranslations('reports'),
    getFormats(),
  ]);
  return (
    <div className="space-y-4">
      <LiveRefresh />
      <h1 className="text-2xl font-bold">{t('queue.title')}</h1>
      <p className="text-slate-700">
        <Abbr>{t('queue.intro')}</Abbr>
      </p>
      <p className="font-medium" data-testid="queue-count" aria-live="polite">
        {t('queue.pending', { count: total })}
      </p>
      <p className="text-sm text-slate-600">{t('queue.live')}</p>
      {total > pageSize && (
        <nav aria-label={t('queue.pages')} className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            {t('queue.shownRange', {
              from: Math.min(total, (page - 1) * pageSize + 1),
              to: Math.min(total, page * pageSize),
              total,
            })}
          </span>
          {page > 1 && (
            <Link className="text-emerald-800 underline" href={`/team/queue?page=${page - 1}`}>
              {t('queue.newer')}
            </Link>
          )}
          {page * pageSize < total && (
            <Link className="text-emerald-800 underline" href={`/team/queue?page=${page + 1}`}>
              {t('queue.older')}
            </Link>
          )}
        </nav>
      )}
      {/* Always mounted, so the outcome of the last decision stays visible when the queue empties. */}
      {
        <ReviewForms
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
            evidence: r.evidence.map((f) => ({
              id: f.id,
              fileName: f.fileName,
              image: f.mime.startsWith('image/'),
            })),
            link: r.evidenceLink,
          }))}
        />
      }
    </div>
  );
}
