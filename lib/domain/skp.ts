/** SKP lifecycle (PermenPANRB 6/2022): Draft → Diajukan → Disetujui | Dikembalikan (editable again). */
export const SKP_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const ASPEK = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type Aspek = (typeof ASPEK)[number];

/**
 * How an indicator's realisation is measured, chosen when the SKP is written: the sum of validated daily
 * report output, a value entered per period (a percentage or ratio), the time used (Waktu: months or days
 * used against the target; less is better), the amount spent (Biaya: against the budget; less is better) or
 * a narrative per period that the pejabat penilai judges (qualitative; the judgement gives the achievement).
 */
export const MEASURES = ['daily', 'periodic', 'duration', 'amount', 'qualitative'] as const;
export type Measure = (typeof MEASURES)[number];

/** The default per aspek when the author does not choose. */
export const DEFAULT_MEASURE: Record<Aspek, Measure> = {
  kuantitas: 'daily',
  kualitas: 'periodic',
  waktu: 'duration',
  biaya: 'amount',
};

/** Time used only measures Waktu, money only Biaya; daily output, a periodic value or a narrative fit any aspek. */
export function measureFits(aspek: Aspek, measure: Measure): boolean {
  if (measure === 'duration') return aspek === 'waktu';
  if (measure === 'amount') return aspek === 'biaya';
  return true;
}

export const isMeasure = (v: string | null | undefined): v is Measure =>
  !!v && (MEASURES as readonly string[]).includes(v);

export const APPROACHES = ['kuantitatif', 'kualitatif'] as const;
export type Approach = (typeof APPROACHES)[number];

export type SkpTransition = 'edit' | 'submit' | 'approve' | 'return' | 'revise' | 'discard';

const ALLOWED: Record<SkpTransition, readonly SkpStatus[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  // An approved SKP is changed through a new revision that goes through approval again.
  revise: ['approved'],
  // A revision not yet submitted (or returned) may be dropped; the approved revision before it applies again.
  discard: ['draft', 'returned'],
};

export function canTransition(status: SkpStatus, transition: SkpTransition): boolean {
  return ALLOWED[transition].includes(status);
}

export const STATUS_AFTER: Record<Exclude<SkpTransition, 'edit'>, SkpStatus> = {
  submit: 'submitted',
  approve: 'approved',
  return: 'returned',
  revise: 'draft',
  discard: 'approved',
};

/** The SKP is due by 31 January of its year; an approval on a later day (agency's calendar) is late. */
export function isLateApproval(year: number, approvedOn: string): boolean {
  return approvedOn > `${year}-01-31`;
}

/** Database numerics arrive as "12.00"; show "12", or "12,5" with a comma in Indonesian. */
export function formatTarget(value: string, decimalSeparator = '.'): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  const trimmed = value.includes('.') ? value.replace(/\.?0+$/, '') : value;
  return trimmed.replace('.', decimalSeparator);
}
