import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import type { Approach, Aspek, Measure, SkpStatus } from '@/lib/domain/skp';

export type SkpPerson = {
  id: number;
  name: string;
  nip: string;
  employeeKind: 'PNS' | 'PPPK';
  pangkat: string | null;
  /** A PPPK's golongan, 1 to 17 (shown I–XVII); null for PNS. */
  pppkGolongan: number | null;
  position: string;
  positionKind: string;
  unit: string;
};

export type SkpIndicator = {
  id: number;
  aspek: Aspek;
  text: string;
  targetValue: string;
  targetUnit: string;
  /** How it is measured (absent in revisions archived before measures existed: the aspek's default). */
  measure?: Measure;
  /** Output of approved daily reports so far (live realisation); absent in archived revisions. */
  approved?: number;
  /**
   * Live realisation by the indicator's measure: approved output, or the validated periodic entries
   * combined (null: nothing validated yet).
   */
  realised?: number | null;
};

export type SkpRhk = {
  id: number;
  kind: 'utama' | 'tambahan';
  text: string;
  /** The supervisor's RHK this one supports (intervensi), for non-JPT employees. */
  parent: { id: number; text: string } | null;
  /** The unit goal (Perjanjian Kinerja) a JPT's RHK derives from. */
  unitGoal: { id: number; text: string } | null;
  indicators: SkpIndicator[];
};

/** Everything needed to show, print or render an SKP as a PDF. */
export type SkpDocument = {
  id: number;
  year: number;
  revision: number;
  status: SkpStatus;
  approach: Approach;
  approvedLate: boolean;
  submittedAt: string | null;
  decidedAt: string | null;
  returnComment: string | null;
  version: number;
  agencyName: string;
  employee: SkpPerson;
  /** The pejabat penilai; printed with NIP on the official form as a signatory. */
  pejabatPenilai: SkpPerson | null;
  rhks: SkpRhk[];
  expectations: { value: BerakhlakValue; text: string | null }[];
};

/** An approved revision as frozen in skp_revisions.content (ids as they were at approval). */
export type SkpSnapshot = {
  approach: Approach;
  rhks: (Omit<SkpRhk, 'parent' | 'unitGoal'> & {
    parentRhkId: number | null;
    parentText?: string | null;
    unitGoalId: number | null;
    unitGoalText?: string | null;
  })[];
  expectations: { value: string; text: string }[];
};
