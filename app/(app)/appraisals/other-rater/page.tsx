import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { listOwnRequests } from '@/lib/appraisal/conflict/queries';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import { requireViewer } from '@/lib/auth/viewer';
import { listPeriods } from '@/lib/calendar/periods';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { OwnRaterRequests } from '../conflict-sections';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conflict'))('requestTitle') };
}

/** The employee asks for a different rater (and sees their requests); nobody rates the top of the tree here. */
export default async function OtherRaterPage() {
  const viewer = await requireViewer();
  const db = getDb();
  const [rater, rows, periods, t] = await Promise.all([
    pejabatPenilaiOf(db, viewer.employeeId, today()),
    listOwnRequests(db, viewer),
    listPeriods(db, viewer.agencyId),
    getTranslations(),
  ]);
  if (rater === null) notFound();
  return (
    <ClientMessages namespaces={['conflict']}>
      <div className="max-w-3xl space-y-4">
        <p>
          <Link className="text-emerald-800 underline" href="/appraisals">
            {t('appraisal.title')}
          </Link>
        </p>
        <OwnRaterRequests rows={rows} periods={periods} />
      </div>
    </ClientMessages>
  );
}
