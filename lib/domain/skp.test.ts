import { describe, expect, it } from 'vitest';
import {
  canTransition,
  DEFAULT_MEASURE,
  formatTarget,
  isLateApproval,
  measureFits,
  SKP_STATUSES,
  type SkpTransition,
} from './skp';

describe('SKP workflow', () => {
  const table: Record<SkpTransition, string[]> = {
    edit: ['draft', 'returned'],
    submit: ['draft', 'returned'],
    approve: ['submitted'],
    return: ['submitted'],
    revise: ['approved'],
    discard: ['draft', 'returned'],
  };
  for (const [transition, allowed] of Object.entries(table) as [SkpTransition, string[]][]) {
    it(`${transition} is allowed only from ${allowed.join('/')}`, () => {
      for (const status of SKP_STATUSES)
        expect(canTransition(status, transition)).toBe(allowed.includes(status));
    });
  }
});

describe('late approval', () => {
  it('is on time through 31 January of the SKP year and late from 1 February', () => {
    expect(isLateApproval(2026, '2025-12-20')).toBe(false);
    expect(isLateApproval(2026, '2026-01-31')).toBe(false);
    expect(isLateApproval(2026, '2026-02-01')).toBe(true);
    expect(isLateApproval(2026, '2026-11-28')).toBe(true);
  });
});

describe('formatTarget', () => {
  it('drops trailing zeros and uses the decimal separator', () => {
    expect(formatTarget('12.00')).toBe('12');
    expect(formatTarget('97.50', ',')).toBe('97,5');
    expect(formatTarget('100')).toBe('100');
    expect(formatTarget('0.25', ',')).toBe('0,25');
    expect(formatTarget('n/a')).toBe('n/a');
  });
});

describe('how an indicator is measured', () => {
  it('defaults per aspek: quantity from daily reports, quality per period, time used, money spent', () => {
    expect(DEFAULT_MEASURE).toEqual({
      kuantitas: 'daily',
      kualitas: 'periodic',
      waktu: 'duration',
      biaya: 'amount',
    });
  });
  it('time used only measures Waktu and money only Biaya; daily output and periodic values fit all', () => {
    expect(measureFits('kuantitas', 'periodic')).toBe(true);
    expect(measureFits('kualitas', 'daily')).toBe(true);
    expect(measureFits('waktu', 'duration')).toBe(true);
    expect(measureFits('kualitas', 'duration')).toBe(false);
    expect(measureFits('biaya', 'amount')).toBe(true);
    expect(measureFits('waktu', 'amount')).toBe(false);
    expect(measureFits('kualitas', 'qualitative')).toBe(true);
    expect(measureFits('kuantitas', 'qualitative')).toBe(true);
  });
});
