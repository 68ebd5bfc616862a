import 'server-only';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';

/** One rater signal as the calibration list shows it: a short label and the reason a person can check. */
export type RaterSignal = { label: string; reason: string };

/**
 * MERGE SLOT — rater signals for the calibration list. The rater-analytics work provides
 * `raterSignals(...)` (with its own who-may-see rules and audit of views); wire it here, mapping each
 * rater's flagged signals to `RaterSignal`. Until then every rater has none, and the column says so.
 * Flags never change a rating by themselves: calibration only shows them beside the proposed predikat.
 */
export async function calibrationRaterSignals(
  _db: Database,
  _viewer: Viewer,
  _raterIds: readonly number[],
  _periodId: number,
): Promise<Map<number, RaterSignal[]>> {
  return new Map();
}
