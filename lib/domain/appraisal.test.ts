import { describe, expect, it } from 'vitest';
import {
  ACHIEVEMENT_CAP_PCT,
  achievement,
  appraisalDue,
  canObjectOn,
  canStep,
  combineEntries,
  hasilFromOrgResult,
  JUDGED_PCT,
  lastObjectionDay,
  type MeasuredIndicator,
  type Predikat,
  periodShare,
  periodTarget,
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
  it('Utama indicators are weighed together: one short is offset by another ahead only up to the cap', () => {
    // 91.7 % and 300 % capped at 120 %: mean 105.9 % → Sesuai.
    const s = suggestHasil([ind({ target: 12, realisation: 11 }), ind({ target: 10, realisation: 30 })], 1);
    expect(s).toMatchObject({ rating: 'sesuai', meanPct: 105.9, lowestPct: 91.7 });
    // 50 % and 120 %: mean 85 % → Di Bawah, driven by the one below 100 %.
    const low = suggestHasil(
      [ind({ id: 1, target: 12, realisation: 6 }), ind({ id: 2, target: 10, realisation: 30 })],
      1,
    );
    expect(low).toMatchObject({ rating: 'di_bawah', meanPct: 85, drivers: [{ id: 1, pct: 50 }] });
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
  it('nothing validated anywhere → no suggestion', () => {
    expect(suggestHasil([ind({ aspek: 'kualitas', realisation: null })], 1)).toBeNull();
  });
  it('an Utama indicator with nothing validated is named as missing and does not count as 0 %', () => {
    const s = suggestHasil(
      [
        ind({ id: 1, text: 'Dokumen', target: 12, realisation: 12 }),
        ind({ id: 2, text: 'Persentase', aspek: 'kualitas', target: 100, realisation: null }),
      ],
      1,
    );
    expect(s).toMatchObject({ rating: 'sesuai', missing: [{ id: 2, text: 'Persentase' }] });
    expect(s?.drivers?.map((d) => d.id)).toEqual([1]);
  });
  it('every Utama indicator counts by its own measure, and the suggestion names the ones that drove it', () => {
    const list = [
      ind({ id: 1, text: 'Laporan', target: 12, realisation: 12 }),
      ind({ id: 2, text: 'Persentase', aspek: 'kualitas', target: 100, realisation: 85 }),
      ind({ id: 3, text: 'Waktu', aspek: 'waktu', target: 12, realisation: 11 }),
    ];
    const s = suggestHasil(list, 1);
    expect(s).toMatchObject({
      rating: 'di_bawah',
      rule: 'utama_below',
      lowestPct: 85,
      meanPct: 97.8,
      missing: [],
    });
    expect(s?.drivers).toEqual([{ id: 2, text: 'Persentase', pct: 85 }]);
    const met = suggestHasil(
      [list[0] as MeasuredIndicator, { ...(list[1] as MeasuredIndicator), realisation: 100 }],
      1,
    );
    expect(met).toMatchObject({ rating: 'sesuai', drivers: [{ id: 1 }, { id: 2 }] });
  });
});

describe('achievement per measure and direction', () => {
  const periodic = (over: Partial<MeasuredIndicator>) =>
    ind({ aspek: 'kualitas', measure: 'periodic', target: 90, ...over });
  it('more is better: realisation over target, capped at the stated maximum', () => {
    expect(achievement(periodic({ realisation: 81 }), 1)).toBe(90);
    expect(achievement(periodic({ realisation: 99 }), 1)).toBe(110);
    expect(achievement(periodic({ target: 50, realisation: 100 }), 1)).toBe(ACHIEVEMENT_CAP_PCT);
    expect(ACHIEVEMENT_CAP_PCT).toBe(120);
    expect(achievement(ind({ target: 4, realisation: 40 }), 1)).toBe(120);
  });
  it('a zero target: met when more is better; when less is better, met only if nothing was used', () => {
    expect(achievement(periodic({ target: 0, realisation: 0 }), 1)).toBe(100);
    expect(achievement(periodic({ target: 0, realisation: 5 }), 1)).toBe(100);
    const cost = ind({ aspek: 'biaya', measure: 'amount', target: 0 });
    expect(achievement({ ...cost, realisation: 0 }, 1)).toBe(100);
    expect(achievement({ ...cost, realisation: 1 }, 1)).toBe(0);
  });
  it('time: done early is above 100 %, late below, never under 0', () => {
    const time = ind({ aspek: 'waktu', measure: 'duration', target: 12 });
    expect(achievement({ ...time, realisation: 12 }, 1)).toBe(100);
    expect(achievement({ ...time, realisation: 10 }, 1)).toBe(116.7);
    expect(achievement({ ...time, realisation: 14 }, 1)).toBe(83.3);
    expect(achievement({ ...time, realisation: 30 }, 1)).toBe(0);
    expect(achievement({ ...time, realisation: 0 }, 1)).toBe(120);
    // A duration is not pro rata: a quarter's work still has the whole target time.
    expect(achievement({ ...time, realisation: 12 }, 0.25)).toBe(100);
  });
  it('cost: under budget is above 100 %, over budget below; the yearly budget is pro rata in a quarter', () => {
    const cost = ind({ aspek: 'biaya', measure: 'amount', target: 100_000_000 });
    expect(achievement({ ...cost, realisation: 95_000_000 }, 1)).toBe(105);
    expect(achievement({ ...cost, realisation: 110_000_000 }, 1)).toBe(90);
    expect(achievement({ ...cost, realisation: 25_000_000 }, 0.25)).toBe(100);
    expect(achievement({ ...cost, realisation: 30_000_000 }, 0.25)).toBe(80);
  });
  it('nothing validated → null, not 0 %', () => {
    expect(achievement(periodic({ realisation: null }), 1)).toBeNull();
  });
  it('the aspek gives the default measure: Waktu is less-is-better without being told', () => {
    expect(achievement(ind({ aspek: 'waktu', target: 10, realisation: 8 }), 1)).toBe(120);
    expect(achievement(ind({ aspek: 'kualitas', target: 100, realisation: 80 }), 0.25)).toBe(80);
  });
  it('a narrative counts its judgement: below, meets, exceeds → 70, 100, 120 % whatever the stated target', () => {
    const narrative = ind({ aspek: 'kualitas', measure: 'qualitative', target: 1 });
    expect(JUDGED_PCT).toEqual({ below: 70, meets: 100, exceeds: 120 });
    expect(achievement({ ...narrative, realisation: JUDGED_PCT.below }, 1)).toBe(70);
    expect(achievement({ ...narrative, realisation: JUDGED_PCT.meets }, 0.25)).toBe(100);
    expect(achievement({ ...narrative, realisation: JUDGED_PCT.exceeds }, 1)).toBe(ACHIEVEMENT_CAP_PCT);
    expect(achievement({ ...narrative, realisation: null }, 1)).toBeNull();
    expect(periodTarget(narrative, 0.25)).toBe(100);
    // Judged in two quarters (meets, exceeds): the year is their mean, within the cap.
    expect(achievement({ ...narrative, realisation: combineEntries('qualitative', [100, 120]) }, 1)).toBe(
      110,
    );
  });
  it('a narrative judged below expectations pulls the anchor below Sesuai even beside a figure at the cap', () => {
    const s = suggestHasil(
      [
        ind({ id: 1, text: 'Laporan', target: 4, realisation: 8 }),
        ind({ id: 2, text: 'Kualitas layanan', aspek: 'kualitas', measure: 'qualitative', realisation: 70 }),
      ],
      1,
    );
    expect(s).toMatchObject({ rating: 'di_bawah', meanPct: 95, drivers: [{ id: 2, pct: 70 }] });
  });
  it('periodic entries: money adds up, a percentage or a time is the mean; none is missing', () => {
    expect(combineEntries('amount', [10, 20])).toBe(30);
    expect(combineEntries('periodic', [80, 90, 95])).toBe(88.33);
    expect(combineEntries('duration', [])).toBeNull();
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
