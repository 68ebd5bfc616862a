import type { PeriodRef } from '@/lib/calendar/types';
import type { CalibrationStep } from '@/lib/calibration/types';
import type { CoachingEvidence } from '@/lib/coaching/types';
import type { AppraisalStatus, OrgPredikat, Predikat, Suggestion } from '@/lib/domain/appraisal';
import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import type { Rating } from '@/lib/domain/ratings';
import type { Aspek, Measure } from '@/lib/domain/skp';
import type { FeedbackResults } from '@/lib/feedback/types';
import type { SkpPerson } from '@/lib/skp/types';
import type { ReassignmentView } from './conflict/types';

export type AppraisalItem = {
  indicatorId: number;
  aspek: Aspek;
  measure: Measure;
  text: string;
  /** Yearly target from the SKP ("12"), its unit, and the share of it due in the period. */
  target: string;
  targetUnit: string;
  periodTarget: number;
  /** Validated realisation in the period by the indicator's measure; null = nothing validated (missing). */
  computed: number | null;
  override: number | null;
  overrideReason: string | null;
  feedback: string | null;
  /** Effective realisation against the period target; null where it is not measured. */
  achievementPct: number | null;
};

export type AppraisalRhk = { id: number; kind: 'utama' | 'tambahan'; text: string; items: AppraisalItem[] };

/** Why the suggestion is what it is: the rule, or the organisation's result for a unit head. */
export type SuggestionBasis = (Suggestion & { thresholds: { sesuaiPct: number; diAtasPct: number } }) | null;

export type ObjectionView = {
  reasons: string;
  filedOn: string;
  files: { id: string; name: string }[];
  original: { hasil: Rating; perilaku: Rating; predikat: Predikat };
  decision: 'uphold' | 'change' | null;
  decidedBy: string | null;
  decidedOn: string | null;
  decisionReasons: string | null;
};

export type AppraisalRole = 'evaluator' | 'employee' | 'atasan';

export type AppraisalDocument = {
  id: number;
  version: number;
  status: AppraisalStatus;
  role: AppraisalRole;
  agencyName: string;
  period: PeriodRef;
  skpId: number;
  employee: SkpPerson;
  evaluator: SkpPerson;
  atasan: SkpPerson | null;
  rhks: AppraisalRhk[];
  behaviours: { value: BerakhlakValue; feedback: string }[];
  ratingHasil: Rating | null;
  ratingPerilaku: Rating | null;
  predikat: Predikat | null;
  suggestion: SuggestionBasis;
  /** Set for a unit head whose unit has a Predikat Kinerja Organisasi for the period. */
  orgResult: OrgPredikat | null;
  justification: string | null;
  deliveredOn: string | null;
  acceptedOn: string | null;
  finalisedOn: string | null;
  objectionDeadline: string | null;
  objection: ObjectionView | null;
  /** A conflict of interest that routed this appraisal to another rater. */
  reassignment: ReassignmentView | null;
  /** Changes made in a calibration of the unit, oldest first. */
  calibration: CalibrationStep[];
  feedback: FeedbackResults | null;
  /** The pejabat penilai's notes and dialog kinerja in the period (continuous feedback), as evidence. */
  coaching: CoachingEvidence;
};

export type AppraisalPermissions = {
  canEdit: boolean;
  canAccept: boolean;
  canObject: boolean;
  canDecide: boolean;
};
