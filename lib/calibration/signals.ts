import 'server-only';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import { analysisStatus } from '@/lib/raters/analysis';
import { raterSignals, resolveSpan, type SignalView } from '@/lib/raters/queries';

/** One rater signal as the calibration list shows it: the rater analytics' signal with its subject's name. */
export type RaterSignal = SignalView;

/**
 * The flagged rater signals beside each proposed predikat, over the calibration period's year (a pattern
 * shows across a year's ratings, not in the drafts being calibrated). Only raters the viewer may see in
 * rater insights get any (lib/raters/queries.ts decides). Flags never change a rating by themselves:
 * calibration only shows them.
 */
export async function calibrationRaterSignals(
  db: Database,
  viewer: Viewer,
  raterIds: readonly number[],
  year: number,
  on: string,
): Promise<{ byRater: Map<number, RaterSignal[]>; analysedAt: Date | null }> {
  const out = new Map<number, RaterSignal[]>();
  const choice = raterIds.length > 0 && (await resolveSpan(db, viewer.agencyId, { year: String(year) }, on));
  if (!choice) return { byRater: out, analysedAt: null };
  // Asks for the year's analysis when there is none yet; calibration does not wait for it.
  const analysedAt = (await analysisStatus(db, viewer.agencyId, choice.span))?.computedAt ?? null;
  const found = await raterSignals(db, viewer, raterIds, choice.span, on);
  const subjectIds = [
    ...new Set(found.flatMap((r) => r.signals.flatMap((s) => (s.employeeId ? [s.employeeId] : [])))),
  ];
  const names =
    subjectIds.length === 0
      ? new Map<number, string>()
      : new Map(
          (
            await db.selectFrom('employees').select(['id', 'name']).where('id', 'in', subjectIds).execute()
          ).map((e) => [e.id, e.name]),
        );
  for (const r of found) {
    const flagged = r.signals.filter((s) => s.flagged);
    if (flagged.length > 0)
      out.set(
        r.raterId,
        flagged.map((s) => ({ ...s, subjectName: s.employeeId ? (names.get(s.employeeId) ?? null) : null })),
      );
  }
  return { byRater: out, analysedAt };
}
