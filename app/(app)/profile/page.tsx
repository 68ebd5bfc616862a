import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CareerSection } from '@/components/appraisal/career-section';
import { CoachingLink } from '@/components/coaching/coaching-link';
import { EmployeeProfile } from '@/components/employee-profile';
import { getDb } from '@/db';
import { careerOf } from '@/lib/appraisal/career/queries';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { getEmployeeProfile } from '@/lib/org/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('profile'))('myTitle') };
}

/** The viewer's own profile and career follow-up (predikat by year, promotion, development plan). */
export default async function ProfilePage() {
  const viewer = await requireViewer();
  const on = today();
  const [profile, t, tOwn, career] = await Promise.all([
    getEmployeeProfile(getDb(), viewer, viewer.employeeId, on),
    getTranslations('profile'),
    getTranslations('ownData'),
    careerOf(getDb(), viewer, viewer.employeeId, on),
  ]);
  if (!profile) notFound();
  return (
    <div className="space-y-6">
      <EmployeeProfile profile={profile} title={t('myTitle')} />
      <CoachingLink href="/profile/coaching" />
      {career && <CareerSection career={career} employeeId={viewer.employeeId} on={on} />}
      <section
        aria-labelledby="own-data-h"
        className="space-y-2 rounded-lg border border-slate-300 bg-white p-4"
      >
        <h2 id="own-data-h" className="text-lg font-semibold">
          {tOwn('title')}
        </h2>
        <p className="text-sm text-slate-700">{tOwn('intro')}</p>
        {/* A file download, not a page: a plain link so the browser saves it. */}
        <a href="/account/export" download className="inline-block font-semibold text-emerald-800 underline">
          {tOwn('download')}
        </a>
      </section>
    </div>
  );
}
