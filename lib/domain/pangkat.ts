export const PANGKAT = [
  { code: 'I/a', golongan: 'I', ruang: 'a', name: 'Juru Muda', rank: 1 },
  { code: 'I/b', golongan: 'I', ruang: 'b', name: 'Juru Muda Tingkat I', rank: 2 },
  { code: 'I/c', golongan: 'I', ruang: 'c', name: 'Juru', rank: 3 },
  { code: 'I/d', golongan: 'I', ruang: 'd', name: 'Juru Tingkat I', rank: 4 },
  { code: 'II/a', golongan: 'II', ruang: 'a', name: 'Pengatur Muda', rank: 5 },
  { code: 'II/b', golongan: 'II', ruang: 'b', name: 'Pengatur Muda Tingkat I', rank: 6 },
  { code: 'II/c', golongan: 'II', ruang: 'c', name: 'Pengatur', rank: 7 },
  { code: 'II/d', golongan: 'II', ruang: 'd', name: 'Pengatur Tingkat I', rank: 8 },
  { code: 'III/a', golongan: 'III', ruang: 'a', name: 'Penata Muda', rank: 9 },
  { code: 'III/b', golongan: 'III', ruang: 'b', name: 'Penata Muda Tingkat I', rank: 10 },
  { code: 'III/c', golongan: 'III', ruang: 'c', name: 'Penata', rank: 11 },
  { code: 'III/d', golongan: 'III', ruang: 'd', name: 'Penata Tingkat I', rank: 12 },
  { code: 'IV/a', golongan: 'IV', ruang: 'a', name: 'Pembina', rank: 13 },
  { code: 'IV/b', golongan: 'IV', ruang: 'b', name: 'Pembina Tingkat I', rank: 14 },
  { code: 'IV/c', golongan: 'IV', ruang: 'c', name: 'Pembina Utama Muda', rank: 15 },
  { code: 'IV/d', golongan: 'IV', ruang: 'd', name: 'Pembina Utama Madya', rank: 16 },
  { code: 'IV/e', golongan: 'IV', ruang: 'e', name: 'Pembina Utama', rank: 17 },
] as const;

export type Pangkat = (typeof PANGKAT)[number];
export type PangkatCode = Pangkat['code'];

export const PANGKAT_CODES: readonly PangkatCode[] = PANGKAT.map((p) => p.code);

// Keyed by the literal union so lookups by a known code need no undefined check.
const BY_CODE = Object.fromEntries(PANGKAT.map((p) => [p.code, p])) as Record<PangkatCode, Pangkat>;

// Exact, own-key match only: 'iii/a' is not an official spelling and 'toString' is not a grade.
export function isPangkatCode(x: string): x is PangkatCode {
  return Object.hasOwn(BY_CODE, x);
}

export function pangkatByCode(code: string): Pangkat | undefined {
  return isPangkatCode(code) ? BY_CODE[code] : undefined;
}

export function comparePangkat(a: PangkatCode, b: PangkatCode): number {
  return BY_CODE[a].rank - BY_CODE[b].rank;
}

export function pangkatLabel(code: PangkatCode): string {
  return `${BY_CODE[code].name} (${code})`;
}

/** PPPK hold a golongan of their own, I to XVII (Perpres 11/2024), written in roman numerals. */
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
];

export function pppkGolonganLabel(golongan: number): string | undefined {
  return Number.isInteger(golongan) ? ROMAN[golongan - 1] : undefined;
}

/** How a person's rank is written: a PNS pangkat with its golongan ("Penata (III/c)"), or a PPPK's golongan. */
export function rankText(person: {
  employeeKind: 'PNS' | 'PPPK';
  pangkat: string | null;
  pppkGolongan: number | null;
}): string | undefined {
  if (person.employeeKind === 'PPPK')
    return person.pppkGolongan === null ? undefined : pppkGolonganLabel(person.pppkGolongan);
  if (!person.pangkat) return undefined;
  const pangkat = pangkatByCode(person.pangkat);
  return pangkat ? `${pangkat.name} (${pangkat.code})` : person.pangkat;
}

/** Position kinds per UU 20/2023 tentang ASN. */
export const JABATAN_KINDS = [
  'jpt_utama',
  'jpt_madya',
  'jpt_pratama',
  'administrator',
  'pengawas',
  'fungsional',
  'pelaksana',
] as const;

export type JabatanKind = (typeof JABATAN_KINDS)[number];

const JPT_KINDS: ReadonlySet<JabatanKind> = new Set(['jpt_utama', 'jpt_madya', 'jpt_pratama']);

export function isJpt(kind: JabatanKind): boolean {
  return JPT_KINDS.has(kind);
}

export function isManagerial(kind: JabatanKind): boolean {
  return isJpt(kind) || kind === 'administrator' || kind === 'pengawas';
}
