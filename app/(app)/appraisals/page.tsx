import type { Metadata } from 'next';
import Link from 'next/link';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ActionButton } from '@/components/ui/action-button';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { startAppraisalAction } from '@/lib/appraisal/actions';
import { listOwnRequests, listRequestsToDecide, listRoutedToViewer } from '@/lib/appraisal/conflict/queries';
import type { AppraisalListRow } from '@/lib/appraisal/queries';
import { listObjectionsToDecide, listOwnAppraisals, listTeamAppraisals } from '@/lib/appraisal/queries';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import { hasRole, requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { currentPeriod, listPeriods } from '@/lib/calendar/periods';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { RequestsToDecide, RoutedToYou } from './conflict-sections';

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('appraisal'))('title') };
}

const cell = 'border-b border-slate-200 py-2 pr-3 align-top';
const NOTICES = ['declared', 'requested', 'accepted', 'refused'] as const;

export default async function AppraisalsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const db = getDb();
  const on = today();
  const [t, query, periods, own, toDecide, requestsToDecide, ownRequests, rater] = await Promise.all([
    getTranslations(),
    searchParams,
    listPeriods(db, viewer.agencyId),
    listOwnAppraisals(db, viewer),
    listObjectionsToDecide(db, viewer, on),
    listRequestsToDecide(db, viewer, on),
    listOwnRequests(db, viewer),
    pejabatPenilaiOf(db, viewer.employeeId, on),
  ]);
  const chosen =
    periods.find((p) => String(p.id) === query.period) ?? currentPeriod(periods, on) ?? periods[0];
  const [team, routed] = chosen
    ? await Promise.all([
        viewer.isSupervisor ? listTeamAppraisals(db, viewer, chosen, on) : [],
        listRoutedToViewer(db, viewer, chosen.id, on),
      ])
    : [[], []];
  const notice = NOTICES.find((n) => query[n]);
  const labels = new Map(periods.map((p) => [p.id, periodLabel(t, p)] as const));
  const status = (s: string) => t(`appraisal.status.${s}` as 'appraisal.status.draft');
  const predikat = (p: string | null) => (p ? t(`predikat.${p}` as 'predikat.baik') : '—');
  const list = (rows: AppraisalListRow[], testId: string, withName: boolean) => (
    <TableScroll label={t('appraisal.title')}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead>
          <tr className="border-b border-slate-300">
            {withName && <th scope="col">{t('appraisal.employee')}</th>}
            <th scope="col">{t('appraisal.period')}</th>
            <th scope="col">{t('appraisal.statusLabel')}</th>
            <th scope="col">{t('appraisal.predikat')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {withName && <td className={cell}>{r.name}</td>}
              <td className={cell}>
                <Link className="text-emerald-800 underline" href={`/appraisals/${r.id}`}>
                  {labels.get(r.period.id)}
                </Link>
              </td>
              <td className={cell}>{status(r.status)}</td>
              <td className={cell}>{predikat(r.predikat)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
  return (
    <ClientMessages namespaces={['conflict']}>
      <div className="space-y-8">
        <h1 className="text-2xl font-bold">{t('appraisal.title')}</h1>
        {notice && (
          <p role="status" className="rounded border-l-4 border-emerald-700 bg-emerald-50 p-3">
            {t(`conflict.notice.${notice}`)}
          </p>
        )}
        {hasRole(viewer, 'admin') && (
          <p>
            <Link className="text-emerald-800 underline" href="/appraisals/conflicts">
              {t('conflict.listLink')}
            </Link>
          </p>
        )}
        <RequestsToDecide rows={requestsToDecide} />
        {chosen && <RoutedToYou rows={routed} period={chosen} />}
        {toDecide.length > 0 && (
          <section aria-labelledby="to-decide" className="space-y-2">
            <h2 id="to-decide" className="text-lg font-semibold">
              {t('appraisal.toDecide')}
            </h2>
            {list(toDecide, 'objections-to-decide', true)}
          </section>
        )}
        {viewer.isSupervisor && chosen && (
          <section aria-labelledby="team-appraisals" className="space-y-3">
            <h2 id="team-appraisals" className="text-lg font-semibold">
              {t('appraisal.teamTitle')}
            </h2>
            <form method="get" className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="period" className="block text-sm font-medium">
                  {t('appraisal.period')}
                </label>
                <select
                  id="period"
                  name="period"
                  defaultValue={String(chosen.id)}
                  className="rounded border border-slate-400 px-2 py-1"
                >
                  {periods.map((p) => (
                    <option key={p.id} value={p.id}>
                      {labels.get(p.id)}
                      {p.open ? '' : ` (${t('appraisal.closed')})`}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="rounded border border-slate-500 bg-white px-3 py-1">
                {t('appraisal.show')}
              </button>
            </form>
            <TableScroll label={t('appraisal.teamTitle')}>
              <table className="w-full text-left text-sm" data-testid="team-appraisals">
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col">{t('appraisal.employee')}</th>
                    <th scope="col">{t('appraisal.statusLabel')}</th>
                    <th scope="col">{t('appraisal.predikat')}</th>
                    <th scope="col">
                      <span className="sr-only">{t('appraisal.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {team.map((m) => (
                    <tr key={m.employeeId}>
                      <td className={cell}>
                        {m.name}
                        <span className="block text-slate-600">
                          {m.position}
                          {m.relation !== 'definitive' && ` · ${t(`supervisionKind.${m.relation}`)}`}
                        </span>
                      </td>
                      <td className={cell}>
                        {m.routed
                          ? m.routed.rater
                            ? t('conflict.routedTo', { name: m.routed.rater })
                            : t('conflict.routedNobody')
                          : m.appraisal
                            ? status(m.appraisal.status)
                            : m.skpApproved
                              ? t('appraisal.notStarted')
                              : t('appraisal.noSkp')}
                      </td>
                      <td className={cell}>{predikat(m.appraisal?.predikat ?? null)}</td>
                      <td className={`${cell} space-y-1`}>
                        {!m.routed && chosen.open && (!m.appraisal || m.appraisal.status === 'draft') && (
                          <Link
                            className="block text-slate-700 underline"
                            href={`/appraisals/conflict?employee=${m.employeeId}&period=${chosen.id}`}
                          >
                            {t('conflict.declare')}
                            <span className="sr-only"> {m.name}</span>
                          </Link>
                        )}
                        {m.routed ? null : m.appraisal ? (
                          <Link className="text-emerald-800 underline" href={`/appraisals/${m.appraisal.id}`}>
                            {t(m.appraisal.status === 'draft' ? 'appraisal.continue' : 'appraisal.open')}
                            <span className="sr-only"> {m.name}</span>
                          </Link>
                        ) : (
                          m.skpApproved &&
                          chosen.open && (
                            <ActionButton
                              action={startAppraisalAction}
                              fields={{ employeeId: m.employeeId, periodId: chosen.id }}
                              label={t('appraisal.start', { name: m.name })}
                              pendingLabel={t('appraisal.saving')}
                            />
                          )
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        )}
        <section aria-labelledby="own-appraisals" className="space-y-2">
          <h2 id="own-appraisals" className="text-lg font-semibold">
            {t('appraisal.ownTitle')}
          </h2>
          {own.length === 0 ? <p>{t('appraisal.noneYet')}</p> : list(own, 'own-appraisals', false)}
        </section>
        {rater !== null && (
          <p>
            <Link className="text-emerald-800 underline" href="/appraisals/other-rater">
              {t('conflict.requestTitle')}
            </Link>
            {ownRequests.length > 0 && ` · ${t('conflict.ownRequests')}: ${ownRequests.length}`}
          </p>
        )}
      </div>
    </ClientMessages>
  );
}
