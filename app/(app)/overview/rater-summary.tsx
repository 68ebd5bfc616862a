import Link from 'next/link';
import { getDb } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import { periodLabel } from '@/lib/calendar/labels';
import { getTranslations } from '@/lib/i18n/server';
import { raterSummary, resolveSpan } from '@/lib/raters/queries';

/**
 * The figures of the overview's rater summary (the default span), read while the page reads its own:
 * null until the span's analysis has been computed. On the primary, since a first view asks the jobs for
 * the analysis.
 */
export async function loadRaterSummary(viewer: Viewer, on: string) {
  const db = getDb();
  const chosen = await resolveSpan(db, viewer.agencyId, {}, on);
  const summary = chosen && (await raterSummary(db, viewer, chosen.span, on));
  return chosen && summary && summary.raters > 0 ? { chosen, summary } : null;
}

/** The overview's short summary of rater insights, linking to the page. */
export async function RaterSummary({
  data,
}: {
  data: NonNullable<Awaited<ReturnType<typeof loadRaterSummary>>>;
}) {
  const { chosen, summary } = data;
  const t = await getTranslations();
  const span = chosen.period ? periodLabel(t, chosen.period) : t('raters.year', { year: chosen.year });
  return (
    <section className="space-y-1 rounded-lg border border-slate-300 bg-white p-4" aria-labelledby="raters-h">
      <h2 id="raters-h" className="text-xl font-semibold">
        {t('raters.overview.title')}
      </h2>
      <p data-testid="overview-raters">
        {t('raters.overview.text', { flagged: summary.flagged, raters: summary.raters, span })}
      </p>
      <ul className="flex flex-wrap gap-x-4 text-sm text-slate-700">
        {Object.entries(summary.byKind).map(([kind, n]) => (
          <li key={kind}>
            {t(`raters.kind.${kind}`)}: {n}
          </li>
        ))}
      </ul>
      <p>
        <Link className="text-emerald-800 underline" href="/raters">
          {t('raters.overview.link')}
        </Link>
      </p>
    </section>
  );
}
