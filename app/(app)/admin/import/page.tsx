import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { listImportJobs } from '@/lib/admin/import/queries';
import { TEMPLATE_FILES } from '@/lib/admin/import/template';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { UploadForm } from './upload-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminImport'))('title') };
}

/** BKPSDM loads people and units from SIASN's export, and supervision lines from its own file. */
export default async function ImportPage() {
  const viewer = await requireViewer();
  if (!canManageOrganisation(viewer)) notFound();
  const [jobs, t, f] = await Promise.all([
    listImportJobs(getDb(), viewer),
    getTranslations('adminImport'),
    getFormats(),
  ]);
  return (
    <ClientMessages namespaces={['adminImport']}>
      <div className="max-w-4xl space-y-4">
        <p>
          <Link href="/admin" className="text-emerald-800 underline">
            {t('back')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <section aria-labelledby="import-templates" className="space-y-2">
          <h2 id="import-templates" className="text-lg font-semibold">
            {t('templates.title')}
          </h2>
          <p className="text-sm text-slate-700">{t('templates.intro')}</p>
          <ul className="flex flex-wrap gap-x-4 gap-y-2">
            {TEMPLATE_FILES.map((file) => (
              <li key={file}>
                <a href={`/admin/import/template/${file}`} download className="text-emerald-800 underline">
                  {t(`templates.${file.replace('.', '_') as 'people_csv'}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
        <UploadForm />
        {jobs.length > 0 && (
          <section aria-labelledby="import-jobs" className="space-y-2">
            <h2 id="import-jobs" className="text-lg font-semibold">
              {t('jobs.title')}
            </h2>
            <ul className="space-y-1" data-testid="import-jobs">
              {jobs.map((j) => (
                <li key={j.id}>
                  <Link href={`/admin/import/${j.id}`} className="text-emerald-800 underline">
                    {j.fileName}
                  </Link>{' '}
                  <span className="text-sm text-slate-700">
                    {f.dateTime(new Date(j.createdAt))} · {t(`status.${j.status}`)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
