import type { AppraisalListRow } from '@/lib/appraisal/queries';
import type { PeriodRef } from '@/lib/calendar/types';
import type { SkpStatus } from '@/lib/domain/skp';

/** What waits for the viewer today, by role: the home page's to-do list. */
export type TodayTasks = {
  on: string;
  report: {
    /** Not a weekend or an agency holiday. */
    workingDay: boolean;
    /** An approved SKP (or one under revision after an approval) to report against. */
    canReport: boolean;
    /** Reports dated today that were not rejected. */
    filedToday: number;
  };
  /** Feedback forms owed in open rounds. */
  feedbackDue: number;
  /** The viewer's own SKP of the year, when there is something to do about it. */
  skp: { year: number; yearOpen: boolean; own: { id: number; status: SkpStatus; revision: number } | null };
  /** Own appraisals delivered and not yet answered (accept, or object within the window). */
  toAcknowledge: AppraisalListRow[];
  /** Objections the viewer decides as atasan pejabat penilai. */
  objectionsToDecide: AppraisalListRow[];
  /** Only for people with current subordinates. */
  supervisor: {
    reportsToValidate: number;
    skpsToReview: number;
    /** Per period whose appraisals are due: subordinates with an approved SKP not yet appraised. */
    appraisalsDue: { period: PeriodRef; notStarted: number; drafts: number }[];
  } | null;
  /** Only for admins: feedback rounds prepared but not opened. */
  admin: { draftRounds: number } | null;
};
