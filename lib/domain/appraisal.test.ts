import { describe, expect, it } from 'vitest';
import {
  appraisalDue,
  canObjectOn,
  canStep,
  hasilFromOrgResult,
  lastObjectionDay,
  type MeasuredIndicator,
  type Predikat,
  periodShare,
  predikatFor,
  promotionEligibility,
  suggestHasil,
} from './appraisal';
import type { Rating } from './ratings';

describe('predikat matrix (all nine cells)', () => {
  const cells: [Rating, Rating, Predikat][] = [
    ['di_atas', 'di_atas', 'sangat_baik'],
    ['di_atas', 'sesuai', 'baik'],
    ['di_atas', 'di_bawah', 'kurang'],
    ['sesuai', 'di_atas', 'baik'],
    ['sesuai', 'sesuai', 'baik'],
    ['sesuai', 'di_bawah', 'kurang'],
    ['di_bawah', 'di_atas', 'butuh_perbaikan'],
    ['di_bawah', 'sesuai', 'butuh_perbaikan'],
    ['di_bawah', 'di_bawah', 'sangat_kurang'],
  ];
  it.each(cells)('hasil %s × perilaku %s → %s', (hasil, perilaku, expected) => {
    expect(predikatFor(hasil, perilaku)).toBe(expected);
  });
});

describe('workflow steps', () => {
  it('edits and delivers only a draft; the employee answers only a delivered one; objections get decided', () => {
    expect(canStep('draft', 'deliver')).toBe(true);
    expect(canStep('delivered', 'edit')).toBe(false);
    expect(canStep('delivered', 'object')).toBe(true);
    expect(canStep('accepted', 'object')).toBe(false);
    expect(canStep('objected', 'decide')).toBe(true);
    expect(canStep('final', 'decide')).toBe(false);
    expect(canStep('final', 'edit')).toBe(false);
  });
});

describe('appraisals due (home to-do list)', () => {
  const q4 = { kind: 'quarterly', endsOn: '2026-12-31', open: true } as const;
  const q3 = { kind: 'quarterly', endsOn: '2026-09-30', open: true } as const;
  const year = { kind: 'annual', endsOn: '2026-12-31', open: true } as const;
  it('asks for a quarter from a month before its end to a month after, and for the year after it ends', () => {
    expect(appraisalDue(q4, '2026-11-30')).toBe(false);
    expect(appraisalDue(q4, '2026-12-01')).toBe(true);
    expect(appraisalDue(q4, '2027-01-30')).toBe(true);
    expect(appraisalDue(q4, '2027-01-31')).toBe(false);
    expect(appraisalDue(q3, '2026-12-05')).toBe(false);
    expect(appraisalDue(year, '2026-12-31')).toBe(false);
    expect(appraisalDue(year, '2027-01-01')).toBe(true);
    expect(appraisalDue(year, '2027-02-14')).toBe(true);
    expect(appraisalDue(year, '2027-02-15')).toBe(false);
    expect(appraisalDue({ ...q4, open: false }, '2026-12-05')).toBe(false);
  });
});

describe('objection window', () => {
  it('delivered 2026-01-10: accepted through 2026-01-24, refused on 2026-01-25', () => {
    expect(lastObjectionDay('2026-01-10', 14)).toBe('2026-01-24');
    expect(canObjectOn('2026-01-10', '2026-01-10', 14)).toBe(true);
    expect(canObjectOn('2026-01-10', '2026-01-24', 14)).toBe(true);
    expect(canObjectOn('2026-01-10', '2026-01-25', 14)).toBe(false);
    expect(canObjectOn('2026-01-10', '2026-01-09', 14)).toBe(false);
  });
  it('counts working days when configured so, skipping weekends and holidays', () => {
    // Sat 2026-01-10 → ten working days later, with Fri 2026-01-16 a holiday.
    expect(lastObjectionDay('2026-01-10', 10, 'working', new Set(['2026-01-16']))).toBe('2026-01-26');
  });
});

const ind = (over: Partial<MeasuredIndicator>): MeasuredIndicator => ({
  utama: true,
  aspek: 'kuantitas',
  target: 40,
  realisation: 10,
  overridden: false,
  ...over,
});

describe('suggested Rating Hasil Kerja', () => {
  const quarter = periodShare('2026-07-01', '2026-09-30');
  it('a quarter is a quarter of the year, a month a twelfth, the year all of it; odd spans by days', () => {
    expect(quarter).toBe(0.25);
    expect(periodShare('2026-02-01', '2026-02-28')).toBeCloseTo(1 / 12, 10);
    expect(periodShare('2026-07-01', '2026-07-31')).toBeCloseTo(1 / 12, 10);
    expect(periodShare('2026-03-15', '2026-03-21')).toBeCloseTo(7 / 365, 10);
    expect(periodShare('2026-01-01', '2026-12-31')).toBe(1);
  });
  it('100 % of every Utama target (pro rata for quantities) → Sesuai', () => {
    const s = suggestHasil([ind({ target: 12, realisation: 12 }), ind({ target: 40, realisation: 41 })], 1);
    expect(s).toMatchObject({ rating: 'sesuai', rule: 'all_utama_met', lowestPct: 100 });
  });
  it('one Utama indicator short → Di Bawah, however far the others exceed', () => {
    const s = suggestHasil([ind({ target: 12, realisation: 11 }), ind({ target: 10, realisation: 30 })], 1);
    expect(s?.rating).toBe('di_bawah');
  });
  it('≥ 110 % needs the quality indicators met for Di Atas', () => {
    const quantity = ind({ target: 10, realisation: 11 });
    const quality = ind({ utama: false, aspek: 'kualitas', target: 90, realisation: 80 });
    expect(suggestHasil([quantity, quality], 1)?.rating).toBe('sesuai');
    expect(suggestHasil([quantity, { ...quality, realisation: 95, overridden: true }], 1)?.rating).toBe(
      'di_atas',
    );
  });
  it('Tambahan RHK do not pull the suggestion down; thresholds are configurable', () => {
    const list = [ind({ target: 10, realisation: 10 }), ind({ utama: false, target: 10, realisation: 0 })];
    expect(suggestHasil(list, 1)?.rating).toBe('sesuai');
    expect(suggestHasil(list, 1, { sesuaiPct: 90, diAtasPct: 95 })?.rating).toBe('di_atas');
  });
  it('a quarter is measured against a quarter of the yearly quantity', () => {
    expect(suggestHasil([ind({ target: 40, realisation: 10 })], 0.25)?.rating).toBe('sesuai');
    expect(suggestHasil([ind({ target: 40, realisation: 10 })], 1)?.rating).toBe('di_bawah');
  });
  it('nothing measurable (a narrative SKP) → no suggestion', () => {
    expect(suggestHasil([ind({ aspek: 'kualitas', realisation: 0 })], 1)).toBeNull();
  });
});

describe('unit head follows the organisation', () => {
  it('Istimewa → Di Atas, Baik → Sesuai, anything lower → Di Bawah', () => {
    expect(hasilFromOrgResult('istimewa')).toBe('di_atas');
    expect(hasilFromOrgResult('baik')).toBe('sesuai');
    expect(hasilFromOrgResult('butuh_perbaikan')).toBe('di_bawah');
    expect(hasilFromOrgResult('sangat_kurang')).toBe('di_bawah');
  });
});

describe('regular promotion eligibility (domain.md)', () => {
  const base = {
    kind: 'PNS' as const,
    fungsional: false,
    pangkat: 'III/a',
    pangkatTmt: '2022-04-01',
    on: '2026-11-28',
    history: new Map<number, Predikat>([
      [2025, 'baik'],
      [2024, 'sangat_baik'],
    ]),
  };
  it('≥ 4 years in rank and at least Baik in each of the last two years → eligible', () => {
    expect(promotionEligibility(base)).toMatchObject({ eligible: true, reasons: [], years: [2025, 2024] });
  });
  it('four years are counted to the day', () => {
    expect(promotionEligibility({ ...base, pangkatTmt: '2022-11-28' }).eligible).toBe(true);
    expect(promotionEligibility({ ...base, pangkatTmt: '2022-11-29' }).reasons).toEqual([
      { code: 'years_in_rank', years: 4, from: '2026-11-29' },
    ]);
  });
  it('Butuh Perbaikan in one of the two years → not eligible, naming the year', () => {
    const history = new Map<number, Predikat>([
      [2025, 'sangat_baik'],
      [2024, 'butuh_perbaikan'],
    ]);
    expect(promotionEligibility({ ...base, history })).toMatchObject({
      eligible: false,
      reasons: [{ code: 'predikat_below_baik', year: 2024, predikat: 'butuh_perbaikan' }],
    });
  });
  it('a missing year, a discipline case and PPPK are reasons too; fungsional needs 2 years', () => {
    const history = new Map<number, Predikat>([[2025, 'baik']]);
    expect(promotionEligibility({ ...base, history }).reasons).toEqual([
      { code: 'predikat_missing', year: 2024 },
    ]);
    expect(promotionEligibility({ ...base, pendingDiscipline: true }).reasons).toEqual([
      { code: 'discipline' },
    ]);
    expect(promotionEligibility({ ...base, kind: 'PPPK', pangkat: null }).reasons).toEqual([
      { code: 'pppk' },
    ]);
    const recent = { ...base, pangkatTmt: '2024-10-01' };
    expect(promotionEligibility(recent).eligible).toBe(false);
    expect(promotionEligibility({ ...recent, fungsional: true })).toMatchObject({
      eligible: true,
      needsCreditPoints: true,
    });
  });
});
