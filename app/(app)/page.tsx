import Link from 'next/link';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { today } from '@/lib/domain/dates';
import { todayTasks } from '@/lib/home/queries';
import { getFormatter, getTranslations } from '@/lib/i18n/server';
import { remindRealisation } from '@/lib/realisation/mutations';
import { complianceOf } from '@/lib/reports/realisation';
import { ComplianceCard } from './compliance-card';
import { TodayList } from './today-list';

/** Home starts with what to do today, in every role the viewer has; the profile lives at /profile. */
export default async function HomePage() {
  const viewer = await requireViewer();
  const on = today();
  // No scheduler: the reminder of realisation still to enter is written (once per period) when its owner
  // comes home during the days before the period ends.
  await remindRealisation(getDb(), viewer.employeeId, viewer.agencyId, on);
  const [tasks, compliance, t, format] = await Promise.all([
    todayTasks(getDb(), viewer, on),
    complianceOf(getDb(), viewer.agencyId, [viewer.employeeId], on.slice(0, 7), on),
    getTranslations('home'),
    getFormatter(),
  ]);
  const mine = compliance.get(viewer.employeeId);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="text-slate-700" data-testid="today-date">
          {format.dateTime(new Date(`${on}T00:00:00Z`), {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
            year: 'numeric',
            timeZone: 'UTC',
          })}
        </p>
      </header>
      <TodayList tasks={tasks} />
      {mine && <ComplianceCard value={mine} />}
      <p>
        <Link className="text-emerald-800 underline" href="/profile" data-testid="profile-link">
          {t('profileLink')}
        </Link>
      </p>
    </div>
  );
}
