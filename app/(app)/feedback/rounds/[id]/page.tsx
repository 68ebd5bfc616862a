import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/ui/action-button';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { roundStepAction } from '@/lib/feedback/actions';
import { getRound, rateeInRound, roundProgress } from '@/lib/feedback/rounds/queries';
import { getTranslations } from '@/lib/i18n/server';
import { getFormats } from '@/lib/i18n/server-format';
import { parseId } from '@/lib/ids';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('feedback'))('rounds.progress') };
}

export default async function FeedbackRoundPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ nip?: string }>;
}) {
  const viewer = await requireViewer();
  const id = parseId((await params).id) ?? notFound();
  const { nip } = await searchParams;
  const db = getDb();
  const [round, progress, t] = await Promise.all([
    getRound(db, viewer, id),
    roundProgress(db, viewer, id),
    getTranslations(),
  ]);
  const f = await getFormats();
  if (!round || !progress) notFound();
  const admin = canManageOrganisation(viewer);
  const found = admin && nip && /^\d{18}$/.test(nip) ? await rateeInRound(db, viewer, round.id, nip) : null;
  const total = progress.reduce(
    (s, u) => ({
      ratees: s.ratees + u.ratees,
      invited: s.invited + u.invited,
      submitted: s.submitted + u.submitted,
      declined: s.declined + u.declined,
    }),
    { ratees: 0, invited: 0, submitted: 0, declined: 0 },
  );
  const pct = (n: number, of: number) => (of === 0 ? '—' : `${Math.round((n / of) * 100)} %`);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/feedback/rounds" className="text-emerald-800 underline">
          ← {t('feedback.rounds.title')}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{round.name}</h1>
        <p className="text-slate-700">
          {periodLabel(t, round.period)} · {t('feedback.rounds.deadline')}: {f.date(round.deadline)} ·{' '}
          <span data-testid="round-status">{t(`feedback.roundStatus.${round.status}`)}</span>
        </p>
        <p className="text-sm text-slate-600">
          {round.units.length === 0 ? t('feedback.rounds.wholeAgency') : round.units.join(', ')}
        </p>
      </div>
      {admin && round.status !== 'closed' && (
        <div className="flex flex-wrap gap-6">
          {round.status === 'draft' ? (
            <ActionButton
              action={roundStepAction}
              fields={{ roundId: round.id, version: round.version, step: 'open' }}
              label={t('feedback.rounds.open')}
              pendingLabel={t('feedback.form.sending')}
            />
          ) : (
            <>
              <ActionButton
                action={roundStepAction}
                fields={{ roundId: round.id, version: round.version, step: 'remind' }}
                label={t('feedback.rounds.remind')}
                pendingLabel={t('feedback.form.sending')}
              />
              <ActionButton
                action={roundStepAction}
                fields={{ roundId: round.id, version: round.version, step: 'close' }}
                label={t('feedback.rounds.close')}
                pendingLabel={t('feedback.form.sending')}
              />
            </>
          )}
        </div>
      )}
      <section aria-labelledby="progress-h" className="space-y-2">
        <h2 id="progress-h" className="text-xl font-semibold">
          {t('feedback.rounds.progress')}
        </h2>
        <p className="text-sm text-slate-600">{t('feedback.rounds.progressNote')}</p>
        <TableScroll label={t('feedback.rounds.progress')}>
          <table className="w-full border-collapse bg-white text-sm" data-testid="progress">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th className="p-2">{t('feedback.rounds.unit')}</th>
                <th className="p-2 text-right">{t('feedback.rounds.ratees')}</th>
                <th className="p-2 text-right">{t('feedback.rounds.invited')}</th>
                <th className="p-2 text-right">{t('feedback.rounds.submitted')}</th>
                <th className="p-2 text-right">{t('feedback.rounds.declined')}</th>
                <th className="p-2 text-right">{t('feedback.rounds.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {progress.map((u) => (
                <tr key={u.unitId} className="border-b border-slate-200">
                  <td className="p-2">{u.unit}</td>
                  <td className="p-2 text-right">{u.ratees}</td>
                  <td className="p-2 text-right">{u.invited}</td>
                  <td className="p-2 text-right">{u.submitted}</td>
                  <td className="p-2 text-right">{u.declined}</td>
                  <td className="p-2 text-right">{pct(u.submitted, u.invited - u.declined)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <td className="p-2">{t('feedback.rounds.total')}</td>
                <td className="p-2 text-right">{total.ratees}</td>
                <td className="p-2 text-right">{total.invited}</td>
                <td className="p-2 text-right">{total.submitted}</td>
                <td className="p-2 text-right">{total.declined}</td>
                <td className="p-2 text-right">{pct(total.submitted, total.invited - total.declined)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </section>
      {admin && round.status !== 'closed' && (
        <section aria-labelledby="find-h" className="max-w-xl space-y-2">
          <h2 id="find-h" className="text-xl font-semibold">
            {t('feedback.rounds.findRatee')}
          </h2>
          <form method="get" className="flex items-end gap-2">
            <div className="flex-1">
              <label htmlFor="find-nip" className="block text-sm font-medium">
                {t('feedback.raters.nip')}
              </label>
              <input
                id="find-nip"
                name="nip"
                inputMode="numeric"
                maxLength={18}
                defaultValue={nip ?? ''}
                className="block w-full rounded border border-slate-400 px-3 py-2"
              />
            </div>
            <button type="submit" className="btn btn-secondary">
              {t('feedback.rounds.find')}
            </button>
          </form>
          {nip &&
            (found ? (
              <Link
                href={`/feedback/rounds/${round.id}/raters/${found.id}`}
                className="text-emerald-800 underline"
              >
                {t('feedback.rounds.adjustRaters', { name: found.name })}
              </Link>
            ) : (
              <p className="text-red-800">{t('feedback.rounds.notInRound')}</p>
            ))}
        </section>
      )}
    </div>
  );
}
