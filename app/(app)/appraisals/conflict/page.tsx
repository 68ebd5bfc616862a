import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { declarationTarget } from '@/lib/appraisal/conflict/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { DeclareConflictForm } from '../conflict-forms';

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('conflict'))('title') };
}

/** The pejabat penilai declares a conflict of interest for one subordinate and an open period. */
export default async function DeclareConflictPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const query = await searchParams;
  const employeeId = parseId(query.employee ?? '') ?? notFound();
  const periodId = parseId(query.period ?? '') ?? notFound();
  const target = await declarationTarget(getDb(), viewer, employeeId, periodId, today());
  if (!target) notFound();
  const t = await getTranslations();
  return (
    <ClientMessages namespaces={['conflict']}>
      <div className="max-w-3xl space-y-4">
        <p>
          <Link className="text-emerald-800 underline" href={`/appraisals?period=${periodId}`}>
            {t('appraisal.title')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('conflict.declareTitle', { name: target.name })}</h1>
        <p className="text-slate-700">{periodLabel(t, target.period)}</p>
        <p>{t('conflict.declareIntro')}</p>
        <DeclareConflictForm employeeId={target.employeeId} periodId={target.period.id} />
      </div>
    </ClientMessages>
  );
}
