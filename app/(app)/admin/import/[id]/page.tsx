import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { getImportJob } from '@/lib/admin/import/queries';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';
import { ApplyForm } from './apply-form';
import { ImportReportView } from './report';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminImport'))('job.title') };
}

/** Seconds between reloads while the check or the apply runs: the page refreshes itself, JavaScript or not. */
const REFRESH_SECONDS = 2;

/** One import: its progress while it runs, then the dry run's report and the apply. */
export default async function ImportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  if (!canManageOrganisation(viewer)) notFound();
  const id = parseId((await params).id);
  const job = id === null ? null : await getImportJob(getDb(), viewer, id);
  if (!job) notFound();
  const [t, f] = await Promise.all([getTranslations('adminImport'), getFormats()]);
  const running = job.status === 'checking' || job.status === 'applying';
  const issues = job.report?.counts.issues ?? 0;
  return (
    <ClientMessages namespaces={['adminImport']}>
      <div className="max-w-5xl space-y-4">
        {running && <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />}
        <p>
          <Link href="/admin/import" className="text-emerald-800 underline">
            {t('job.back')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('job.title')}</h1>
        <p className="break-words text-slate-700">
          {job.fileName}
          {job.supervisionFileName ? ` + ${job.supervisionFileName}` : ''} ·{' '}
          {f.dateTime(new Date(job.createdAt))}
          {job.fullExport ? ` · ${t('job.fullExport')}` : ''}
        </p>
        <div role="status" aria-live="polite" data-testid="import-status" className="space-y-2">
          <p className="font-semibold">{t(`status.${job.status}`)}</p>
          {running && (
            <>
              <progress
                className="w-full"
                max={Math.max(job.total, 1)}
                value={job.status === 'applying' ? job.processed : undefined}
                aria-label={t(`status.${job.status}`)}
              />
              <p className="text-sm text-slate-700">
                {job.status === 'applying'
                  ? t('job.progress', { done: f.number(job.processed), total: f.number(job.total) })
                  : t('job.checkingRows', { total: f.number(job.total) })}{' '}
                {t('job.refreshes')}
              </p>
            </>
          )}
          {job.status === 'failed' && job.error && (
            <p className="rounded border-l-4 border-red-700 bg-red-50 p-3 text-sm text-red-800">
              {t(`errors.${job.error.replace('adminImport.errors.', '') as 'failed'}`)}
            </p>
          )}
          {job.status === 'applied' && <p className="text-sm text-slate-700">{t('job.appliedNote')}</p>}
        </div>
        {job.status === 'checked' &&
          (issues > 0 ? (
            <p className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-sm">{t('job.fixFirst')}</p>
          ) : (
            <ApplyForm jobId={job.id} proposals={job.report?.counts.proposals ?? 0} />
          ))}
        {job.report && !running && <ImportReportView report={job.report} />}
      </div>
    </ClientMessages>
  );
}
