import type { Predikat, PromotionResult } from '@/lib/domain/appraisal';
import type { BerakhlakValue } from '@/lib/domain/berakhlak';

export type PredikatYear = {
  year: number;
  predikat: Predikat;
  source: 'appraisal' | 'import';
  appraisalId: number | null;
};

export type PlanItem = {
  id: number;
  year: number;
  value: BerakhlakValue | null;
  text: string;
  targetDate: string;
  status: 'planned' | 'in_progress' | 'done';
  version: number;
};

export type Career = {
  history: PredikatYear[];
  promotion: PromotionResult;
  plan: PlanItem[];
  /** Values to work on, from the 360° results and the latest appraisal's behaviour feedback. */
  proposals: { value: BerakhlakValue; note: string | null }[];
  year: number;
};
