import type { HeadKind, TemplateName } from './positions';

export type SubDef = {
  code: string;
  name: string;
  head: string;
  headKind: HeadKind;
  /** Only in the full structure; small demos keep the core units so every unit still has staff. */
  optional?: boolean;
  /** Relative share of the staff; 0 = no generated staff. */
  weight?: number;
  staff?: readonly TemplateName[];
  children?: readonly SubDef[];
  /** The head post exists but nobody holds it (a Plt acts for it). */
  vacant?: boolean;
  minStaff?: number;
};

export type OpdDef = {
  code: string;
  name: string;
  head: string;
  headKind: 'jpt_pratama' | 'administrator';
  /** Titles typical for this OPD's managers, e.g. S.STP. for IPDN graduates in a kecamatan. */
  degrees: readonly string[];
  masters: readonly string[];
  /** Functional posts typical of the OPD, mixed into each bidang's staff. */
  specialists: readonly TemplateName[];
  subs: readonly SubDef[];
  /** Units whose number grows with the agency size (schools, puskesmas). */
  scaled?: (employees: number) => SubDef[];
};

export const ADMIN_STAFF: readonly TemplateName[] = [
  'Pengadministrasi Perkantoran',
  'Pengadministrasi Perkantoran',
  'Operator Layanan Operasional',
  'Pengelola Layanan Operasional',
  'Penata Layanan Operasional',
  'Arsiparis Ahli Pertama',
  'Analis SDM Aparatur Ahli Pertama',
];
export const FINANCE_STAFF: readonly TemplateName[] = [
  'Pengelola Keuangan',
  'Pengelola Keuangan',
  'Perencana Ahli Pertama',
  'Penata Layanan Operasional',
  'Analis Keuangan Pusat dan Daerah Ahli Pertama',
];
export const BIDANG_STAFF: readonly TemplateName[] = [
  'Penata Layanan Operasional',
  'Penata Layanan Operasional',
  'Pengadministrasi Perkantoran',
  'Pengelola Layanan Operasional',
  'Operator Layanan Operasional',
  'Analis Kebijakan Ahli Pertama',
  'Analis Kebijakan Ahli Muda',
];

export const MANAGER_DEGREES = ['S.Sos.', 'S.IP.', 'S.E.', 'S.H.', 'S.AP.'] as const;
export const MANAGER_MASTERS = ['M.Si.', 'M.M.', 'M.AP.'] as const;

type Extra = Partial<Omit<SubDef, 'code' | 'name' | 'head' | 'headKind'>>;

export const subbagian = (code: string, name: string, staff: readonly TemplateName[]): SubDef => ({
  code,
  name: `Subbagian ${name}`,
  head: `Kepala Subbagian ${name}`,
  headKind: 'pengawas',
  optional: true,
  staff,
});

export const sekretariat = (head: string, name = 'Sekretariat', extra: Extra = {}): SubDef => ({
  code: 'sekretariat',
  name,
  head,
  headKind: 'administrator',
  weight: 3,
  staff: [...ADMIN_STAFF, ...FINANCE_STAFF],
  children: [
    subbagian('umpeg', 'Umum dan Kepegawaian', ADMIN_STAFF),
    subbagian('renkeu', 'Perencanaan dan Keuangan', FINANCE_STAFF),
  ],
  ...extra,
});

export const bidang = (code: string, name: string, extra: Extra = {}): SubDef => ({
  code,
  name: `Bidang ${name}`,
  head: `Kepala Bidang ${name}`,
  headKind: 'administrator',
  ...extra,
});

export const bagian = (code: string, name: string, extra: Extra = {}): SubDef => ({
  code,
  name: `Bagian ${name}`,
  head: `Kepala Bagian ${name}`,
  headKind: 'administrator',
  ...extra,
});

export const seksi = (code: string, name: string, extra: Extra = {}): SubDef => ({
  code,
  name: `Seksi ${name}`,
  head: `Kepala Seksi ${name}`,
  headKind: 'pengawas',
  weight: 1.5,
  ...extra,
});

/** A dinas or badan: Sekretariat, the core bidang always, the rest only in the full structure. */
export function dinas(
  code: string,
  name: string,
  specialists: readonly TemplateName[],
  core: readonly (readonly [string, string])[],
  more: readonly (readonly [string, string])[] = [],
  extra: Partial<OpdDef> = {},
): OpdDef {
  return {
    code,
    name,
    head: `Kepala ${name}`,
    headKind: 'jpt_pratama',
    degrees: MANAGER_DEGREES,
    masters: MANAGER_MASTERS,
    specialists,
    subs: [
      sekretariat(name.startsWith('Badan') ? 'Sekretaris Badan' : 'Sekretaris Dinas'),
      ...core.map(([c, n]) => bidang(c, n)),
      ...more.map(([c, n]) => bidang(c, n, { optional: true })),
    ],
    ...extra,
  };
}

export function kecamatan(name: string): OpdDef {
  return {
    code: `kec-${name.toLowerCase().replace(/\s+/g, '-')}`,
    name: `Kecamatan ${name}`,
    head: `Camat ${name}`,
    headKind: 'administrator',
    degrees: ['S.STP.', 'S.Sos.', 'S.IP.'],
    masters: ['M.Si.', 'M.AP.'],
    specialists: ['Penggerak Swadaya Masyarakat Ahli Pertama'],
    subs: [
      sekretariat('Sekretaris Kecamatan', 'Sekretariat Kecamatan', { weight: 2 }),
      seksi('pem', 'Pemerintahan'),
      seksi('pmd', 'Pemberdayaan Masyarakat dan Desa'),
      seksi('trantib', 'Ketenteraman dan Ketertiban Umum', { optional: true }),
    ],
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Pariaman has some 55 SD negeri and 7 SMP negeri; small demos get a few of each. */
export function schools(employees: number): SubDef[] {
  const sd = Math.min(55, Math.max(2, Math.round(employees / 150)));
  const smp = Math.min(7, Math.max(1, Math.round(employees / 1200)));
  const school = (code: string, name: string, weight: number): SubDef => ({
    code,
    name,
    head: `Kepala ${name}`,
    headKind: 'kepsek',
    weight,
    staff: [
      'Guru Ahli Pertama',
      'Guru Ahli Pertama',
      'Guru Ahli Muda',
      'Guru Ahli Muda',
      'Pengadministrasi Perkantoran',
    ],
  });
  return [
    ...Array.from({ length: sd }, (_, i) =>
      school(`sdn${pad2(i + 1)}`, `SD Negeri ${pad2(i + 1)} Pariaman`, 6),
    ),
    ...Array.from({ length: smp }, (_, i) => school(`smpn${i + 1}`, `SMP Negeri ${i + 1} Pariaman`, 10)),
  ];
}

const PUSKESMAS = [
  'Pariaman',
  'Naras',
  'Kurai Taji',
  'Sikapak',
  'Air Santok',
  'Marunggi',
  'Padusunan',
] as const;

export function puskesmas(employees: number): SubDef[] {
  const count = Math.min(PUSKESMAS.length, Math.max(1, Math.round(employees / 400)));
  return PUSKESMAS.slice(0, count).map((place) => ({
    code: `pkm-${place.toLowerCase().replace(/\s+/g, '-')}`,
    name: `Puskesmas ${place}`,
    head: `Kepala Puskesmas ${place}`,
    headKind: 'kapus',
    weight: 10,
    staff: [
      'Perawat Terampil',
      'Perawat Terampil',
      'Perawat Ahli Pertama',
      'Bidan Terampil',
      'Bidan Terampil',
      'Dokter Ahli Pertama',
      'Apoteker Ahli Pertama',
      'Pranata Laboratorium Kesehatan Terampil',
      'Administrator Kesehatan Ahli Pertama',
      'Pengadministrasi Perkantoran',
    ],
  }));
}
