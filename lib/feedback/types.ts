import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import type { Distribution, FeedbackAnswer, FeedbackGroup, ValueSummary } from '@/lib/domain/feedback';

export type { Distribution, FeedbackAnswer, FeedbackGroup };

export type RoundStatus = 'draft' | 'open' | 'closed';
export type RequestStatus = 'pending' | 'draft' | 'submitted' | 'declined';
export type PeriodRef = { year: number; kind: string; seq: number };

/**
 * Results for one ratee and one closed round, as the ratee and the pejabat penilai may see them.
 * Peer and subordinate groups are aggregates only (null = withheld: fewer responses than the minimum);
 * nothing here identifies a peer or subordinate rater.
 */
export type ValueResult = ValueSummary;

export type FeedbackResults = {
  roundId: number;
  roundName: string;
  period: { year: number; kind: string; seq: number };
  closedOn: string;
  /** Responses a peer or subordinate group needs before it is shown. */
  minimum: number;
  responses: Record<FeedbackGroup, number>;
  /** Requests per group that were not declined (0 subordinates = the group does not apply). */
  invited: Record<FeedbackGroup, number>;
  peersShown: boolean;
  subordinatesShown: boolean;
  values: ValueResult[];
  /** Free texts, unattributed and in a shuffled order. */
  strengths: string[];
  improvements: string[];
  supervisorComment: { name: string; strengths: string | null; improvements: string | null } | null;
  topStrengths: BerakhlakValue[];
  developmentAreas: BerakhlakValue[];
};
