import type { OrgPredikat, Predikat } from './appraisal';

/**
 * The distribution pattern of employee predikat expected for a unit's Predikat Kinerja Organisasi
 * (kurva distribusi, SE MenPANRB 3/2023). Guidance for appraisers: a deviation is a warning, never a block.
 */
export type DistributionRule =
  | { kind: 'atMost'; of: Predikat[]; pct: number }
  | { kind: 'atLeast'; of: Predikat[]; pct: number }
  | { kind: 'some'; of: Predikat[] }
  | { kind: 'none'; of: Predikat[] };

export const DISTRIBUTION_PATTERN: Record<OrgPredikat, DistributionRule[]> = {
  istimewa: [{ kind: 'atMost', of: ['sangat_baik'], pct: 70 }],
  baik: [
    { kind: 'atMost', of: ['baik'], pct: 70 },
    { kind: 'some', of: ['butuh_perbaikan', 'kurang'] },
  ],
  butuh_perbaikan: [
    { kind: 'atLeast', of: ['butuh_perbaikan'], pct: 60 },
    { kind: 'atMost', of: ['sangat_baik'], pct: 10 },
  ],
  kurang: [
    { kind: 'atLeast', of: ['kurang'], pct: 60 },
    { kind: 'atLeast', of: ['butuh_perbaikan'], pct: 10 },
    { kind: 'atMost', of: ['sangat_baik'], pct: 10 },
  ],
  sangat_kurang: [
    { kind: 'atLeast', of: ['sangat_kurang'], pct: 60 },
    { kind: 'atLeast', of: ['kurang', 'butuh_perbaikan'], pct: 10 },
    { kind: 'none', of: ['sangat_baik'] },
  ],
};

export type DistributionWarning = DistributionRule & { actualPct: number };

/** The rules of the unit's pattern that its employees' predikat do not follow (none without any predikat). */
export function distributionWarnings(
  org: OrgPredikat,
  counts: Record<Predikat, number>,
): DistributionWarning[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total === 0) return [];
  const share = (of: Predikat[]) => (of.reduce((n, p) => n + counts[p], 0) * 100) / total;
  const out: DistributionWarning[] = [];
  for (const rule of DISTRIBUTION_PATTERN[org]) {
    const actualPct = Math.round(share(rule.of) * 10) / 10;
    const broken =
      (rule.kind === 'atMost' && actualPct > rule.pct) ||
      (rule.kind === 'atLeast' && actualPct < rule.pct) ||
      (rule.kind === 'some' && actualPct === 0) ||
      (rule.kind === 'none' && actualPct > 0);
    if (broken) out.push({ ...rule, actualPct });
  }
  return out;
}
