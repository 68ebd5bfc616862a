import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EmployeeProfile } from '@/components/employee-profile';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getEmployeeProfile } from '@/lib/org/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('myTitle') };
}

/** The signed-in employee's own profile, linked from their name in the header. */
export default async function ProfilePage() {
  const viewer = await requireViewer();
  const [profile, t] = await Promise.all([
    getEmployeeProfile(getDb(), viewer, viewer.employeeId, today()),
    getTranslations('profile'),
  ]);
  if (!profile) notFound();
  return <EmployeeProfile profile={profile} title={t('myTitle')} />;
}
