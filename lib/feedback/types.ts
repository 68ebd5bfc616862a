import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import type { Rating } from '@/lib/domain/ratings';

/** Who a feedback request asks, relative to the ratee. */
export type FeedbackGroup = 'self' | 'supervisor' | 'peer' | 'subordinate';

/** One answer on one BerAKHLAK value. */
export type FeedbackAnswer = Rating | 'cannot_judge';

/** How many responses in a group gave each answer. */
export type Distribution = Record<FeedbackAnswer, number>;

/**
 * Results for one ratee and one closed round, as the ratee and the pejabat penilai may see them.
 * Peer and subordinate groups are aggregates only (null = withheld: fewer responses than the minimum);
 * nothing here identifies a peer or subordinate rater.
 */
export type ValueResult = {
  value: BerakhlakValue;
  self: FeedbackAnswer | null;
  supervisor: FeedbackAnswer | null;
  peers: Distribution | null;
  subordinates: Distribution | null;
  /** Mean level (1–3) of every rating other than self that may be shown; null when none. */
  othersMean: number | null;
  /** othersMean minus the self level; positive = others see more than the ratee does. */
  gap: number | null;
};

export type FeedbackResults = {
  roundId: number;
  roundName: string;
  periodLabel: string;
  closedOn: string;
  responses: Record<FeedbackGroup, number>;
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
