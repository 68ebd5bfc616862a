import type { JabatanKind, PangkatCode } from '../../lib/domain/pangkat';

/** Highest schooling at CPNS entry; it fixes the starting pangkat and the youngest entry age. */
export type Edu = 'SMA' | 'D3' | 'S1' | 'profesi';

export type Template = {
  kind: JabatanKind;
  lo: PangkatCode;
  hi: PangkatCode;
  edu: Edu;
  /** Academic titles; a trailing space marks a title written before the name ('dr. '). */
  degrees: readonly string[];
  female: number;
  /** PPPK golongan when a PPPK holds this post; absent = PNS only. */
  pppk?: number;
  ages?: readonly [number, number];
  /** Chance of a master's degree, and which ones (heads take theirs from the OPD when absent). */
  master?: number;
  masters?: readonly string[];
};

// Entry pangkat by schooling: SMA II/a, D3 II/c, S1 III/a, professional degrees (dokter, apoteker) III/b.
export const ENTRY_RANK: Record<Edu, number> = { SMA: 5, D3: 7, S1: 9, profesi: 10 };
export const ENTRY_AGE: Record<Edu, readonly [number, number]> = {
  SMA: [19, 27],
  D3: [21, 30],
  S1: [23, 33],
  profesi: [25, 34],
};

const ahli = (
  lo: 'III/a' | 'III/c',
  degrees: readonly string[],
  female: number,
): Pick<Template, 'kind' | 'lo' | 'hi' | 'edu' | 'degrees' | 'female' | 'pppk'> => ({
  kind: 'fungsional',
  lo,
  hi: lo === 'III/a' ? 'III/b' : 'III/d',
  edu: 'S1',
  degrees,
  female,
  // PPPK are appointed at the first level of a functional career.
  pppk: lo === 'III/a' ? 9 : undefined,
});

const terampil = (degrees: readonly string[], female: number): Template => ({
  kind: 'fungsional',
  lo: 'II/c',
  hi: 'II/d',
  edu: 'D3',
  degrees,
  female,
  pppk: 7,
});

const SOSIAL = ['S.Sos.', 'S.IP.', 'S.AP.', 'S.E.'] as const;

export const TEMPLATES = {
  'Guru Ahli Pertama': ahli('III/a', ['S.Pd.'], 0.72),
  'Guru Ahli Muda': ahli('III/c', ['S.Pd.'], 0.72),
  'Analis Kebijakan Ahli Pertama': ahli('III/a', SOSIAL, 0.5),
  'Analis Kebijakan Ahli Muda': ahli('III/c', SOSIAL, 0.5),
  'Pranata Komputer Ahli Pertama': ahli('III/a', ['S.Kom.', 'S.T.'], 0.35),
  'Pranata Komputer Ahli Muda': ahli('III/c', ['S.Kom.', 'S.T.'], 0.35),
  'Perencana Ahli Pertama': ahli('III/a', ['S.E.', 'S.T.', 'S.P.', 'S.Si.'], 0.5),
  'Perencana Ahli Muda': ahli('III/c', ['S.E.', 'S.T.', 'S.P.', 'S.Si.'], 0.5),
  'Analis SDM Aparatur Ahli Pertama': ahli('III/a', ['S.Psi.', 'S.Sos.', 'S.H.', 'S.AP.'], 0.55),
  'Analis SDM Aparatur Ahli Muda': ahli('III/c', ['S.Psi.', 'S.Sos.', 'S.H.', 'S.AP.'], 0.55),
  'Auditor Ahli Pertama': ahli('III/a', ['S.E.', 'S.Ak.'], 0.5),
  'Auditor Ahli Muda': ahli('III/c', ['S.E.', 'S.Ak.'], 0.5),
  'Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah Ahli Pertama': ahli('III/a', SOSIAL, 0.45),
  'Arsiparis Ahli Pertama': ahli('III/a', ['S.Hum.', 'S.Sos.', 'S.IIP.'], 0.6),
  'Administrator Kesehatan Ahli Pertama': ahli('III/a', ['S.K.M.'], 0.65),
  'Epidemiolog Kesehatan Ahli Pertama': ahli('III/a', ['S.K.M.'], 0.6),
  'Perawat Ahli Pertama': ahli('III/a', ['S.Kep., Ns.'], 0.75),
  'Penyuluh Pertanian Ahli Pertama': ahli('III/a', ['S.P.', 'S.Pt.'], 0.4),
  'Pamong Budaya Ahli Pertama': ahli('III/a', ['S.S.', 'S.Sn.', 'S.Hum.'], 0.5),
  'Pamong Belajar Ahli Pertama': ahli('III/a', ['S.Pd.'], 0.6),
  'Pengelola Pengadaan Barang/Jasa Ahli Pertama': ahli('III/a', ['S.T.', 'S.E.'], 0.4),
  'Perancang Peraturan Perundang-undangan Ahli Pertama': ahli('III/a', ['S.H.'], 0.5),
  'Analis Keuangan Pusat dan Daerah Ahli Pertama': ahli('III/a', ['S.E.', 'S.Ak.'], 0.55),
  'Pranata Humas Ahli Pertama': ahli('III/a', ['S.I.Kom.', 'S.Sos.'], 0.5),
  'Statistisi Ahli Pertama': ahli('III/a', ['S.Si.', 'S.Stat.'], 0.5),
  'Administrator Database Kependudukan Ahli Pertama': ahli('III/a', ['S.Kom.'], 0.4),
  'Teknik Jalan dan Jembatan Ahli Pertama': ahli('III/a', ['S.T.'], 0.2),
  'Penata Ruang Ahli Pertama': ahli('III/a', ['S.T.', 'S.PWK.'], 0.35),
  'Pengendali Dampak Lingkungan Ahli Pertama': ahli('III/a', ['S.Si.', 'S.T.'], 0.45),
  'Pekerja Sosial Ahli Pertama': ahli('III/a', ['S.Sos.'], 0.6),
  'Analis Pasar Hasil Perikanan Ahli Pertama': ahli('III/a', ['S.Pi.'], 0.45),
  'Penggerak Swadaya Masyarakat Ahli Pertama': ahli('III/a', ['S.Sos.', 'S.IP.'], 0.5),
  'Dokter Ahli Pertama': { ...ahli('III/a', ['dr. '], 0.6), lo: 'III/b', edu: 'profesi', pppk: 10 },
  'Apoteker Ahli Pertama': {
    ...ahli('III/a', ['S.Farm., Apt.'], 0.7),
    lo: 'III/b',
    edu: 'profesi',
    pppk: 10,
  },
  'Perawat Terampil': terampil(['A.Md.Kep.'], 0.75),
  'Bidan Terampil': terampil(['A.Md.Keb.'], 1),
  'Pranata Laboratorium Kesehatan Terampil': terampil(['A.Md.AK.'], 0.7),
  'Penguji Kendaraan Bermotor Terampil': terampil(['A.Md.'], 0.1),
  'Polisi Pamong Praja Terampil': terampil(['A.Md.'], 0.2),
  'Pemadam Kebakaran Terampil': { ...terampil([], 0.05), lo: 'II/b', edu: 'SMA', pppk: 5 },
  'Pengadministrasi Perkantoran': {
    kind: 'pelaksana',
    lo: 'II/b',
    hi: 'II/d',
    edu: 'SMA',
    degrees: [],
    female: 0.55,
    pppk: 5,
  },
  'Operator Layanan Operasional': {
    kind: 'pelaksana',
    lo: 'II/b',
    hi: 'II/d',
    edu: 'SMA',
    degrees: [],
    female: 0.35,
    pppk: 5,
  },
  'Pengelola Layanan Operasional': {
    kind: 'pelaksana',
    lo: 'II/c',
    hi: 'III/a',
    edu: 'D3',
    degrees: ['A.Md.'],
    female: 0.5,
    pppk: 7,
  },
  'Pengelola Keuangan': {
    kind: 'pelaksana',
    lo: 'II/c',
    hi: 'III/b',
    edu: 'D3',
    degrees: ['A.Md.', 'A.Md.Ak.'],
    female: 0.6,
    pppk: 7,
  },
  'Penata Layanan Operasional': {
    kind: 'pelaksana',
    lo: 'III/a',
    hi: 'III/b',
    edu: 'S1',
    degrees: ['S.E.', 'S.Sos.', 'S.AP.', 'S.Kom.', 'S.H.', 'S.Pd.'],
    female: 0.5,
    pppk: 9,
  },
} satisfies Record<string, Template>;

export type TemplateName = keyof typeof TEMPLATES;

/** Unit-head posts; the post's own name comes from the unit ("Kepala Bidang Anggaran"). */
export const HEADS = {
  jpt_pratama: {
    kind: 'jpt_pratama',
    lo: 'IV/c',
    hi: 'IV/d',
    edu: 'S1',
    degrees: [],
    female: 0.25,
    ages: [49, 58],
    master: 0.75,
  },
  administrator: {
    kind: 'administrator',
    lo: 'IV/a',
    hi: 'IV/b',
    edu: 'S1',
    degrees: [],
    female: 0.35,
    ages: [42, 57],
    master: 0.5,
  },
  pengawas: {
    kind: 'pengawas',
    lo: 'III/c',
    hi: 'III/d',
    edu: 'S1',
    degrees: [],
    female: 0.45,
    ages: [34, 56],
    master: 0.2,
  },
  // School and puskesmas heads are functional officers with an extra duty (tugas tambahan), not managers.
  kepsek: {
    kind: 'fungsional',
    lo: 'IV/a',
    hi: 'IV/b',
    edu: 'S1',
    degrees: ['S.Pd.'],
    female: 0.6,
    ages: [44, 58],
    master: 0.3,
    masters: ['M.Pd.'],
  },
  kapus: {
    kind: 'fungsional',
    lo: 'IV/a',
    hi: 'IV/b',
    edu: 'profesi',
    degrees: ['dr. '],
    female: 0.5,
    ages: [41, 56],
    master: 0.4,
    masters: ['M.Kes.', 'M.K.M.'],
  },
} satisfies Record<string, Template>;

export type HeadKind = keyof typeof HEADS;
