import { describe, expect, it } from 'vitest';
import {
  comparePangkat,
  isJpt,
  isManagerial,
  isPangkatCode,
  JABATAN_KINDS,
  PANGKAT,
  PANGKAT_CODES,
  pangkatByCode,
  pangkatLabel,
  pppkGolonganLabel,
  rankText,
} from './pangkat';

describe('PANGKAT', () => {
  it('lists 17 grades with ranks 1..17 in order', () => {
    expect(PANGKAT).toHaveLength(17);
    expect(PANGKAT.map((p) => p.rank)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(PANGKAT_CODES[0]).toBe('I/a');
    expect(PANGKAT_CODES[16]).toBe('IV/e');
  });

  it('keeps code consistent with golongan and ruang', () => {
    for (const p of PANGKAT) {
      expect(p.code).toBe(`${p.golongan}/${p.ruang}`);
    }
  });

  it('has the official names at key grades', () => {
    expect(pangkatByCode('I/a')?.name).toBe('Juru Muda');
    expect(pangkatByCode('II/d')?.name).toBe('Pengatur Tingkat I');
    expect(pangkatByCode('III/a')?.name).toBe('Penata Muda');
    expect(pangkatByCode('IV/c')?.name).toBe('Pembina Utama Muda');
    expect(pangkatByCode('IV/d')?.name).toBe('Pembina Utama Madya');
    expect(pangkatByCode('IV/e')?.name).toBe('Pembina Utama');
  });
});

describe('comparePangkat', () => {
  it('orders I/a < II/d < III/a < IV/e', () => {
    expect(comparePangkat('I/a', 'II/d')).toBeLessThan(0);
    expect(comparePangkat('II/d', 'III/a')).toBeLessThan(0);
    expect(comparePangkat('III/a', 'IV/e')).toBeLessThan(0);
    expect(comparePangkat('IV/e', 'I/a')).toBeGreaterThan(0);
    expect(comparePangkat('III/c', 'III/c')).toBe(0);
  });

  it('sorts a shuffled list back into official order', () => {
    const shuffled = [...PANGKAT_CODES].reverse();
    expect(shuffled.sort(comparePangkat)).toEqual([...PANGKAT_CODES]);
  });
});

describe('isPangkatCode / pangkatByCode', () => {
  it('accepts every official code', () => {
    expect(PANGKAT_CODES.every(isPangkatCode)).toBe(true);
  });

  it.each(['V/a', 'III/e', 'iii/a', '', 'III/A', ' III/a', 'IIIa', 'toString', '__proto__'])(
    'rejects %j',
    (code) => {
      expect(isPangkatCode(code)).toBe(false);
      expect(pangkatByCode(code)).toBeUndefined();
    },
  );
});

describe('pangkatLabel', () => {
  it('formats name with code in parentheses', () => {
    expect(pangkatLabel('III/a')).toBe('Penata Muda (III/a)');
    expect(pangkatLabel('IV/b')).toBe('Pembina Tingkat I (IV/b)');
  });
});

describe('jabatan kinds', () => {
  it('lists the seven UU 20/2023 kinds', () => {
    expect(JABATAN_KINDS).toHaveLength(7);
  });

  it('classifies managerial and JPT positions', () => {
    const managerial = JABATAN_KINDS.filter(isManagerial);
    expect(managerial).toEqual(['jpt_utama', 'jpt_madya', 'jpt_pratama', 'administrator', 'pengawas']);
    expect(JABATAN_KINDS.filter(isJpt)).toEqual(['jpt_utama', 'jpt_madya', 'jpt_pratama']);
    expect(isManagerial('fungsional')).toBe(false);
    expect(isManagerial('pelaksana')).toBe(false);
  });
});

describe('PPPK golongan', () => {
  it('writes golongan 1..17 as I..XVII and nothing else', () => {
    expect([1, 4, 5, 9, 10, 14, 17].map(pppkGolonganLabel)).toEqual([
      'I',
      'IV',
      'V',
      'IX',
      'X',
      'XIV',
      'XVII',
    ]);
    expect([0, 18, 2.5, -1].map(pppkGolonganLabel)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('rankText', () => {
  it('writes a PNS pangkat with its golongan and a PPPK golongan in roman numerals', () => {
    expect(rankText({ employeeKind: 'PNS', pangkat: 'III/c', pppkGolongan: null })).toBe('Penata (III/c)');
    expect(rankText({ employeeKind: 'PPPK', pangkat: null, pppkGolongan: 9 })).toBe('IX');
    expect(rankText({ employeeKind: 'PPPK', pangkat: null, pppkGolongan: null })).toBeUndefined();
  });
});
