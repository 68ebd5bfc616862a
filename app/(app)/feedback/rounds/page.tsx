import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ClientMessages } from '@/components/i18n/client-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { listRounds, roundFormOptions } from '@/lib/feedback/rounds/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { CreateRoundForm } from './create-round-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feedback'))('rounds.title') };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export default async function FeedbackRoundsPage() {
  const viewer = await requireViewer();
  if (!canSeeAgencyOverview(viewer)) notFound();
  const db = getDb();
  const [t, rounds, options] = await Promise.all([
    getTranslations(),
    listRounds(db, viewer),
    roundFormOptions(db, viewer),
  ]);
  const f = await getFormats();
  const on = today();
  const current =
    options?.periods.find((p) => p.period.kind === 'quarterly' && p.endsOn >= on) ?? options?.periods[0];
  return (
    <ClientMessages namespaces={['feedback']}>
      <div className="space-y-8">
        <p>
          <Link href="/feedback" className="text-emerald-800 underline">
            ← {t('feedback.title')}
          </Link>
        </p>
        <h1 className="text-2xl font-bold">{t('feedback.rounds.title')}</h1>
        <section aria-labelledby="list-h" className="space-y-2">
          <h2 id="list-h" className="text-xl font-semibold">
            {t('feedback.rounds.list')}
          </h2>
          {rounds.length === 0 ? (
            <p className="text-slate-600">{t('feedback.rounds.empty')}</p>
          ) : (
            <TableScroll label={t('feedback.rounds.list')}>
              <table className="w-full border-collapse bg-white text-sm">
                <thead>
                  <tr className="border-b border-slate-300 text-left">
                    <th className="p-2">{t('feedback.rounds.name')}</th>
                    <th className="p-2">{t('feedback.rounds.period')}</th>
                    <th className="p-2">{t('feedback.rounds.scope')}</th>
                    <th className="p-2">{t('feedback.rounds.deadline')}</th>
                    <th className="p-2">{t('feedback.rounds.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rounds.map((r) => (
                    <tr key={r.id} className="border-b border-slate-200">
                      <td className="p-2">
                        <Link href={`/feedback/rounds/${r.id}`} className="text-emerald-800 underline">
                          {r.name}
                        </Link>
                      </td>
                      <td className="p-2">{periodLabel(t, r.period)}</td>
                      <td className="p-2">
                        {r.units.length === 0 ? t('feedback.rounds.wholeAgency') : r.units.join(', ')}
                      </td>
                      <td className="p-2">{f.date(r.deadline, 'medium')}</td>
                      <td className="p-2">{t(`feedback.roundStatus.${r.status}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        {options && current && (
          <section aria-labelledby="new-h" className="max-w-3xl space-y-2">
            <h2 id="new-h" className="text-xl font-semibold">
              {t('feedback.rounds.new')}
            </h2>
            <p className="text-sm text-slate-700">{t('feedback.rounds.newHelp')}</p>
            <CreateRoundForm
              periods={options.periods.map((p) => ({ id: p.id, label: periodLabel(t, p.period) }))}
              units={options.units.map((u) => ({
                id: u.id,
                label: `${'— '.repeat(Math.max(0, u.depth))}${u.name}`,
              }))}
              defaults={{
                name: t('feedback.rounds.defaultName', { period: periodLabel(t, current.period) }),
                periodId: String(current.id),
                deadline: addDays(on, 14),
              }}
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
