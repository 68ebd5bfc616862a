export type EmployeeKind = 'PNS' | 'PPPK';

/** L = laki-laki (digit 1), P = perempuan (digit 2). */
export type Gender = 'L' | 'P';

export type ParsedNip =
  | {
      kind: 'PNS';
      nip: string;
      birthDate: string; // YYYY-MM-DD
      tmtCpns: string; // YYYY-MM
      gender: Gender;
      sequence: number;
    }
  | {
      kind: 'PPPK';
      nip: string;
      birthDate: string; // YYYY-MM-DD
      appointmentYear: number;
      contractCode: string; // 2 digits
      gender: Gender;
      sequence: number;
    };

export type NipError = 'format' | 'birth_date' | 'tmt' | 'gender' | 'appointment_year' | 'sequence';

export type NipResult = { ok: true; value: ParsedNip } | { ok: false; error: NipError };

const MIN_BIRTH_YEAR = 1940;
const MIN_WORKING_AGE = 15;
// PPPK appointments began with the 2019 recruitment.
const FIRST_PPPK_YEAR = 2019;

const pad2 = (n: number): string => String(n).padStart(2, '0');
const fail = (error: NipError): NipResult => ({ ok: false, error });

// Date.UTC silently rolls over (Feb 30 -> Mar 2), so the parts must round-trip.
function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

function parseBirthDate(digits: string, today: Date): string | null {
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  if (year < MIN_BIRTH_YEAR || !isRealDate(year, month, day)) return null;
  if (Date.UTC(year, month - 1, day) > today.getTime()) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function parseGender(digit: string): Gender | null {
  if (digit === '1') return 'L';
  if (digit === '2') return 'P';
  return null;
}

function parseSequence(digits: string): number | null {
  const n = Number(digits);
  return n > 0 ? n : null;
}

function parsePns(nip: string, today: Date): NipResult {
  const birthDate = parseBirthDate(nip.slice(0, 8), today);
  if (!birthDate) return fail('birth_date');

  const birthYear = Number(nip.slice(0, 4));
  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonth = Number(nip.slice(12, 14));
  const tmtIndex = tmtYear * 12 + tmtMonth;
  const todayIndex = today.getUTCFullYear() * 12 + today.getUTCMonth() + 1;
  if (tmtMonth < 1 || tmtMonth > 12) return fail('tmt');
  if (tmtYear < birthYear + MIN_WORKING_AGE || tmtIndex > todayIndex) {
    return fail('tmt');
  }

  const gender = parseGender(nip.charAt(14));
  if (!gender) return fail('gender');
  const sequence = parseSequence(nip.slice(15, 18));
  if (sequence === null) return fail('sequence');

  const tmtCpns = `${tmtYear}-${pad2(tmtMonth)}`;
  return {
    ok: true,
    value: { kind: 'PNS', nip, birthDate, tmtCpns, gender, sequence },
  };
}

function parsePppk(nip: string, today: Date): NipResult {
  const birthDate = parseBirthDate(nip.slice(0, 8), today);
  if (!birthDate) return fail('birth_date');

  const birthYear = Number(nip.slice(0, 4));
  const appointmentYear = Number(nip.slice(8, 12));
  if (
    appointmentYear < FIRST_PPPK_YEAR ||
    appointmentYear > today.getUTCFullYear() ||
    appointmentYear < birthYear + MIN_WORKING_AGE
  ) {
    return fail('appointment_year');
  }

  const contractCode = nip.slice(12, 14);
  const gender = parseGender(nip.charAt(14));
  if (!gender) return fail('gender');
  const sequence = parseSequence(nip.slice(15, 18));
  if (sequence === null) return fail('sequence');

  return {
    ok: true,
    value: {
      kind: 'PPPK',
      nip,
      birthDate,
      appointmentYear,
      contractCode,
      gender,
      sequence,
    },
  };
}

export function parseNip(input: string, kind: EmployeeKind, today: Date = new Date()): NipResult {
  const nip = input.trim();
  if (!/^\d{18}$/.test(nip)) return fail('format');
  return kind === 'PNS' ? parsePns(nip, today) : parsePppk(nip, today);
}

export function isValidNip(input: string, kind: EmployeeKind, today: Date = new Date()): boolean {
  return parseNip(input, kind, today).ok;
}

export function detectNipKind(input: string, today: Date = new Date()): EmployeeKind | null {
  // A number valid as both is reported as PNS; stored employee data settles the ambiguity.
  if (parseNip(input, 'PNS', today).ok) return 'PNS';
  if (parseNip(input, 'PPPK', today).ok) return 'PPPK';
  return null;
}

/**
 * The customary printed grouping. PNS: birth date, TMT, gender, sequence ("19850315 201001 1 001");
 * PPPK: birth date, appointment year, contract code, gender, sequence ("19910525 2023 21 1 031").
 */
export function formatNip(nip: string, kind: EmployeeKind = 'PNS'): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  const parts = kind === 'PNS' ? [8, 14, 15] : [8, 12, 14, 15];
  const out: string[] = [];
  let from = 0;
  for (const to of [...parts, 18]) {
    out.push(nip.slice(from, to));
    from = to;
  }
  return out.join(' ');
}
