import type { Migration } from 'kysely';
import * as foundation from './2026-11-28-01-foundation';
import * as skp from './2026-11-28-02-skp';
import * as dailyReports from './2026-11-28-03-daily-reports';
import * as feedback from './2026-11-28-04-feedback';
import * as appraisal from './2026-11-28-05-appraisal';
import * as dashboards from './2026-11-28-06-dashboards';
import * as realisationRollup from './2026-11-28-07-realisation-rollup';
import * as oneActingLine from './2026-12-05-08-one-acting-line';
import * as measuredRealisation from './2026-12-05-09-measured-realisation';
import * as continuousFeedback from './2026-12-05-10-continuous-feedback';
import * as leastPrivilege from './2026-12-05-11-least-privilege';
import * as raterAnalytics from './2026-12-05-12-rater-analytics';
import * as conflictCalibration from './2026-12-05-13-conflict-calibration';
import * as coachingRealisationLink from './2026-12-05-14-coaching-realisation-link';
import * as qualitativeMeasure from './2026-12-05-15-qualitative-measure';
import * as delegation from './2026-12-05-20-delegation';
import * as passwordReset from './2026-12-05-30-password-reset';
import * as siasnImport from './2026-12-05-40-siasn-import';
import * as dashboardVersions from './2026-12-06-40-dashboard-versions';
import * as loginRateBuckets from './2026-12-06-50-login-rate-buckets';
import * as raterAnalyses from './2026-12-06-60-rater-analyses';
import * as lookupIndexes from './2026-12-06-70-lookup-indexes';
import * as pendingIds from './2026-12-06-71-pending-ids';
import * as realisationRebuild from './2026-12-06-72-realisation-rebuild';
import * as pendingVersions from './2026-12-06-73-pending-versions';

// Listed explicitly (not discovered from the folder) so bundlers and tsx see the same set, in order.
export const migrations: Record<string, Migration> = {
  '2026-11-28-01-foundation': foundation,
  '2026-11-28-02-skp': skp,
  '2026-11-28-03-daily-reports': dailyReports,
  '2026-11-28-04-feedback': feedback,
  '2026-11-28-05-appraisal': appraisal,
  '2026-11-28-06-dashboards': dashboards,
  '2026-11-28-07-realisation-rollup': realisationRollup,
  '2026-12-05-08-one-acting-line': oneActingLine,
  '2026-12-05-09-measured-realisation': measuredRealisation,
  '2026-12-05-10-continuous-feedback': continuousFeedback,
  '2026-12-05-11-least-privilege': leastPrivilege,
  '2026-12-05-12-rater-analytics': raterAnalytics,
  '2026-12-05-13-conflict-calibration': conflictCalibration,
  '2026-12-05-14-coaching-realisation-link': coachingRealisationLink,
  '2026-12-05-15-qualitative-measure': qualitativeMeasure,
  '2026-12-05-20-delegation': delegation,
  '2026-12-05-30-password-reset': passwordReset,
  '2026-12-05-40-siasn-import': siasnImport,
  '2026-12-06-40-dashboard-versions': dashboardVersions,
  '2026-12-06-50-login-rate-buckets': loginRateBuckets,
  '2026-12-06-60-rater-analyses': raterAnalyses,
  '2026-12-06-70-lookup-indexes': lookupIndexes,
  '2026-12-06-71-pending-ids': pendingIds,
  '2026-12-06-72-realisation-rebuild': realisationRebuild,
  '2026-12-06-73-pending-versions': pendingVersions,
};
