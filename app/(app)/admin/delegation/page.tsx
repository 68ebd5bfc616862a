import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { LimitsForm } from '@/components/delegation/delegation-forms';
import { DelegationTable } from '@/components/delegation/delegation-table';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { delegationLimits, listDelegations } from '@/lib/delegation/queries';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('delegation.title') };
}

/** BKPSDM's limits on delegation and every delegation of the agency not yet over (admins only). */
export default async function AdminDelegationPage() {
  const viewer = await requireViewer();
  if (!canManageOrganisation(viewer)) notFound();
  const on = today();
  const [rows, limits, t] = await Promise.all([
    listDelegations(getDb(), viewer, on, true),
    delegationLimits(getDb(), viewer.agencyId),
    getTranslations('adminOrg'),
  ]);
  return (
    <ClientMessages namespaces={['adminOrg.delegation', 'adminOrg.saving', 'adminOrg.validation']}>
      <div className="max-w-4xl space-y-4">
        <Link href="/admin" className="text-sm text-emerald-800 underline">
          {t('back')}
        </Link>
        <h1 className="text-2xl font-bold">{t('delegation.title')}</h1>
        <p className="text-slate-700">{t('delegation.adminIntro')}</p>
        <LimitsForm maxDays={limits.maxDays} sameOpd={limits.sameOpd} />
        <h2 className="text-lg font-semibold">{t('delegation.current')}</h2>
        <DelegationTable rows={rows} mayCancel={() => true} />
      </div>
    </ClientMessages>
  );
}
