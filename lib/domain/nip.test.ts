import { describe, expect, it } from 'vitest';
import { detectNipKind, formatNip, isValidNip, type NipError, parseNip } from './nip';

// Fixed clock so "future" checks do not drift with the calendar.
const TODAY = new Date('2026-11-28');
const PNS_EXAMPLE = '198609262015051001';
const PPPK_EXAMPLE = '199105252023211031';

const errorOf = (nip: string, kind: 'PNS' | 'PPPK'): NipError | null => {
  const r = parseNip(nip, kind, TODAY);
  return r.ok ? null : r.error;
};

describe('parseNip (PNS)', () => {
  it('parses every field of the example NIP', () => {
    expect(parseNip(PNS_EXAMPLE, 'PNS', TODAY)).toEqual({
      ok: true,
      value: {
        kind: 'PNS',
        nip: PNS_EXAMPLE,
        birthDate: '1986-09-26',
        tmtCpns: '2015-05',
        gender: 'L',
        sequence: 1,
      },
    });
  });

  it('reads digit 2 as female and keeps multi-digit sequences', () => {
    const r = parseNip('199512312019022123', 'PNS', TODAY);
    expect(r.ok && r.value.kind === 'PNS' && r.value.gender).toBe('P');
    expect(r.ok && r.value.sequence).toBe(123);
  });

  it('trims surrounding whitespace and stores the trimmed value', () => {
    const r = parseNip(`  ${PNS_EXAMPLE}\n`, 'PNS', TODAY);
    expect(r.ok && r.value.nip).toBe(PNS_EXAMPLE);
  });

  it.each([
    ['17 digits', '19860926201505100'],
    ['19 digits', '1986092620150510011'],
    ['letters', '19860926201505100A'],
    ['inner space', '19860926 2015051001'],
    ['empty', ''],
    ['dashes', '19860926-201505-1-001'],
  ])('rejects %s as format', (_label, nip) => {
    expect(errorOf(nip, 'PNS')).toBe('format');
  });

  it.each([
    ['Feb 30', '198602302015051001'],
    ['Feb 29 in a non-leap year', '198602292015051001'],
    ['month 13', '198613262015051001'],
    ['month 00', '198600262015051001'],
    ['day 00', '198609002015051001'],
    ['year before 1940', '193912312015051001'],
  ])('rejects birth date: %s', (_label, nip) => {
    expect(errorOf(nip, 'PNS')).toBe('birth_date');
  });

  it('accepts Feb 29 in a leap year', () => {
    expect(errorOf('198802292015051001', 'PNS')).toBeNull();
  });

  it.each([
    ['TMT month 00', '198609262015001001'],
    ['TMT month 13', '198609262015131001'],
    ['TMT before age 15', '198609261999051001'],
    ['TMT in the future', '199001012026121001'],
  ])('rejects %s', (_label, nip) => {
    expect(errorOf(nip, 'PNS')).toBe('tmt');
  });

  it('accepts a TMT in the current month', () => {
    expect(errorOf('199001012026111001', 'PNS')).toBeNull();
  });

  it.each([
    ['3', '198609262015053001'],
    ['0', '198609262015050001'],
  ])('rejects gender digit %s', (_digit, nip) => {
    expect(errorOf(nip, 'PNS')).toBe('gender');
  });

  it('rejects sequence 000', () => {
    expect(errorOf('198609262015051000', 'PNS')).toBe('sequence');
  });

  it('rejects the PPPK example because month 21 is impossible', () => {
    expect(errorOf(PPPK_EXAMPLE, 'PNS')).toBe('tmt');
  });
});

describe('parseNip (PPPK)', () => {
  it('parses every field of the example NI PPPK', () => {
    expect(parseNip(PPPK_EXAMPLE, 'PPPK', TODAY)).toEqual({
      ok: true,
      value: {
        kind: 'PPPK',
        nip: PPPK_EXAMPLE,
        birthDate: '1991-05-25',
        appointmentYear: 2023,
        contractCode: '21',
        gender: 'L',
        sequence: 31,
      },
    });
  });

  it.each([
    ['2015 (before PPPK existed)', '199105252015211031'],
    ['2018', '199105252018211031'],
    ['next year', '199105252027211031'],
    ['before age 15', '200801012019211031'],
  ])('rejects appointment year %s', (_label, nip) => {
    expect(errorOf(nip, 'PPPK')).toBe('appointment_year');
  });

  it('accepts the first PPPK year 2019', () => {
    expect(errorOf('199105252019211031', 'PPPK')).toBeNull();
  });

  it('rejects bad birth date, gender and sequence', () => {
    expect(errorOf('199102302023211031', 'PPPK')).toBe('birth_date');
    expect(errorOf('199105252023213031', 'PPPK')).toBe('gender');
    expect(errorOf('199105252023211000', 'PPPK')).toBe('sequence');
    expect(errorOf('19910525202321103', 'PPPK')).toBe('format');
  });
});

describe('isValidNip', () => {
  it('matches parse success per kind', () => {
    expect(isValidNip(PNS_EXAMPLE, 'PNS', TODAY)).toBe(true);
    expect(isValidNip(PPPK_EXAMPLE, 'PPPK', TODAY)).toBe(true);
    expect(isValidNip(PPPK_EXAMPLE, 'PNS', TODAY)).toBe(false);
    expect(isValidNip('198609262015051000', 'PNS', TODAY)).toBe(false);
  });
});

describe('detectNipKind', () => {
  it('detects the PNS example as PNS', () => {
    expect(detectNipKind(PNS_EXAMPLE, TODAY)).toBe('PNS');
  });

  it('detects the PPPK example as PPPK', () => {
    expect(detectNipKind(PPPK_EXAMPLE, TODAY)).toBe('PPPK');
  });

  it('prefers PNS when both readings are valid', () => {
    const ambiguous = '199001012020051001';
    expect(isValidNip(ambiguous, 'PPPK', TODAY)).toBe(true);
    expect(detectNipKind(ambiguous, TODAY)).toBe('PNS');
  });

  it('returns null when neither reading is valid', () => {
    expect(detectNipKind('abc', TODAY)).toBeNull();
    expect(detectNipKind('198609262015053001', TODAY)).toBeNull();
  });
});

describe('formatNip', () => {
  it('groups a PNS NIP by its parts', () => {
    expect(formatNip('198503152010011001')).toBe('19850315 201001 1 001');
  });
  it('groups an NI PPPK by its own parts, not as a month', () => {
    expect(formatNip('199105252023211031', 'PPPK')).toBe('19910525 2023 21 1 031');
  });
  it('leaves anything else untouched', () => {
    expect(formatNip('12345')).toBe('12345');
  });
});
