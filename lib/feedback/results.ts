import 'server-only';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import type { FeedbackResults } from './types';

// replaced by the issue 5 implementation on merge
/**
 * The closed 360° round's results for `employeeId` in `year`, as the viewer may see them (the ratee, their
 * pejabat penilai or atasan); null when there is no closed round or the viewer may not see it.
 */
export async function feedbackForAppraisal(
  _db: Database,
  _viewer: Viewer,
  _employeeId: number,
  _year: number,
): Promise<FeedbackResults | null> {
  return null;
}
