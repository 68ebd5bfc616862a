import { describe, expect, it } from 'vitest';
import { PREDIKAT, predikatFor } from './appraisal';
import { RATINGS } from './ratings';
import { SIASN_COLUMNS, SIASN_KUADRAN, SIASN_RATING, siasnGolongan, siasnRow } from './siasn';

describe('SIASN codes for our ratings', () => {
  it('codes the three ratings 1 Di Atas, 2 Sesuai, 3 Di Bawah and the five predikat 1 to 5, best first', () => {
    expect(RATINGS.map((r) => SIASN_RATING[r].code)).toEqual([3, 2, 1]);
    expect(PREDIKAT.map((p) => SIASN_KUADRAN[p].code)).toEqual([1, 2, 3, 4, 5]);
  });

  it('writes golongan as III/c for PNS and in roman numerals for PPPK', () => {
    expect(siasnGolongan({ kind: 'PNS', pangkat: 'III/c', pppkGolongan: null })).toBe('III/c');
    expect(siasnGolongan({ kind: 'PPPK', pangkat: null, pppkGolongan: 9 })).toBe('IX');
    expect(siasnGolongan({ kind: 'PNS', pangkat: null, pppkGolongan: null })).toBeNull();
  });

  it('fills every column of a row, the quadrant following the official matrix', () => {
    const row = siasnRow({
      nip: '199004172015032002',
      name: 'A',
      year: 2026,
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
      ratingHasil: 'di_bawah',
      ratingPerilaku: 'di_atas',
      predikat: predikatFor('di_bawah', 'di_atas'),
      status: 'final',
      position: 'Analis',
      unit: 'Bidang',
      penilai: {
        nip: '197811052005011003',
        name: 'B',
        kind: 'PNS',
        pangkat: 'IV/a',
        pppkGolongan: null,
        position: 'Kepala Bidang',
        unit: 'Bidang',
      },
    });
    expect(Object.keys(row)).toEqual([...SIASN_COLUMNS]);
    expect(row).toMatchObject({
      periodeMulai: 10,
      periodeSelesai: 12,
      hasilKinerjaNilai: 3,
      perilakuKerjaNilai: 1,
      kuadranKinerjaNilai: 3,
      kuadranKinerja: 'BUTUH PERBAIKAN',
      penilaiGolongan: 'IV/a',
    });
  });
});
