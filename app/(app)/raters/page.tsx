import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnalysedAt } from '@/components/raters/analysed-at';
import { SignalList } from '@/components/raters/signal-list';
import { getDb } from '@/db';
import { requireViewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { today } from '@/lib/domain/dates';
import { getTranslations } from '@/lib/i18n/server';
import { analysisStatus } from '@/lib/raters/analysis';
import { mayOpenRaterInsights, type RaterRow, raterInsights, resolveSpan } from '@/lib/raters/queries';
import { Method } from './method';
import { parseSpanParam, spanValue } from './span';
import { SpanPicker } from './span-picker';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('raters'))('title') };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * Rater insights: the signals of the raters the viewer may see (their own; the raters under them; for
 * leadership, every rater in scope). Staff who rate nobody get a 404.
 */
export default async function RatersPage({ searchParams }: { searchParams: Search }) {
  const viewer = await requireViewer();
  const on = today();
  const db = getDb();
  const params = parseSpanParam((await searchParams).span);
  const chosen = params && (await resolveSpan(db, viewer.agencyId, params, on));
  if (!chosen || !mayOpenRaterInsights(viewer)) notFound();
  // A span nobody has asked for yet is computed in the background: wait a little for a small agency's.
  const status = await analysisStatus(db, viewer.agencyId, chosen.span, { waitMs: 3000 });
  const rows = await raterInsights(db, viewer, chosen.span, on);
  if (!rows) notFound();
  const t = await getTranslations();
  const span = spanValue(chosen);
  const flagged = rows.filter((r) => r.flagged);
  const calm = rows.filter((r) => !r.flagged);
  const spanName = chosen.period ? periodLabel(t, chosen.period) : t('raters.year', { year: chosen.year });
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">{t('raters.title')}</h1>
      <p className="text-slate-700">{t('raters.intro')}</p>
      <SpanPicker action="/raters" value={span} periods={chosen.periods} />
      <AnalysedAt status={status} href={`/raters?span=${span}`} />
      {status && (
        <p data-testid="raters-summary">
          {t('raters.summary', {
            flagged: rows.filter((r) => r.flagged).length,
            raters: rows.length,
            span: spanName,
          })}
        </p>
      )}
      {!status ? null : rows.length === 0 ? (
        <p>{t('raters.none')}</p>
      ) : (
        <>
          <ul className="space-y-3" data-testid="raters-list">
            {flagged.map((r) => (
              <li
                key={r.id}
                className="space-y-2 rounded-lg border border-slate-300 bg-slate-50 p-3"
                data-testid={`rater-${r.id}`}
                data-flagged="true"
              >
                <RaterHeading row={r} span={span} />
                <SignalList signals={r.signals} />
              </li>
            ))}
          </ul>
          {calm.length > 0 && (
            <details className="rounded border border-slate-300 bg-white p-3" open={flagged.length === 0}>
              <summary className="cursor-pointer font-semibold">
                {t('raters.unflagged', { n: calm.length })}
              </summary>
              <ul className="mt-2 divide-y divide-slate-200">
                {calm.map((r) => (
                  <li key={r.id} className="py-2" data-testid={`rater-${r.id}`} data-flagged="false">
                    <RaterHeading row={r} span={span} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <Method />
    </div>
  );
}

async function RaterHeading({ row, span }: { row: RaterRow; span: string }) {
  const t = await getTranslations('raters');
  return (
    <div>
      <h2 className="font-semibold">
        <Link className="text-emerald-800 underline" href={`/raters/${row.id}?span=${span}`}>
          {row.name}
        </Link>
      </h2>
      <p className="text-sm text-slate-700">
        {row.position} · {row.unit}
      </p>
      <p className="text-sm text-slate-700">
        {t('team', { n: row.team, ratings: row.ratings, decisions: row.decisions })}
      </p>
    </div>
  );
}
