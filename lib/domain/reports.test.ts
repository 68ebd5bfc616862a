import { describe, expect, it } from 'vitest';
import { evidenceFileName, sniffEvidence } from './evidence';
import {
  durationMinutes,
  isEditableReport,
  nextFreeSlot,
  overlaps,
  realisationPercent,
  reportDateProblem,
  workingDays,
} from './reports';

describe('report dates', () => {
  it('accepts today and up to N days back, never the future', () => {
    expect(reportDateProblem('2026-11-28', '2026-11-28', 3)).toBeNull();
    expect(reportDateProblem('2026-11-25', '2026-11-28', 3)).toBeNull();
    expect(reportDateProblem('2026-11-24', '2026-11-28', 3)).toBe('tooOld');
    expect(reportDateProblem('2026-11-29', '2026-11-28', 3)).toBe('future');
    expect(reportDateProblem('2026-02-27', '2026-03-02', 3)).toBeNull();
  });
});

describe('times', () => {
  it('computes duration and refuses overlaps but not touching slots', () => {
    expect(durationMinutes('07:30', '09:15')).toBe(105);
    expect(overlaps({ start: '08:00', end: '09:00' }, { start: '09:00', end: '10:00' })).toBe(false);
    expect(overlaps({ start: '08:00', end: '09:30' }, { start: '09:00', end: '10:00' })).toBe(true);
    expect(overlaps({ start: '08:00', end: '12:00' }, { start: '09:00', end: '10:00' })).toBe(true);
  });
  it('proposes the next free hour after what is already reported', () => {
    expect(nextFreeSlot([])).toEqual({ start: '07:30', end: '08:30' });
    expect(nextFreeSlot([{ start: '07:30', end: '09:00' }])).toEqual({ start: '09:00', end: '10:00' });
    expect(
      nextFreeSlot([
        { start: '10:00', end: '11:00' },
        { start: '07:30', end: '09:00' },
      ]),
    ).toEqual({ start: '09:00', end: '10:00' });
    expect(
      nextFreeSlot([
        { start: '09:30', end: '11:00' },
        { start: '07:30', end: '09:00' },
      ]),
    ).toEqual({ start: '11:00', end: '12:00' });
  });
});

describe('working days and realisation', () => {
  it('skips weekends and holidays', () => {
    const days = workingDays('2026-08-14', '2026-08-18', new Set(['2026-08-17']));
    expect(days).toEqual(['2026-08-14', '2026-08-18']);
  });
  it('computes realisation against the target', () => {
    expect(realisationPercent(9, 12)).toBe(75);
    expect(realisationPercent(13, 12)).toBe(108.3);
    expect(realisationPercent(5, 0)).toBe(0);
  });
  it('lets the employee change only pending or returned reports', () => {
    expect(isEditableReport('pending')).toBe(true);
    expect(isEditableReport('returned')).toBe(true);
    expect(isEditableReport('approved')).toBe(false);
    expect(isEditableReport('rejected')).toBe(false);
  });
});

describe('evidence', () => {
  const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0, 0, 0, 0, 0, 0]);
  it('recognises PDF, PNG and JPEG by their first bytes', () => {
    expect(sniffEvidence(new TextEncoder().encode('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffEvidence(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffEvidence(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });
  it('refuses an HTML file whatever its name', () => {
    expect(sniffEvidence(new TextEncoder().encode('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffEvidence(new Uint8Array())).toBeNull();
  });
  it('makes a safe file name with the real extension', () => {
    expect(evidenceFileName('../../etc/passwd.html', 'application/pdf')).toBe('passwd.pdf');
    expect(evidenceFileName('Foto kegiatan 1.JPG', 'image/jpeg')).toBe('Foto kegiatan 1.jpg');
    expect(evidenceFileName('', 'image/png')).toBe('bukti.png');
  });
});
