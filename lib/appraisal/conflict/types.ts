export const CONFLICT_REASONS = ['family', 'personal', 'business', 'other'] as const;
export type ConflictReason = (typeof CONFLICT_REASONS)[number];

/** How an appraisal came to another rater, for "why this predikat" and the lists. */
export type ReassignmentView = {
  id: number;
  kind: 'declaration' | 'request';
  /** Declarations only; the reason text is shown to BKPSDM and the atasan, not in "why". */
  reasonKind: ConflictReason | null;
  status: 'pending' | 'active' | 'refused';
  employeeName: string;
  originalRater: string;
  /** Null while BKPSDM has yet to designate one. */
  rater: string | null;
  requestedOn: string;
  decidedOn: string | null;
  decisionNote: string | null;
  designated: boolean;
};

/** A row of BKPSDM's list of declarations and requests. */
export type DeclarationRow = ReassignmentView & {
  reason: string | null;
  period: { id: number; year: number; kind: string; seq: number; open: boolean };
};
