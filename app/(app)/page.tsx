import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { CareerSection } from '@/components/appraisal/career-section';
import { EmployeeProfile } from '@/components/employee-profile';
import { ComplianceCard } from '@/components/reports/compliance-card';
import { getDb } from '@/db';
import { careerOf } from '@/lib/appraisal/career';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getEmployeeProfile } from '@/lib/org/queries';
import { complianceOf } from '@/lib/reports/realisation';

export default async function HomePage() {
  const viewer = await requireViewer();
  const on = today();
  const month = on.slice(0, 7);
  const [profile, t, compliance, career] = await Promise.all([
    getEmployeeProfile(getDb(), viewer, viewer.employeeId, on),
    getTranslations('profile'),
    complianceOf(getDb(), viewer.agencyId, [viewer.employeeId], month, on),
    careerOf(getDb(), viewer, viewer.employeeId, on),
  ]);
  if (!profile) notFound();
  const mine = compliance.get(viewer.employeeId);
  return (
    <div className="space-y-6">
      {mine && <ComplianceCard value={mine} />}
      <EmployeeProfile profile={profile} title={t('myTitle')} />
      {career && <CareerSection career={career} employeeId={viewer.employeeId} on={on} />}
    </div>
  );
}
