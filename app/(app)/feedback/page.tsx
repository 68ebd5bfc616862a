import type { Metadata } from 'next';
import Link from 'next/link';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { myTasks } from '@/lib/feedback/requests/queries';
import { myClosedRounds, teamRounds } from '@/lib/feedback/rounds/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feedback'))('title') };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export default async function FeedbackPage({
  searchParams,
}: {
  searchParams: Promise<{ submitted?: string; declined?: string }>;
}) {
  const viewer = await requireViewer();
  const on = today();
  const db = getDb();
  const [params, t, tasks, mine, team] = await Promise.all([
    searchParams,
    getTranslations(),
    myTasks(db, viewer),
    myClosedRounds(db, viewer),
    viewer.isSupervisor ? teamRounds(db, viewer, on) : Promise.resolve([]),
  ]);
  const f = await getFormats();
  const owed = tasks.filter((task) => task.status === 'pending' || task.status === 'draft');
  return (
    <div className="space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('feedback.title')}</h1>
        {canSeeAgencyOverview(viewer) && (
          <Link href="/feedback/rounds" className="text-emerald-800 underline">
            {t('feedback.rounds.title')}
          </Link>
        )}
      </div>
      <p className="max-w-3xl text-slate-700">{t('feedback.intro')}</p>
      {(params.submitted || params.declined) && (
        <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
          {t(params.submitted ? 'feedback.form.submitted' : 'feedback.decline.done')}
        </p>
      )}

      <section aria-labelledby="tasks-h" className="space-y-3">
        <h2 id="tasks-h" className="text-xl font-semibold">
          {t('feedback.tasks.title', { count: owed.length })}
        </h2>
        {tasks.length === 0 ? (
          <p className="text-slate-600">{t('feedback.tasks.empty')}</p>
        ) : (
          <TableScroll label={t('feedback.tasks.title', { count: owed.length })}>
            <table className="w-full border-collapse bg-white text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th className="p-2">{t('feedback.tasks.ratee')}</th>
                  <th className="p-2">{t('feedback.tasks.relation')}</th>
                  <th className="p-2">{t('feedback.tasks.round')}</th>
                  <th className="p-2">{t('feedback.tasks.deadline')}</th>
                  <th className="p-2">{t('feedback.tasks.progress')}</th>
                  <th className="p-2">
                    <span className="sr-only">{t('feedback.tasks.action')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tasks.map((task) => {
                  const left = daysBetween(on, task.deadline);
                  const due = task.status === 'pending' || task.status === 'draft';
                  return (
                    <tr key={task.id} className="border-b border-slate-200" data-testid={`task-${task.id}`}>
                      <td className="p-2">
                        <span className="font-medium">{task.rateeName}</span>
                        <span className="block text-slate-600">{task.rateePosition}</span>
                      </td>
                      {/* Said from the rater's side: staff rating their Kepala Bidang read "atasan Anda". */}
                      <td className="p-2" data-testid="task-relation">
                        {t(`feedback.tasks.youRate.${task.group}`)}
                      </td>
                      <td className="p-2">{task.roundName}</td>
                      <td className={`p-2 ${due && left <= 3 ? 'font-semibold text-red-800' : ''}`}>
                        {f.date(task.deadline, 'medium')}
                        {due && (
                          <span className="block">
                            {left < 0
                              ? t('feedback.tasks.overdue')
                              : t('feedback.tasks.daysLeft', { count: left })}
                          </span>
                        )}
                      </td>
                      <td className="p-2">
                        {t(`feedback.status.${task.status}`)}
                        {task.status === 'draft' && (
                          <span className="block text-slate-600">
                            {t('feedback.tasks.answered', { count: task.answered, total: 7 })}
                          </span>
                        )}
                      </td>
                      <td className="p-2">
                        <Link href={`/feedback/requests/${task.id}`} className="text-emerald-800 underline">
                          {due ? t('feedback.tasks.fill') : t('feedback.tasks.view')}
                          <span className="sr-only"> — {task.rateeName}</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="mine-h" className="space-y-3">
        <h2 id="mine-h" className="text-xl font-semibold">
          {t('feedback.mine.title')}
        </h2>
        {mine.length === 0 ? (
          <p className="text-slate-600">{t('feedback.mine.empty')}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-6">
            {mine.map((r) => (
              <li key={r.id}>
                <Link
                  href={`/feedback/results/${r.id}/${viewer.employeeId}`}
                  className="text-emerald-800 underline"
                >
                  {r.name}
                </Link>{' '}
                <span className="text-slate-600">({periodLabel(t, r.period)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {team.length > 0 && (
        <section aria-labelledby="team-h" className="space-y-4">
          <h2 id="team-h" className="text-xl font-semibold">
            {t('feedback.team.title')}
          </h2>
          {team.map((round) => (
            <div key={round.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <h3 className="font-semibold">
                {round.name} — {t(`feedback.roundStatus.${round.status}`)}
              </h3>
              <p className="text-sm text-slate-600">
                {periodLabel(t, round.period)} · {t('feedback.tasks.deadline')}: {f.date(round.deadline)}
              </p>
              <ul className="mt-2 divide-y divide-slate-200">
                {round.members.map((m) => (
                  <li key={m.employeeId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                    <span>
                      {m.name}
                      {m.declinedOpen > 0 && (
                        <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-900">
                          {t('feedback.team.declined', { count: m.declinedOpen })}
                        </span>
                      )}
                    </span>
                    {round.status === 'closed' ? (
                      <Link
                        href={`/feedback/results/${round.id}/${m.employeeId}`}
                        className="text-emerald-800 underline"
                      >
                        {t('feedback.team.results')}
                        <span className="sr-only"> — {m.name}</span>
                      </Link>
                    ) : (
                      <Link
                        href={`/feedback/rounds/${round.id}/raters/${m.employeeId}`}
                        className="text-emerald-800 underline"
                      >
                        {t('feedback.team.raters', { count: m.raters })}
                        <span className="sr-only"> — {m.name}</span>
                      </Link>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
