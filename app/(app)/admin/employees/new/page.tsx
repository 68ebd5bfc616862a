import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getDb } from '@/db';
import { positionOptions } from '@/lib/admin/org/employees/queries';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { CreateEmployeeForm } from '../employee-forms';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('adminOrg'))('employees.createTitle') };
}

/** A new employee (admins only): NIP or NI PPPK checked as at sign-in, position, rank, pejabat penilai. */
export default async function NewEmployeePage() {
  const viewer = await requireViewer();
  if (!canManageOrganisation(viewer)) notFound();
  const [positions, t] = await Promise.all([positionOptions(getDb(), viewer), getTranslations('adminOrg')]);
  return (
    <ClientMessages namespaces={['adminOrg', 'employeeKind', 'supervisionKind']}>
      <div className="max-w-4xl space-y-4">
        <Link href="/admin/employees" className="text-sm text-emerald-800 underline">
          {t('employees.title')}
        </Link>
        <h1 className="text-2xl font-bold">{t('employees.createTitle')}</h1>
        <CreateEmployeeForm positions={positions} today={today()} />
      </div>
    </ClientMessages>
  );
}
