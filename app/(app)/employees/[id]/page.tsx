import { notFound } from 'next/navigation';
import { CareerSection } from '@/components/appraisal/career-section';
import { CoachingLink } from '@/components/coaching/coaching-link';
import { EmployeeProfile } from '@/components/employee-profile';
import { getDb } from '@/db';
import { careerOf } from '@/lib/appraisal/career/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { coachingRole } from '@/lib/coaching/queries';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { getEmployeeProfile } from '@/lib/org/queries';

export default async function EmployeePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireViewer();
  const raw = await params;
  const id = parseId(raw.id) ?? notFound();
  const on = today();
  const profile = await getEmployeeProfile(getDb(), viewer, id, on);
  if (!profile) notFound();
  const [t, career, coaching] = await Promise.all([
    getTranslations('profile'),
    careerOf(getDb(), viewer, profile.id, on),
    coachingRole(getDb(), viewer, profile.id, on),
  ]);
  return (
    <div className="space-y-6">
      <EmployeeProfile
        profile={profile}
        title={profile.id === viewer.employeeId ? t('myTitle') : t('title')}
      />
      {coaching && (
        <CoachingLink
          href={coaching === 'employee' ? '/profile/coaching' : `/employees/${profile.id}/coaching`}
        />
      )}
      {career && <CareerSection career={career} employeeId={profile.id} on={on} />}
    </div>
  );
}
