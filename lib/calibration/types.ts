import type { PeriodRef } from '@/lib/calendar/types';
import type { AppraisalStatus, OrgPredikat, Predikat } from '@/lib/domain/appraisal';
import type { DistributionWarning } from '@/lib/domain/distribution';
import type { Rating } from '@/lib/domain/ratings';
import type { RaterSignal } from './signals';

export type CalibrationSummary = {
  id: number;
  unitName: string;
  period: PeriodRef;
  status: 'open' | 'closed';
  openedBy: string;
  adjustments: number;
};

export type CalibrationRow = {
  appraisalId: number;
  version: number;
  name: string;
  position: string;
  raterId: number;
  rater: string;
  status: AppraisalStatus;
  /** The evidence anchor's lowest achievement % of the Utama indicators, as last saved; null when unknown. */
  evidencePct: number | null;
  suggested: Rating | null;
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  adjusted: boolean;
  /** Calibration may change it: a rated draft of someone other than the viewer. */
  adjustable: boolean;
  /** Filled by the rater analytics (see ./signals.ts); empty until then. */
  signals: RaterSignal[];
};

export type CalibrationStep = {
  unitName: string;
  by: string;
  on: string;
  from: { hasil: Rating; perilaku: Rating; predikat: Predikat };
  to: { hasil: Rating; perilaku: Rating; predikat: Predikat };
  justification: string;
};

export type CalibrationView = {
  id: number;
  version: number;
  unitName: string;
  period: PeriodRef;
  status: 'open' | 'closed';
  openedBy: string;
  closedBy: string | null;
  rows: CalibrationRow[];
  /** The organisational predikat the pattern comes from: the unit's, else its nearest ancestor's. */
  org: { predikat: OrgPredikat; unitName: string } | null;
  counts: Record<Predikat, number>;
  warnings: DistributionWarning[];
  log: (CalibrationStep & { employee: string })[];
  canAct: boolean;
  /** When the rater analysis beside the rows was computed; null while it is being computed. */
  signalsAt: Date | null;
};
