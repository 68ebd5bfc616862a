import type { PeriodRef } from '@/lib/calendar/types';
import type { Judgement } from '@/lib/domain/appraisal';
import type { Aspek, Measure } from '@/lib/domain/skp';

export type EntryStatus = 'pending' | 'validated' | 'returned';

/** One step in an entry's life, from the audit log: entered, changed, validated, returned. */
export type EntryEvent = { action: string; actor: string; at: string; comment: string | null };

export type RealisationEntryView = {
  id: number;
  periodId: number;
  /** Empty for a narrative not judged yet. */
  value: string;
  /** A narrative's judgement, once validated. */
  judgement: Judgement | null;
  evidenceLink: string | null;
  note: string | null;
  status: EntryStatus;
  reviewComment: string | null;
  version: number;
  files: { id: string; name: string }[];
  history: EntryEvent[];
};

export type PeriodSlot = {
  period: PeriodRef;
  entry: RealisationEntryView | null;
  /** The owner may enter or change it now (period started and open, entry absent, pending or returned). */
  canEnter: boolean;
  /** The viewer is the pejabat penilai (or the acting one) and the entry waits for a decision. */
  canReview: boolean;
};

export type IndicatorRealisation = {
  indicatorId: number;
  rhkText: string;
  utama: boolean;
  aspek: Aspek;
  measure: Measure;
  text: string;
  targetValue: string;
  targetUnit: string;
  /** Validated entries of the year combined (money added, percentages and times averaged); null = none. */
  realisation: number | null;
  achievementPct: number | null;
  slots: PeriodSlot[];
};

/** A pending entry in the supervisor's queue. */
export type QueuedEntry = {
  id: number;
  version: number;
  employeeId: number;
  employeeName: string;
  skpId: number;
  indicatorText: string;
  measure: Measure;
  targetValue: string;
  targetUnit: string;
  period: PeriodRef;
  value: string;
  evidenceLink: string | null;
  note: string | null;
  files: { id: string; name: string }[];
};
