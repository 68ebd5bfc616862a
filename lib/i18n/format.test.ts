import { describe, expect, it } from 'vitest';
import { formatsFor } from './format';

const id = formatsFor('id');
const en = formatsFor('en');

describe('dates and numbers in the active language', () => {
  it('writes calendar dates in words, never as ISO, and never a day early', () => {
    expect(id.date('2026-12-19')).toBe('19 Desember 2026');
    expect(en.date('2026-12-19')).toBe('December 19, 2026');
    expect(id.date('2026-01-01', 'medium')).toBe('1 Jan 2026');
    expect(id.dayMonth('2026-12-19')).toBe('19 Des');
    expect(formatsFor('id', 'Pacific/Honolulu').date('2026-01-01')).toBe('1 Januari 2026');
  });

  it('names months', () => {
    expect(id.month('2026-12')).toBe('Desember 2026');
    expect(en.month('2026-12-01')).toBe('December 2026');
    expect(id.month('2026-08', 'short')).toBe('Agu');
  });

  it('uses the decimal comma in Indonesian and the point in English', () => {
    expect(id.number(1.75, 2)).toBe('1,75');
    expect(id.number(1234.5)).toBe('1.234,5');
    expect(en.number(1.75, 2)).toBe('1.75');
    expect(id.percent(83.66)).toBe('83,7 %');
    expect(id.mean(2)).toBe('2,00');
    expect(id.difference(0.74)).toBe('+0,74');
    expect(id.difference(-0.05)).toMatch(/^[-−]0,05$/);
    expect(id.difference(0)).toBe('0,00');
  });

  it('shows the moment of an event in the agency time zone', () => {
    expect(id.dateTime(new Date('2026-12-19T17:30:00Z'))).toBe('20 Des 2026, 00.30');
  });

  it('turns stored ISO dates among message parameters into dates and leaves the rest', () => {
    expect(id.params({ round: 'Triwulan IV 2026', deadline: '2026-12-19', count: 3 })).toEqual({
      round: 'Triwulan IV 2026',
      deadline: '19 Desember 2026',
      count: 3,
    });
  });
});
