import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EmployeeProfile } from '@/components/employee-profile';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getEmployeeProfile } from '@/lib/org/queries';

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const profile = await getEmployeeProfile(getDb(), viewer, Number(id), today());
  if (!profile) notFound();
  const t = await getTranslations('profile');
  return (
    <EmployeeProfile profile={profile} title={profile.id === viewer.employeeId ? t('myTitle') : t('title')} />
  );
}
