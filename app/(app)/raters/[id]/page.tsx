import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnalysedAt } from '@/components/raters/analysed-at';
import { SignalList } from '@/components/raters/signal-list';
import { TableScroll } from '@/components/ui/table-scroll';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { parseId } from '@/lib/ids';
import { analysisStatus } from '@/lib/raters/analysis';
import { raterDetail, resolveSpan, visibleRaterRow } from '@/lib/raters/queries';
import { Method } from '../method';
import { parseSpanParam, spanValue } from '../span';
import { SpanPicker } from '../span-picker';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('raters'))('title') };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const RATING = { '-1': 'di_bawah', '0': 'sesuai', '1': 'di_atas' } as const;

/** One rater's signals and team: for the rater, their pejabat penilai and leadership in scope; else 404. */
export default async function RaterPage({ params, searchParams }: Props) {
  const viewer = await requireViewer();
  const id = parseId((await params).id) ?? notFound();
  const on = today();
  const db = getDb();
  const spanParams = parseSpanParam((await searchParams).span);
  const chosen = spanParams && (await resolveSpan(db, viewer.agencyId, spanParams, on));
  // Whether the viewer may see this rater at all first: a 404 asks the jobs for nothing.
  if (!chosen || !(await visibleRaterRow(db, viewer, id, on))) notFound();
  const status = await analysisStatus(db, viewer.agencyId, chosen.span, { waitMs: 3000 });
  const d = await raterDetail(db, viewer, id, chosen.span, on);
  if (!d) notFound();
  const t = await getTranslations();
  const span = spanValue(chosen);
  const periodName = (periodId: number) => {
    const p = chosen.periods.find((x) => x.id === periodId);
    return p ? periodLabel(t, p) : '';
  };
  const level = (n: number) => t(`ratings.${RATING[String(n) as keyof typeof RATING]}`);
  return (
    <div className="max-w-5xl space-y-4">
      <p className="text-sm">
        <Link className="text-emerald-800 underline" href={`/raters?span=${span}`}>
          ← {t('raters.back')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold">{d.rater.name}</h1>
        <p className="text-slate-700">
          {d.rater.position} · {d.rater.unit}
        </p>
        <p className="text-sm text-slate-700">
          {t('raters.team', { n: d.rater.team, ratings: d.rater.ratings, decisions: d.rater.decisions })}
        </p>
      </header>
      <SpanPicker action={`/raters/${id}`} value={span} periods={chosen.periods} />
      <AnalysedAt status={status} href={`/raters/${id}?span=${span}`} />
      <section className="space-y-2" aria-labelledby="signals-h">
        <h2 id="signals-h" className="text-xl font-semibold">
          {t('raters.signals')}
        </h2>
        <SignalList signals={d.rater.signals} all />
      </section>
      <section className="space-y-2" aria-labelledby="team-h">
        <h2 id="team-h" className="text-xl font-semibold">
          {t('raters.teamTitle')}
        </h2>
        <TableScroll label={t('raters.teamTitle')}>
          <table className="w-full border-collapse bg-white text-sm" data-testid="rater-team">
            <thead>
              <tr className="border-b border-slate-400 text-left">
                <th scope="col" className="p-2">
                  {t('raters.col.name')}
                </th>
                <th scope="col" className="p-2">
                  {t('raters.col.ratings')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('raters.col.decided')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('raters.col.returned')}
                </th>
                <th scope="col" className="p-2 text-right">
                  {t('raters.col.opened')}
                </th>
              </tr>
            </thead>
            <tbody>
              {d.team.map((m) => (
                <tr key={m.id} className="border-b border-slate-200 align-top">
                  <th scope="row" className="p-2 text-left font-normal">
                    {m.name}
                  </th>
                  <td className="p-2">
                    <ul>
                      {m.ratings.map((r) => (
                        <li key={r.periodId}>
                          {periodName(r.periodId)}:{' '}
                          {t('raters.rated', {
                            rating: level(r.rating),
                            suggested: r.anchor === null ? t('raters.noSuggestion') : level(r.anchor),
                          })}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td className="p-2 text-right">{m.decisions}</td>
                  <td className="p-2 text-right">{m.returned}</td>
                  <td className="p-2 text-right">
                    {t('raters.ofTotal', { n: m.opened, total: m.withEvidence })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <Method />
    </div>
  );
}
