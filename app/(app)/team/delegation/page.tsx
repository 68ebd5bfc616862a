import type { Metadata } from 'next';
import Link from 'next/link';
import { DelegateForm } from '@/components/delegation/delegation-forms';
import { DelegationTable } from '@/components/delegation/delegation-table';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { delegationLimits, listDelegations } from '@/lib/delegation/queries';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('delegation.title') };
}

/** A supervisor names a Plh while on leave; everyone sees the delegations they are part of. */
export default async function DelegationPage() {
  const viewer = await requireViewer();
  const on = today();
  const [rows, limits, t] = await Promise.all([
    listDelegations(getDb(), viewer, on),
    delegationLimits(getDb(), viewer.agencyId),
    getTranslations('adminOrg.delegation'),
  ]);
  return (
    <ClientMessages namespaces={['adminOrg.delegation', 'adminOrg.saving', 'adminOrg.validation']}>
      <div className="max-w-4xl space-y-4">
        <Link href="/team" className="text-sm text-emerald-800 underline">
          {t('backToTeam')}
        </Link>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700">{t('intro')}</p>
        <p className="text-sm text-slate-700" data-testid="delegation-rules">
          {limits.sameOpd
            ? t('rulesSameOpd', { days: limits.maxDays })
            : t('rules', { days: limits.maxDays })}
        </p>
        {viewer.isSupervisor && <DelegateForm today={on} />}
        <h2 className="text-lg font-semibold">{t('current')}</h2>
        <DelegationTable rows={rows} mayCancel={(r) => r.supervisorId === viewer.employeeId} />
      </div>
    </ClientMessages>
  );
}
